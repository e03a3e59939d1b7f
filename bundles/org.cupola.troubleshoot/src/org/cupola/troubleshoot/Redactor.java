package org.cupola.troubleshoot;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scrubs secrets from report text: passwords in URIs ({@code scheme://user:pass@host} becomes
 * {@code scheme://user:***@host}), {@code Authorization:} header values, CUPS' {@code AUTH_*} environment values, and
 * every string registered with {@link #addSecret(String, char[])} (the passwords typed during the run, and their
 * Basic-authentication encodings). Thread-safe.
 */
public final class Redactor {

	/** What replaces a secret. */
	public static final String MASK = "***"; //$NON-NLS-1$

	/** Shorter secrets are not scrubbed from free text (they would mangle it); they are still never reported. */
	private static final int MIN_SECRET_LENGTH = 3;

	private static final Pattern URI_PASSWORD = Pattern
			.compile("([a-zA-Z][a-zA-Z0-9+.-]*://[^\\s/@:\"']*):([^\\s/@\"']*)@"); //$NON-NLS-1$
	private static final Pattern AUTHORIZATION = Pattern
			.compile("(?i)((?:proxy-)?authorization\\s*[:=]\\s*)(?:(basic|bearer|negotiate|digest|local)\\s+)?\\S+"); //$NON-NLS-1$
	private static final Pattern AUTH_ENV = Pattern
			.compile("(AUTH_(?:PASSWORD|USERNAME|DOMAIN|NEGOTIATE|INFO_REQUIRED_VALUE|UID)=)\\S+"); //$NON-NLS-1$

	private final Set<String> secrets = new LinkedHashSet<>();

	/** Creates a redactor with no registered secrets. */
	public Redactor() {
		// nothing
	}

	/**
	 * Registers a password (and the Basic encodings of {@code user:password}) to scrub.
	 *
	 * @param user
	 *            the user name, or null
	 * @param password
	 *            the password; not kept as an array, the caller may zero it
	 */
	public void addSecret(String user, char[] password) {
		if (password == null || password.length == 0) {
			return;
		}
		String pw = new String(password);
		synchronized (secrets) {
			secrets.add(pw);
			if (user != null) {
				secrets.add(Base64.getEncoder().encodeToString((user + ':' + pw).getBytes(StandardCharsets.UTF_8)));
			}
		}
	}

	/**
	 * Registers a secret string.
	 *
	 * @param secret
	 *            the secret
	 */
	public void addSecret(String secret) {
		if (secret != null && !secret.isEmpty()) {
			synchronized (secrets) {
				secrets.add(secret);
			}
		}
	}

	/** {@return how many secrets are registered} */
	public int secretCount() {
		synchronized (secrets) {
			return secrets.size();
		}
	}

	/**
	 * Scrubs a text.
	 *
	 * @param text
	 *            the text, may be null
	 * @return the text without secrets
	 */
	public String scrub(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		String s = URI_PASSWORD.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + ':' + MASK + '@'));
		s = AUTHORIZATION.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)
				+ (m.group(2) != null ? m.group(2) + ' ' : "") + MASK)); //$NON-NLS-1$
		s = AUTH_ENV.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
		List<String> known;
		synchronized (secrets) {
			known = new ArrayList<>(secrets);
		}
		known.sort(Comparator.comparingInt(String::length).reversed()); // longest first: no partial leftovers
		for (String secret : known) {
			if (secret.length() >= MIN_SECRET_LENGTH) {
				s = s.replace(secret, MASK);
			}
		}
		return s;
	}

	/**
	 * Masks the password of a URI's user info only ({@code scheme://user:pass@host} to {@code scheme://user:***@host}).
	 *
	 * @param uri
	 *            the URI text, may be null
	 * @return the masked URI
	 */
	public static String maskUriPassword(String uri) {
		return uri == null ? null
				: URI_PASSWORD.matcher(uri).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + ':' + MASK + '@'));
	}
}
