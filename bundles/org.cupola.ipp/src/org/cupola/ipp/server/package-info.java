/**
 * The server's files and their temporary changes: {@link org.cupola.ipp.server.CupsdConf}, the one model of
 * {@code cupsd.conf} (last occurrence wins, minimal edits), and {@link org.cupola.ipp.server.RestoreJournal}, which
 * remembers the original bytes of a temporary change so that a crash cannot leave it on the server. No UI.
 */
package org.cupola.ipp.server;
