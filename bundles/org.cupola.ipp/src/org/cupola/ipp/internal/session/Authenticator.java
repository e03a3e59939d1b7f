package org.cupola.ipp.internal.session;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.Credentials;
import org.cupola.ipp.CredentialsPrompt;
import org.cupola.ipp.CredentialsRequest;
import org.cupola.ipp.IppException;
import org.cupola.ipp.NotAuthorizedException;
import org.cupola.ipp.internal.HttpTransport;
import org.cupola.ipp.internal.Messages;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * The authentication of one connection: its credential cache (this connection only) and the state machine that runs
 * a request until it is authorized (HTTP Basic, as CUPS over TCP requires).
 * <p>
 * On 401 (or IPP client-error-not-authenticated) it first tries the cached credentials, then asks the
 * {@link CredentialsPrompt} (at most {@link ConnectionOptions#maxAuthAttempts()} times per operation). A null answer
 * ends the operation with {@link org.cupola.ipp.LoginDeclinedException}, or with {@link OperationCanceledException}
 * if the operation was cancelled. Credentials that worked are cached and sent preemptively afterwards; wrong ones
 * are forgotten. 403 ends with {@link org.cupola.ipp.ForbiddenException} without prompting; credentials from the
 * prompt that were refused that way are not kept. One prompt at a time per connection. Passwords are zeroed when no
 * longer needed and never appear in messages.
 */
public final class Authenticator {

	private final CupsServer server;
	private final ConnectionOptions options;
	private final ErrorMapper errors;
	private final ReentrantLock promptLock = new ReentrantLock();
	private final Object credentialsLock = new Object();
	/** Guarded by credentialsLock. */
	private Credentials credentials;
	/** Guarded by credentialsLock; changes whenever {@link #credentials} does. */
	private long credentialsGeneration;
	private volatile CredentialsPrompt prompt;
	private final List<Consumer<Credentials>> observers = new CopyOnWriteArrayList<>();

	/**
	 * @param server
	 *            the server (for prompts and messages)
	 * @param options
	 *            the requesting user and the number of prompts allowed
	 * @param errors
	 *            maps transport failures and refusals
	 * @param prompt
	 *            asks the user for credentials, or null
	 */
	public Authenticator(CupsServer server, ConnectionOptions options, ErrorMapper errors, CredentialsPrompt prompt) {
		this.server = server;
		this.options = options;
		this.errors = errors;
		this.prompt = prompt;
	}

	/** Sets the prompt asked for credentials, or null for none. */
	public void setPrompt(CredentialsPrompt prompt) {
		this.prompt = prompt;
	}

	/** Caches credentials (ownership passes to the cache), or forgets and zeroes them (null). */
	public void cache(Credentials value) {
		Credentials shown = null;
		synchronized (credentialsLock) {
			if (credentials != null && credentials != value) {
				credentials.clear();
			}
			credentials = value;
			credentialsGeneration++;
			if (value != null && !observers.isEmpty()) {
				shown = copy(value);
			}
		}
		if (shown != null) {
			for (Consumer<Credentials> observer : observers) {
				notifyObserver(observer, copy(shown));
			}
			shown.clear();
		}
	}

	/**
	 * Shows an observer the credentials held now (at once, on the calling thread), then every credentials cached
	 * later, on the thread that caches them. The observer gets a copy that is zeroed after the call.
	 *
	 * @param observer
	 *            the observer
	 */
	public void addObserver(Consumer<Credentials> observer) {
		observers.add(Objects.requireNonNull(observer));
		InUse now = cached();
		if (now != null) {
			notifyObserver(observer, now.credentials());
		}
	}

	/** Stops showing credentials to an observer. */
	public void removeObserver(Consumer<Credentials> observer) {
		observers.remove(observer);
	}

	private static void notifyObserver(Consumer<Credentials> observer, Credentials copy) {
		try {
			observer.accept(copy);
		} finally {
			copy.clear();
		}
	}

	/** {@return the user of the cached credentials, else the requesting user name of the options} */
	public String currentUser() {
		synchronized (credentialsLock) {
			return credentials != null ? credentials.user() : options.requestingUser();
		}
	}

	/** {@return whether credentials are cached} */
	public boolean hasCredentials() {
		synchronized (credentialsLock) {
			return credentials != null;
		}
	}

	/** What one attempt of a request ended with. */
	record Outcome<T>(T value, int kind) {
		static final int OK = 0;
		static final int UNAUTHORIZED = 1;
		static final int FORBIDDEN = 2;

		static <T> Outcome<T> ok(T value) {
			return new Outcome<>(value, OK);
		}

		static <T> Outcome<T> unauthorized() {
			return new Outcome<>(null, UNAUTHORIZED);
		}

		static <T> Outcome<T> forbidden() {
			return new Outcome<>(null, FORBIDDEN);
		}

		/** {@return the outcome of an HTTP 401 or 403 (its body drained), or null for any other status} */
		static <T> Outcome<T> ofHttpStatus(HttpTransport.Response response) {
			int status = response.status();
			if (status == 401) {
				response.drain(IppExchange.DRAIN_BYTES);
				return unauthorized();
			}
			if (status == 403) {
				response.drain(IppExchange.DRAIN_BYTES);
				return forbidden();
			}
			return null;
		}
	}

	/** One attempt of a request with the given Authorization header value (null for none). */
	@FunctionalInterface
	interface Attempt<T> {
		Outcome<T> run(String authorization) throws IOException, IppException;
	}

	/** Post-processing of a successful outcome. */
	@FunctionalInterface
	interface Finish<T, R> {
		R apply(T value) throws IppException;
	}

	/** Credentials in use by one operation, with the cache generation they came from (-1: from the prompt). */
	private record InUse(Credentials credentials, long generation) {
	}

	/**
	 * Runs attempts until one is authorized: the state machine described in the class comment.
	 */
	<T, R> R run(Op op, Attempt<T> attempt, Finish<T, R> finish) throws IppException {
		InUse current = cached();
		List<Long> triedGenerations = new ArrayList<>();
		if (current != null) {
			triedGenerations.add(Long.valueOf(current.generation()));
		}
		int prompts = 0;
		try {
			while (true) {
				op.waiter().checkCanceled();
				Outcome<T> outcome;
				String header = current == null ? null : basicAuthorization(current.credentials());
				try {
					outcome = attempt.run(header);
				} catch (IOException e) {
					throw errors.map(op, e);
				}
				if (outcome.kind() == Outcome.OK) {
					if (current != null && current.generation() < 0) {
						cache(current.credentials()); // the prompt's credentials worked: keep them
						current = null; // now owned by the cache
					}
					return finish.apply(outcome.value());
				}
				String user = current == null ? options.requestingUser() : current.credentials().user();
				if (outcome.kind() == Outcome.FORBIDDEN) {
					throw errors.forbidden(op, user, current != null);
				}
				// 401: wrong credentials or none
				CredentialsRequest.Reason reason = CredentialsRequest.Reason.REQUIRED;
				String previousUser = null;
				if (current != null) {
					reason = CredentialsRequest.Reason.WRONG_PASSWORD;
					previousUser = current.credentials().user();
					forget(current);
					current = null;
				}
				InUse next = untriedCached(triedGenerations);
				if (next == null) {
					next = promptForCredentials(op, reason, previousUser, prompts, triedGenerations);
					prompts++;
				}
				current = next;
			}
		} finally {
			if (current != null && current.generation() < 0) {
				current.credentials().clear();
			}
			if (promptLock.isHeldByCurrentThread()) {
				promptLock.unlock();
			}
		}
	}

	private InUse promptForCredentials(Op op, CredentialsRequest.Reason reason, String previousUser, int prompts,
			List<Long> triedGenerations) throws NotAuthorizedException {
		CredentialsPrompt p = prompt;
		if (p == null) {
			throw previousUser == null ? errors.notAuthorizedNoPrompt(op)
					: errors.notAuthorized(previousUser, triedGenerations.size());
		}
		if (prompts >= options.maxAuthAttempts()) {
			throw errors.notAuthorized(previousUser, prompts);
		}
		// One prompt at a time per connection, and the lock is kept (by run) until the answer has been tried:
		// a thread that waited then finds the credentials another thread was given and that worked.
		if (!promptLock.isHeldByCurrentThread()) {
			lockPrompt(op);
		}
		InUse fresh = untriedCached(triedGenerations);
		if (fresh != null) {
			return fresh;
		}
		op.monitor().subTask(Messages.Op_waitCredentials);
		Credentials answer = p.getCredentials(
				new CredentialsRequest(server, op.name(), prompts + 1, reason, previousUser, op.waiter().token()));
		op.monitor().subTask(""); //$NON-NLS-1$
		if (op.waiter().isCanceled()) {
			if (answer != null) {
				answer.clear();
			}
			throw new OperationCanceledException();
		}
		if (answer == null) {
			throw errors.loginDeclined(op, previousUser);
		}
		return new InUse(answer, -1);
	}

	private void lockPrompt(Op op) {
		try {
			while (!promptLock.tryLock(100, TimeUnit.MILLISECONDS)) {
				op.waiter().checkCanceled();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException();
		}
	}

	private InUse cached() {
		synchronized (credentialsLock) {
			return credentials == null ? null : new InUse(copy(credentials), credentialsGeneration);
		}
	}

	private InUse untriedCached(List<Long> triedGenerations) {
		synchronized (credentialsLock) {
			if (credentials == null || triedGenerations.contains(Long.valueOf(credentialsGeneration))) {
				return null;
			}
			triedGenerations.add(Long.valueOf(credentialsGeneration));
			return new InUse(copy(credentials), credentialsGeneration);
		}
	}

	/** {@return a copy the operation owns (and zeroes), so the cache may be cleared meanwhile} */
	private static Credentials copy(Credentials credentials) {
		char[] password = credentials.password();
		try {
			return new Credentials(credentials.user(), password);
		} finally {
			Arrays.fill(password, '\0');
		}
	}

	/** Wrong credentials: drop them from the cache if they are still the cached ones, and zero our copy. */
	private void forget(InUse wrong) {
		synchronized (credentialsLock) {
			if (wrong.generation() >= 0 && wrong.generation() == credentialsGeneration && credentials != null) {
				credentials.clear();
				credentials = null;
				credentialsGeneration++;
			}
		}
		wrong.credentials().clear();
	}

	/** The value of an {@code Authorization: Basic} header; the password copies are zeroed. */
	private static String basicAuthorization(Credentials credentials) {
		char[] password = credentials.password();
		char[] joined = new char[credentials.user().length() + 1 + password.length];
		ByteBuffer bytes = null;
		try {
			credentials.user().getChars(0, credentials.user().length(), joined, 0);
			joined[credentials.user().length()] = ':';
			System.arraycopy(password, 0, joined, credentials.user().length() + 1, password.length);
			CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
					.onUnmappableCharacter(CodingErrorAction.REPLACE);
			bytes = encoder.encode(CharBuffer.wrap(joined));
			byte[] raw = new byte[bytes.remaining()];
			bytes.get(raw);
			try {
				return "Basic " + Base64.getEncoder().encodeToString(raw); //$NON-NLS-1$
			} finally {
				Arrays.fill(raw, (byte) 0);
			}
		} catch (CharacterCodingException e) {
			throw new IllegalStateException(e); // cannot happen with REPLACE
		} finally {
			Arrays.fill(password, '\0');
			Arrays.fill(joined, '\0');
			if (bytes != null && bytes.hasArray()) {
				Arrays.fill(bytes.array(), (byte) 0);
			}
		}
	}
}
