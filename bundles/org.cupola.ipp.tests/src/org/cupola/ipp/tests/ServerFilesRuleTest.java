package org.cupola.ipp.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.jobs.CupsJob;
import org.cupola.ipp.jobs.CupsOperation;
import org.cupola.ipp.jobs.ServerFilesRule;
import org.cupola.testing.CupsSandbox;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link ServerFilesRule} with real Jobs and real cupsd.conf writes (GET + PUT, cupsd restarts): two writes to one
 * server never overlap, writes to two servers run at once.
 */
class ServerFilesRuleTest {

	private static CupsSandbox first;
	private static CupsSandbox second;
	private static CupsConnection one;
	private static CupsConnection two;

	@BeforeAll
	static void start() {
		first = CupsSandbox.start(false);
		second = CupsSandbox.start(false);
		one = new CupsConnection(first.server(), null, null);
		one.setCredentials(first.adminCredentials());
		two = new CupsConnection(second.server(), null, null);
		two.setCredentials(second.adminCredentials());
	}

	@AfterAll
	static void stop() {
		for (AutoCloseable c : new AutoCloseable[] { one, two, first, second }) {
			try {
				if (c != null) {
					c.close();
				}
			} catch (Exception e) {
				// best effort
			}
		}
	}

	@Test
	void ruleConflictsOnlyWithTheSameServer() {
		CupsServer a = new CupsServer(false, "127.0.0.1", 631);
		assertEquals(ServerFilesRule.of(a), ServerFilesRule.of(new CupsServer(false, "127.0.0.1", 631)));
		assertTrue(ServerFilesRule.of(a).isConflicting(ServerFilesRule.of(a)));
		assertFalse(ServerFilesRule.of(a).isConflicting(ServerFilesRule.of(new CupsServer(false, "127.0.0.1", 632))));
		ISchedulingRule other = new ISchedulingRule() {
			@Override
			public boolean contains(ISchedulingRule rule) {
				return rule == this;
			}

			@Override
			public boolean isConflicting(ISchedulingRule rule) {
				return rule == this;
			}
		};
		assertFalse(ServerFilesRule.of(a).isConflicting(other));
		assertFalse(other.isConflicting(ServerFilesRule.of(a)));
	}

	/** A write: GET cupsd.conf, PUT it back (cupsd restarts), counting how many writes are inside at once. */
	private static CupsOperation<Void> write(CupsConnection c, AtomicInteger inside, AtomicInteger max,
			CountDownLatch entered, CountDownLatch mayGoOn) {
		return monitor -> {
			max.accumulateAndGet(inside.incrementAndGet(), Math::max);
			try {
				entered.countDown();
				if (!mayGoOn.await(120, TimeUnit.SECONDS)) {
					throw new IllegalStateException("never released");
				}
				byte[] conf = c.getServerConfig(monitor);
				c.putServerConfig(conf, monitor);
				assertArrayEquals(conf, c.getServerConfig(monitor));
				return null;
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			} finally {
				inside.decrementAndGet();
			}
		};
	}

	private static CupsJob<Void> job(String name, CupsServer server, CupsOperation<Void> op, int priority) {
		CupsJob<Void> job = new CupsJob<>(name, server, op);
		job.setRule(ServerFilesRule.of(server));
		job.setPriority(priority);
		return job;
	}

	@Test
	void twoWritesToOneServerNeverOverlap() throws Exception {
		AtomicInteger inside = new AtomicInteger();
		AtomicInteger max = new AtomicInteger();
		CountDownLatch firstEntered = new CountDownLatch(1);
		CountDownLatch secondEntered = new CountDownLatch(1);
		CountDownLatch releaseFirst = new CountDownLatch(1);
		CupsJob<Void> a = job("write 1", first.server(), write(one, inside, max, firstEntered, releaseFirst), Job.LONG);
		CupsJob<Void> b = job("write 2", first.server(), write(one, inside, max, secondEntered, new CountDownLatch(0)),
				Job.INTERACTIVE);
		a.schedule();
		assertTrue(firstEntered.await(60, TimeUnit.SECONDS), "the first write started");
		b.schedule();
		// the job manager says the running write blocks the second one (same rule)
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (!a.isBlocking() && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertTrue(a.isBlocking(), "the second write waits for the first");
		assertEquals(1, secondEntered.getCount(), "the second write has not started");
		releaseFirst.countDown();
		a.result().get(120, TimeUnit.SECONDS);
		b.result().get(120, TimeUnit.SECONDS);
		assertEquals(0, secondEntered.getCount());
		assertEquals(1, max.get(), "never two writes inside at once");
	}

	@Test
	void writesToTwoServersRunAtOnce() throws Exception {
		AtomicInteger inside = new AtomicInteger();
		AtomicInteger max = new AtomicInteger();
		CountDownLatch bothEntered = new CountDownLatch(2);
		// each write goes on only when both are inside: with one shared rule this could never happen
		CupsJob<Void> a = job("write A", first.server(), write(one, inside, max, bothEntered, bothEntered), Job.LONG);
		CupsJob<Void> b = job("write B", second.server(), write(two, inside, max, bothEntered, bothEntered), Job.LONG);
		assertNotEquals(first.server(), second.server());
		List<CupsJob<Void>> jobs = new ArrayList<>(List.of(a, b));
		jobs.forEach(Job::schedule);
		a.result().get(180, TimeUnit.SECONDS);
		b.result().get(180, TimeUnit.SECONDS);
		assertEquals(2, max.get(), "both writes were inside at once");
	}
}
