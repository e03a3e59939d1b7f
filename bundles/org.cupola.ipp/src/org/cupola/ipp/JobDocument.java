package org.cupola.ipp;

/**
 * What CUPS-Get-Document said about a job's document it sent.
 *
 * @param format
 *            {@code document-format}, or null if not sent
 * @param name
 *            {@code document-name}, or null if not sent
 * @param bytes
 *            how many bytes were written
 */
public record JobDocument(String format, String name, long bytes) {
}
