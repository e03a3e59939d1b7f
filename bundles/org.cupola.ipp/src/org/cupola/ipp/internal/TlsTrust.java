package org.cupola.ipp.internal;

import org.eclipse.osgi.util.NLS;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import org.cupola.ipp.CertificateInfo;
import org.cupola.ipp.CertificateNotTrustedException;
import org.cupola.ipp.CertificatePins;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.TrustPrompt;
import org.cupola.ipp.TrustRequest;
import org.cupola.ipp.TrustRequest.Problem;

/**
 * TLS to one CUPS server and the decision whether to trust its certificate. The handshake itself accepts any
 * certificate; before a single byte of a request is sent, {@link #handshake} decides:
 * <ol>
 * <li>a chain the JDK's default trust store validates, valid now, issued for the host name: accepted silently;</li>
 * <li>else the certificate pinned for {@code host:port} in {@link CertificatePins#user()}, or trusted for this
 * session: accepted;</li>
 * <li>else the {@link TrustPrompt} is asked (one question per server at a time; a thread that waited re-checks the
 * pins first): trust permanently (pinned), for this session, or cancel (the connection is closed, the operation
 * ends cancelled). A changed certificate of a pinned server is asked about with {@link Problem#CHANGED}; without a
 * prompt it fails with {@link CertificateNotTrustedException}.</li>
 * </ol>
 */
public final class TlsTrust {

	private static final Map<String, ReentrantLock> LOCKS = new ConcurrentHashMap<>();
	private static volatile X509TrustManager systemTrust;

	private final CupsServer server;
	private volatile SSLContext context;
	volatile TrustPrompt prompt;

	TlsTrust(CupsServer server) {
		this.server = server;
	}

	/** The outcome of a handshake: the socket, the server's certificate and whether the user was asked. */
	record Secured(SSLSocket socket, CertificateInfo certificate, boolean asked) {
	}

