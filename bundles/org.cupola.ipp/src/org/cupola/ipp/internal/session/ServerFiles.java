package org.cupola.ipp.internal.session;

import static org.cupola.ipp.internal.session.IppExchange.CONTENT_TYPE;
import static org.cupola.ipp.internal.session.IppExchange.DRAIN_BYTES;
import static org.cupola.ipp.internal.session.IppExchange.MAX_HTTP_BODY;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;

import org.cupola.ipp.CupsServer;
import org.cupola.ipp.IppException;
import org.cupola.ipp.LogChunk;
import org.cupola.ipp.ServerConfigRefusedException;
import org.cupola.ipp.internal.HttpTransport;
import org.cupola.ipp.internal.Messages;
import org.cupola.ipp.internal.session.Authenticator.Outcome;
import org.cupola.ipp.server.LocalCupsd;
import org.cupola.ipp.server.RestoreJournal;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * The server's files over HTTP (administrators only): {@code cupsd.conf} (GET, and PUT with the wait for the restart
 * it causes) and the error log (from an offset, and its size as a checkpoint).
 */
public final class ServerFiles {

	private static final String CONF_PATH = "/admin/conf/cupsd.conf"; //$NON-NLS-1$
	private static final String ERROR_LOG_PATH = "/admin/log/error_log"; //$NON-NLS-1$

	private final IppExchange exchange;

	/**
	 * @param exchange
	 *            the connection's request/response core
	 */
	public ServerFiles(IppExchange exchange) {
		this.exchange = exchange;
	}

	/** {@code GET /admin/conf/cupsd.conf}. */
	public byte[] getServerConfig(IProgressMonitor monitor) throws IppException {
		Op op = Op.begin(Messages.Op_getServerConfig, monitor);
		return exchange.http(op, "GET", CONF_PATH, Map.of(), null, true, MAX_HTTP_BODY, false); //$NON-NLS-1$
	}

	/** {@code PUT /admin/conf/cupsd.conf}, then waits until CUPS answers again after its restart. */
	public void putServerConfig(byte[] conf, IProgressMonitor monitor) throws IppException {
		Op op = Op.begin(Messages.Op_putServerConfig, monitor);
		try (RestartWatch watch = new RestartWatch(exchange)) {
			exchange.http(op, "PUT", CONF_PATH, Map.of(CONTENT_TYPE, "text/plain"), conf, false, DRAIN_BYTES, false); //$NON-NLS-1$ //$NON-NLS-2$
			op.monitor().subTask(Messages.Op_waitRestart);
			watch.await(op);
		}
	}

	/**
	 * Saves an edited {@code cupsd.conf} so that the server survives it. When the server's cupsd runs on this machine
	 * ({@link LocalCupsd}), {@code cupsd -t} tests the new file first and a file cupsd would not start with is
	 * refused with cupsd's message ({@link ServerConfigRefusedException}); nothing is sent. Otherwise the original is
	 * journaled ({@link RestoreJournal}, unless another change of the server is pending there), the file is put and
	 * the restart awaited; when cupsd does not come back within the read timeout, the original bytes are put back as
	 * soon as it answers again (within another read timeout) and the save fails saying so. Only when even that fails
	 * does the journal entry stay, so the next start offers to put the original back.
	 */
	public void saveServerConfig(byte[] original, byte[] edited, IProgressMonitor monitor) throws IppException {
		Op op = Op.begin(Messages.Op_saveServerConfig, monitor);
		op.monitor().setWorkRemaining(3);
		CupsServer server = exchange.server();
		Optional<LocalCupsd> local = LocalCupsd.find(server);
		if (local.isPresent()) {
			op.monitor().subTask(Messages.Op_checkServerConfig);
			String refusal = test(local.get(), edited, op);
			if (refusal != null && test(local.get(), original, op) == null) {
				throw new ServerConfigRefusedException(
						Messages.bind(Messages.Error_configRefused, server.hostAndPort(), refusal), refusal);
			}
			// the current file fails too: this machine cannot judge (cups-files.conf unreadable...), so no refusal
		}
		op.monitor().worked(1);
		RestoreJournal journal = RestoreJournal.standard();
		boolean journaled = journal(journal, original);
		IppException notBack = null;
		try {
			try (RestartWatch watch = new RestartWatch(exchange)) {
				exchange.http(op, "PUT", CONF_PATH, Map.of(CONTENT_TYPE, "text/plain"), edited, false, DRAIN_BYTES, //$NON-NLS-1$ //$NON-NLS-2$
						false);
				op.monitor().worked(1);
				op.monitor().subTask(Messages.Op_waitRestart);
				try {
					watch.await(op);
					return;
				} catch (IppException e) {
					notBack = e;
				}
			}
			String host = server.hostAndPort();
			String seconds = Long.toString(exchange.options().readTimeout().toSeconds());
			String problem = putBack(original, op);
			if (problem != null) {
				journaled = false; // the entry stays: the next start offers to put the original back
				throw new IppException(Messages.bind(Messages.Error_noRollback, new Object[] { host, seconds, problem }),
						notBack);
			}
			throw new IppException(Messages.bind(Messages.Error_rolledBack, host, seconds), notBack);
		} finally {
			if (journaled) {
				forget(journal);
			}
		}
	}

	/** Journals the original unless an entry of the server is pending; {@return whether it did} */
	private boolean journal(RestoreJournal journal, byte[] original) {
		try {
			if (journal.pending(exchange.server()).isPresent()) {
				return false;
			}
			journal.record(exchange.server(), RestoreJournal.CUPSD_CONF, original, Messages.Journal_serverSettings);
			return true;
		} catch (IOException e) {
			return false; // a permanent change: the journal only covers a crash while cupsd restarts
		}
	}

