/**
 * IPP/2.0 wire codec (RFC 8010 encoding, RFC 8011 semantics, CUPS extensions): value types, attribute groups,
 * messages, a strict encoder and a defensive, streaming decoder. Pure JDK, no OSGi or Eclipse dependencies.
 * <p>
 * The decoder treats its input as hostile: every length is validated before anything is allocated from it,
 * resource use is bounded by {@link org.cupola.ipp.codec.DecoderLimits}, and every form of malformed input is
 * reported as a {@link org.cupola.ipp.codec.MalformedIppException} carrying the byte offset.
 */
package org.cupola.ipp.codec;
