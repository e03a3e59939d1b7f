package org.cupola.ipp.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cupola.ipp.CupsServer;
import org.cupola.ipp.jobs.QueueRule;
import org.cupola.ipp.jobs.ServerFilesRule;
import org.junit.jupiter.api.Test;

/** {@link QueueRule}: jobs on one queue of one server run one after the other, all others stay concurrent. */
class QueueRuleTest {

	private static final CupsServer A = new CupsServer(false, "127.0.0.1", 631); //$NON-NLS-1$
	private static final CupsServer B = new CupsServer(false, "127.0.0.1", 632); //$NON-NLS-1$

	@Test
	void ruleConflictsOnlyWithTheSameQueueOfTheSameServer() {
		QueueRule rule = new QueueRule(A, "q"); //$NON-NLS-1$
		assertTrue(rule.isConflicting(new QueueRule(A, "q"))); //$NON-NLS-1$
		assertTrue(rule.contains(new QueueRule(A, "q"))); //$NON-NLS-1$
		assertFalse(rule.isConflicting(new QueueRule(A, "other"))); //$NON-NLS-1$
		assertFalse(rule.isConflicting(new QueueRule(B, "q"))); //$NON-NLS-1$
		assertFalse(rule.contains(new QueueRule(B, "q"))); //$NON-NLS-1$
		assertFalse(rule.isConflicting(ServerFilesRule.of(A)));
		assertFalse(ServerFilesRule.of(A).isConflicting(rule));
		assertTrue(ServerFilesRule.of(A).contains(ServerFilesRule.of(A)));
	}
}