	/**
	 * Runs the TLS handshake on a connected socket and decides on the certificate.
	 *
	 * @throws CanceledIOException
	 *             when the user cancelled in the prompt or the operation was cancelled
	 * @throws IppFailureException
	 *             with a {@link CertificateNotTrustedException} when the certificate is not trusted and there is no prompt
	 */
	Secured handshake(Socket raw, int timeoutMillis, Waiter waiter) throws IOException {
		SSLSocket ssl = (SSLSocket) context().getSocketFactory().createSocket(raw, server.host(), server.port(), true);
		ssl.setSoTimeout(timeoutMillis);
		ssl.startHandshake();
		X509Certificate[] chain = (X509Certificate[]) ssl.getSession().getPeerCertificates();
		CertificateInfo info = CertificateInfo.of(chain[0]);
		Set<Problem> problems = problems(chain, server.host());
		if (problems.isEmpty() || isTrusted(info)) {
			return new Secured(ssl, info, false);
		}
		ReentrantLock lock = LOCKS.computeIfAbsent(server.hostAndPort(), k -> new ReentrantLock());
		try {
			while (!lock.tryLock(100, TimeUnit.MILLISECONDS)) {
				if (waiter.isCanceled()) {
					throw new CanceledIOException();
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CanceledIOException();
		}
		try {
			if (isTrusted(info)) {
				return new Secured(ssl, info, true); // another thread's question was answered meanwhile
			}
			CertificatePins pins = CertificatePins.user();
			String pinned = pins.pinned(server.hostAndPort()).orElse(null);
			if (pinned != null) {
				problems.add(Problem.CHANGED);
			}
			TrustRequest request = new TrustRequest(server, info, problems, pinned, null, waiter.token());
			TrustPrompt p = prompt;
			if (p == null) {
				throw new IppFailureException(new CertificateNotTrustedException(message(request), request));
			}
			TrustPrompt.Decision decision = p.decide(request);
			if (waiter.isCanceled() || decision == null || decision == TrustPrompt.Decision.CANCEL) {
				throw new CanceledIOException();
			}
			if (decision == TrustPrompt.Decision.TRUST_PERMANENTLY) {
				pins.pin(server.hostAndPort(), info.sha256());
			} else {
				CertificatePins.trustForSession(server.hostAndPort(), info.sha256());
			}
			return new Secured(ssl, info, true);
		} finally {
			lock.unlock();
		}
	}

	/**
	 * Connects, runs a TLS handshake and describes the server's certificate without deciding anything (for
	 * {@code cupola certificates trust}).
	 *
	 * @return the request a prompt would get; its problems are empty when the system trusts the certificate
	 */
	public static TrustRequest fetch(CupsServer server, int timeoutMillis) throws IOException {
		TlsTrust trust = new TlsTrust(server);
		try (Socket raw = new Socket()) {
			raw.connect(new java.net.InetSocketAddress(server.host(), server.port()), timeoutMillis);
			try (SSLSocket ssl = (SSLSocket) trust.context().getSocketFactory().createSocket(raw, server.host(),
					server.port(), true)) {
				ssl.setSoTimeout(timeoutMillis);
				ssl.startHandshake();
				X509Certificate[] chain = (X509Certificate[]) ssl.getSession().getPeerCertificates();
				Set<Problem> problems = problems(chain, server.host());
				String pinned = CertificatePins.user().pinned(server.hostAndPort()).orElse(null);
				CertificateInfo info = CertificateInfo.of(chain[0]);
				if (pinned != null && !pinned.equals(info.sha256()) && !problems.isEmpty()) {
					problems.add(Problem.CHANGED);
				}
				return new TrustRequest(server, info, problems, problems.contains(Problem.CHANGED) ? pinned : null,
						null, null);
			}
		}
	}

	/** {@return the message of a certificate that is not trusted: fingerprint and the command that trusts it} */
	public static String message(TrustRequest request) {
		String where = request.server().hostAndPort();
		if (request.pinnedSha256() != null) {
			return NLS.bind(TlsMessages.Error_changed, where, request.pinnedSha256(),
					request.certificate().sha256());
		}
		String why = request.problems().stream().sorted().map(TlsMessages::problem)
				.collect(Collectors.joining(", ")); //$NON-NLS-1$
		return NLS.bind(TlsMessages.Error_untrusted, where, why, request.certificate().sha256());
	}

	private boolean isTrusted(CertificateInfo info) {
		String hostPort = server.hostAndPort();
		return CertificatePins.isTrustedForSession(hostPort, info.sha256())
				|| info.sha256().equals(CertificatePins.user().pinned(hostPort).orElse(null));
	}

	/** {@return why the system would not trust the chain for {@code host}; empty if it would} */
	static Set<Problem> problems(X509Certificate[] chain, String host) {
		Set<Problem> problems = EnumSet.noneOf(Problem.class);
		X509Certificate leaf = chain[0];
		try {
			leaf.checkValidity();
		} catch (CertificateExpiredException e) {
			problems.add(Problem.EXPIRED);
		} catch (CertificateNotYetValidException e) {
			problems.add(Problem.NOT_YET_VALID);
		}
		boolean selfSigned = leaf.getSubjectX500Principal().equals(leaf.getIssuerX500Principal());
		if (selfSigned) {
			try {
				leaf.verify(leaf.getPublicKey());
			} catch (GeneralSecurityException e) {
				selfSigned = false;
			}
		}
		try {
			systemTrust().checkServerTrusted(chain, "UNKNOWN"); //$NON-NLS-1$
		} catch (CertificateException e) {
			problems.add(selfSigned ? Problem.SELF_SIGNED : Problem.UNKNOWN_ISSUER);
		}
		if (!problems.contains(Problem.UNKNOWN_ISSUER) && selfSigned) {
			problems.add(Problem.SELF_SIGNED);
		}
		if (!matchesHost(CertificateInfo.of(leaf), leaf, host)) {
			problems.add(Problem.NAME_MISMATCH);
		}
		return problems;
	}

	/** RFC 6125 in short: IP addresses against IP (or, as cupsd writes them, DNS) names; one leftmost wildcard. */
	private static boolean matchesHost(CertificateInfo info, X509Certificate leaf, String host) {
		String h = host.toLowerCase(Locale.ROOT);
		if (h.endsWith(".")) { //$NON-NLS-1$
			h = h.substring(0, h.length() - 1);
		}
		boolean literal = h.indexOf(':') >= 0 || h.matches("[0-9.]+"); //$NON-NLS-1$
		for (String name : info.names()) {
			String n = name.toLowerCase(Locale.ROOT);
			if (literal) {
				if (sameAddress(n, h)) {
					return true;
				}
			} else if (n.equals(h) || n.startsWith("*.") && h.indexOf('.') > 0 //$NON-NLS-1$
					&& h.substring(h.indexOf('.')).equals(n.substring(1))) {
				return true;
			}
		}
		if (info.names().isEmpty()) {
			String subject = leaf.getSubjectX500Principal().getName();
			for (String rdn : subject.split(",")) { //$NON-NLS-1$
				if (rdn.strip().toLowerCase(Locale.ROOT).equals("cn=" + h)) { //$NON-NLS-1$
					return true;
				}
			}
		}
		return false;
	}

	private static boolean sameAddress(String a, String b) {
		if (a.equals(b)) {
			return true;
		}
		try {
			return (a.indexOf(':') >= 0 || a.matches("[0-9.]+")) //$NON-NLS-1$
					&& InetAddress.getByName(a).equals(InetAddress.getByName(b));
		} catch (IOException e) {
			return false;
		}
	}

	private SSLContext context() throws SSLException {
		SSLContext c = context;
		if (c == null) {
			try {
				c = SSLContext.getInstance("TLS"); //$NON-NLS-1$
				c.init(null, new TrustManager[] { new DecideAfterHandshake() }, null);
			} catch (GeneralSecurityException e) {
				throw new SSLException(e.getMessage(), e);
			}
			context = c;
		}
		return c;
	}

	private static X509TrustManager systemTrust() throws CertificateException {
		X509TrustManager tm = systemTrust;
		if (tm == null) {
			try {
				TrustManagerFactory factory = TrustManagerFactory
						.getInstance(TrustManagerFactory.getDefaultAlgorithm());
				factory.init((KeyStore) null);
				for (TrustManager m : factory.getTrustManagers()) {
					if (m instanceof X509TrustManager x) {
						tm = x;
					}
				}
			} catch (GeneralSecurityException e) {
				throw new CertificateException(e);
			}
			if (tm == null) {
				throw new CertificateException("no X509 trust manager"); //$NON-NLS-1$
			}
			systemTrust = tm;
		}
		return tm;
	}

	/** Lets every handshake finish: {@link TlsTrust#handshake} decides before anything is sent. */
	private static final class DecideAfterHandshake implements X509TrustManager {
		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
			throw new CertificateException("not a server"); //$NON-NLS-1$
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType) {
			// decided after the handshake
		}

		@Override
		public X509Certificate[] getAcceptedIssuers() {
			return new X509Certificate[0];
		}
	}
}