	private void forget(RestoreJournal journal) {
		try {
			journal.delete(exchange.server());
		} catch (IOException e) {
			// a stale entry: the next start finds the server's file already as it is and just deletes it
		}
	}

	private String test(LocalCupsd local, byte[] conf, Op op) throws IppException {
		try {
			return local.test(conf, op.waiter()::isCanceled);
		} catch (InterruptedException e) {
			op.waiter().checkCanceled();
			Thread.currentThread().interrupt();
			throw new OperationCanceledException();
		} catch (IOException e) {
			throw new IppException(Messages.bind(Messages.Error_configCheckFailed, exchange.server().hostAndPort(),
					e.getMessage()), e);
		}
	}

	/** cupsd did not come back: once it answers again, puts the original bytes back; {@return null, or why not} */
	private String putBack(byte[] original, Op op) {
		op.monitor().subTask(Messages.Op_rollback);
		try {
			try (RestartWatch answering = RestartWatch.untilAnswering(exchange)) {
				answering.await(op);
			}
			try (RestartWatch watch = new RestartWatch(exchange)) {
				exchange.http(op, "PUT", CONF_PATH, Map.of(CONTENT_TYPE, "text/plain"), original, false, DRAIN_BYTES, //$NON-NLS-1$ //$NON-NLS-2$
						false);
				watch.await(op);
			}
			op.monitor().worked(1);
			return null;
		} catch (IppException e) {
			return e.getMessage();
		}
	}

	/** The error log from a byte offset on (from 0 if the log is now shorter than the offset). */
	public LogChunk getErrorLog(long fromOffset, IProgressMonitor monitor) throws IppException {
		Op op = Op.begin(Messages.Op_getErrorLog, monitor);
		long from = Math.max(0, fromOffset);
		LogChunk chunk = from > 0 ? readLog(op, from, true) : null;
		if (chunk == null) {
			chunk = readLog(op, from, false);
		}
		return chunk != null ? chunk : readLog(op, 0, false);
	}

	/** One GET of the error log; null if a range request was refused (416) or the log is shorter than from. */
	private LogChunk readLog(Op op, long from, boolean range) throws IppException {
		Map<String, String> headers = range ? Map.of("Range", "bytes=" + from + '-') : Map.of(); //$NON-NLS-1$ //$NON-NLS-2$
		return exchange.auth().run(op, authorization -> {
			try (HttpTransport.Response response = exchange.transport().exchange(
					exchange.httpRequest("GET", ERROR_LOG_PATH, headers, null, authorization, true), op.waiter())) { //$NON-NLS-1$
				Outcome<LogChunk> refused = Outcome.ofHttpStatus(response);
				if (refused != null) {
					return refused;
				}
				int status = response.status();
				if (status == 416) {
					// nothing after the offset, or the log shrank: the caller asks again for the whole log
					response.drain(DRAIN_BYTES);
					return Outcome.ok(null);
				}
				if (status == 206) {
					long start = parseContentRangeStart(response.header("Content-Range").orElse(null), from); //$NON-NLS-1$
					byte[] data = response.readAll(MAX_HTTP_BODY);
					return Outcome.ok(new LogChunk(start, start + data.length, data));
				}
				if (status != 200) {
					throw exchange.httpError(op, response);
				}
				return Outcome.ok(skipTo(response.body(), from));
			}
		}, chunk -> chunk);
	}

	/** Reads a whole log and keeps what follows {@code from}; null if it is shorter (rotated: all of it is new). */
	private static LogChunk skipTo(InputStream body, long from) throws IOException {
		long skipped = 0;
		byte[] buffer = new byte[64 << 10];
		ByteArrayOutputStream rest = new ByteArrayOutputStream();
		int n;
		while ((n = body.read(buffer)) >= 0) {
			int skip = (int) Math.min(n, from - skipped);
			skipped += skip;
			rest.write(buffer, skip, n - skip);
			if (rest.size() > MAX_HTTP_BODY) {
				throw new IOException("error log larger than " + MAX_HTTP_BODY); //$NON-NLS-1$
			}
		}
		if (skipped < from) {
			return null;
		}
		byte[] data = rest.toByteArray();
		return new LogChunk(from, from + data.length, data);
	}

	/** The current size of the error log (a checkpoint for {@link #getErrorLog(long, IProgressMonitor)}). */
	public long getErrorLogSize(IProgressMonitor monitor) throws IppException {
		Op op = Op.begin(Messages.Op_getErrorLog, monitor);
		return exchange.auth().run(op, authorization -> {
			try (HttpTransport.Response response = exchange.transport().exchange(
					exchange.httpRequest("GET", ERROR_LOG_PATH, Map.of(), null, authorization, true), op.waiter())) { //$NON-NLS-1$
				Outcome<Long> refused = Outcome.ofHttpStatus(response);
				if (refused != null) {
					return refused;
				}
				if (response.status() != 200) {
					throw exchange.httpError(op, response);
				}
				long length = response.body().transferTo(OutputStream.nullOutputStream());
				return Outcome.ok(Long.valueOf(length));
			}
		}, Long::longValue);
	}

	private static long parseContentRangeStart(String contentRange, long dflt) {
		// "bytes 100-199/200"
		if (contentRange == null) {
			return dflt;
		}
		try {
			String range = contentRange.trim();
			int space = range.indexOf(' ');
			int dash = range.indexOf('-', space + 1);
			return Long.parseLong(range.substring(space + 1, dash).trim());
		} catch (RuntimeException e) {
			return dflt;
		}
	}
}
