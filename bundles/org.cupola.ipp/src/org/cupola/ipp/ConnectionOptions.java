package org.cupola.ipp;

import java.time.Duration;
import java.util.Objects;

/**
 * Timeouts and authentication settings of a {@link CupsConnection}.
 *
 * @param connectTimeout
 *            how long to wait for the TCP (and TLS) connection
 * @param readTimeout
 *            how long to wait for the response headers, and for each further piece of the body
 * @param devicesTimeout
 *            extra time allowed to CUPS-Get-Devices on top of the timeout sent to CUPS (backends are slow)
 * @param maxAuthAttempts
 *            how many times the user is prompted for credentials in one operation
 * @param requestingUser
 *            the {@code requesting-user-name} sent while no credentials are known (and the PeerCred user)
 * @param encryption
 *            when to use TLS ({@code ipps://} servers always do)
 * @param clearTextAllowed
 *            whether a password may be sent in clear text to a host that is not loopback when the server offers no
 *            TLS; false by default, an explicit per-server choice of the user
 */
public record ConnectionOptions(Duration connectTimeout, Duration readTimeout, Duration devicesTimeout,
		int maxAuthAttempts, String requestingUser, Encryption encryption, boolean clearTextAllowed) {

	/** Connect 5 s, read 30 s, devices 60 s, 3 prompts, the user running the application, TLS if requested. */
	public static final ConnectionOptions DEFAULTS = new ConnectionOptions(Duration.ofSeconds(5),
			Duration.ofSeconds(30), Duration.ofSeconds(60), 3, System.getProperty("user.name", "anonymous")); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * Options with {@link Encryption#IF_REQUESTED} and no clear-text passwords.
	 *
	 * @param connectTimeout
	 *            how long to wait for the TCP (and TLS) connection
	 * @param readTimeout
	 *            how long to wait for the response headers, and for each further piece of the body
	 * @param devicesTimeout
	 *            extra time allowed to CUPS-Get-Devices
	 * @param maxAuthAttempts
	 *            how many times the user is prompted for credentials in one operation
	 * @param requestingUser
	 *            the {@code requesting-user-name} sent while no credentials are known
	 */
	public ConnectionOptions(Duration connectTimeout, Duration readTimeout, Duration devicesTimeout,
			int maxAuthAttempts, String requestingUser) {
		this(connectTimeout, readTimeout, devicesTimeout, maxAuthAttempts, requestingUser, Encryption.IF_REQUESTED,
				false);
	}

	/**
	 * Validates the values.
	 */
	public ConnectionOptions {
		Objects.requireNonNull(connectTimeout, "connectTimeout"); //$NON-NLS-1$
		Objects.requireNonNull(readTimeout, "readTimeout"); //$NON-NLS-1$
		Objects.requireNonNull(devicesTimeout, "devicesTimeout"); //$NON-NLS-1$
		if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative()
				|| readTimeout.isZero() || devicesTimeout.isNegative()) {
			throw new IllegalArgumentException("timeouts must be positive"); //$NON-NLS-1$
		}
		if (maxAuthAttempts < 0) {
			throw new IllegalArgumentException("maxAuthAttempts < 0"); //$NON-NLS-1$
		}
		if (requestingUser == null || requestingUser.isBlank()) {
			requestingUser = "anonymous"; //$NON-NLS-1$
		}
		Objects.requireNonNull(encryption, "encryption"); //$NON-NLS-1$
	}

	/** {@return a copy with another connect timeout} */
	public ConnectionOptions withConnectTimeout(Duration value) {
		return new ConnectionOptions(value, readTimeout, devicesTimeout, maxAuthAttempts, requestingUser, encryption,
				clearTextAllowed);
	}

	/** {@return a copy with another read timeout} */
	public ConnectionOptions withReadTimeout(Duration value) {
		return new ConnectionOptions(connectTimeout, value, devicesTimeout, maxAuthAttempts, requestingUser, encryption,
				clearTextAllowed);
	}

	/** {@return a copy with another CUPS-Get-Devices allowance} */
	public ConnectionOptions withDevicesTimeout(Duration value) {
		return new ConnectionOptions(connectTimeout, readTimeout, value, maxAuthAttempts, requestingUser, encryption,
				clearTextAllowed);
	}

	/** {@return a copy with another number of prompts per operation} */
	public ConnectionOptions withMaxAuthAttempts(int value) {
		return new ConnectionOptions(connectTimeout, readTimeout, devicesTimeout, value, requestingUser, encryption,
				clearTextAllowed);
	}

	/** {@return a copy with another default requesting-user-name} */
	public ConnectionOptions withRequestingUser(String value) {
		return new ConnectionOptions(connectTimeout, readTimeout, devicesTimeout, maxAuthAttempts, value, encryption,
				clearTextAllowed);
	}

	/** {@return a copy with another encryption setting} */
	public ConnectionOptions withEncryption(Encryption value) {
		return new ConnectionOptions(connectTimeout, readTimeout, devicesTimeout, maxAuthAttempts, requestingUser, value,
				clearTextAllowed);
	}

	/** {@return a copy that allows (or not) passwords in clear text to a non-loopback host without TLS} */
	public ConnectionOptions withClearTextAllowed(boolean value) {
		return new ConnectionOptions(connectTimeout, readTimeout, devicesTimeout, maxAuthAttempts, requestingUser,
				encryption, value);
	}
}
