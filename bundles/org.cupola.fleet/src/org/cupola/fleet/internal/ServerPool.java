package org.cupola.fleet.internal;

import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one task per server on a bounded pool and hands each result over as soon as it is ready (in the order they
 * finish), so a slow or dead server delays only itself. The consumer runs on the calling thread, one result at a
 * time.
 */
public final class ServerPool {

	private ServerPool() {
	}

	/**
	 * @param <T>
	 *            the result type
	 * @param servers
	 *            the servers as given
	 * @param parallel
	 *            the most servers handled at once (at least 1)
	 * @param task
	 *            the work for one server; must not throw (turn failures into results)
	 * @param onResult
	 *            told of each result as it finishes
	 * @throws InterruptedException
	 *             when the calling thread is interrupted (the tasks are then interrupted too)
	 */
	public static <T> void run(List<String> servers, int parallel, Function<String, T> task, Consumer<T> onResult)
			throws InterruptedException {
		AtomicInteger n = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(parallel, servers.size())), r -> {
			Thread t = new Thread(r, "cupola-fleet-" + n.incrementAndGet()); //$NON-NLS-1$
			t.setDaemon(true);
			return t;
		});
		try {
			CompletionService<T> done = new ExecutorCompletionService<>(pool);
			for (String s : servers) {
				done.submit(() -> task.apply(s));
			}
			for (int i = 0; i < servers.size(); i++) {
				Future<T> f = done.take();
				try {
					onResult.accept(f.get());
				} catch (ExecutionException e) {
					throw new IllegalStateException(e.getCause());
				}
			}
		} finally {
			pool.shutdownNow();
		}
	}
}
