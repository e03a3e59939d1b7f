/**
 * Reading the CUPS error log like an expert: {@link org.cupola.ipp.log.LogLine} parses one line,
 * {@link org.cupola.ipp.log.ErrorLogParser} turns the lines of one job into {@link org.cupola.ipp.log.Cause}s (which
 * backend or filter, what it said, how often, when), and {@link org.cupola.ipp.log.LogExcerpt} keeps the lines that
 * matter for a report. The patterns are the messages CUPS 2.4's own scheduler, backends (socket, ipp/ipps, lpd, usb)
 * and filters write; no UI, no I/O.
 */
package org.cupola.ipp.log;
