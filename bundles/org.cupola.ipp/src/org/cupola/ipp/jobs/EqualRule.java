package org.cupola.ipp.jobs;

import org.eclipse.core.runtime.jobs.ISchedulingRule;

/**
 * A scheduling rule that contains and conflicts with only the rules equal to it, so jobs with equal rules run one
 * after the other and all others stay concurrent. The rules of this package ({@link QueueRule},
 * {@link ServerFilesRule}) differ only in what makes two of them equal.
 */
interface EqualRule extends ISchedulingRule {

	@Override
	default boolean contains(ISchedulingRule rule) {
		return equals(rule);
	}

	@Override
	default boolean isConflicting(ISchedulingRule rule) {
		return equals(rule);
	}
}
