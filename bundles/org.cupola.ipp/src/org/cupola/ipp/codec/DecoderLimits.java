package org.cupola.ipp.codec;

/**
 * Resource limits enforced by {@link IppDecoder}; exceeding one is reported as a {@link MalformedIppException}.
 *
 * @param maxGroups maximum number of attribute groups
 * @param maxAttributes maximum number of attributes, collection members included
 * @param maxValuesPerAttribute maximum number of values of one attribute or member
 * @param maxCollectionDepth maximum collection nesting depth, 1-{@value #MAX_COLLECTION_DEPTH}
 * @param maxMessageBytes maximum number of bytes read (header and attributes; document data excluded)
 */
public record DecoderLimits(int maxGroups, int maxAttributes, int maxValuesPerAttribute, int maxCollectionDepth,
		long maxMessageBytes) {

	/** Hard upper bound for {@link #maxCollectionDepth()}: the decoder recurses once per level. */
	public static final int MAX_COLLECTION_DEPTH = 256;

	/** Defaults: 100,000 groups, 1,000,000 attributes, 10,000 values, depth 16, 64 MiB. */
	public static final DecoderLimits DEFAULTS = new DecoderLimits(100_000, 1_000_000, 10_000, 16, 64L << 20);

	/**
	 * Validates the limits.
	 */
	public DecoderLimits {
		if (maxGroups < 1 || maxAttributes < 1 || maxValuesPerAttribute < 1 || maxMessageBytes < 9) {
			throw new IllegalArgumentException("decoder limits must be positive");
		}
		if (maxCollectionDepth < 0 || maxCollectionDepth > MAX_COLLECTION_DEPTH) {
			throw new IllegalArgumentException(
					"maxCollectionDepth must be 0-" + MAX_COLLECTION_DEPTH + ": " + maxCollectionDepth);
		}
	}
}
