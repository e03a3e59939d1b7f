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
 *            the {@code requesting-user-name} sent while no credentials are known
 */
public record ConnectionOptions(Duration connectTimeout, Duration readTimeout, Duration devicesTimeout,
		int maxAuthAttempts, String requestingUser) {

	/** Connect 5 s, read 30 s, devices 60 s, 3 prompts, the user running the application. */
	public static final ConnectionOptions DEFAULTS = new ConnectionOptions(Duration.ofSeconds(5),
			Duration.ofSeconds(30), Duration.ofSeconds(60), 3, System.getProperty("user.name", "anonymous")); //$NON-NLS-1$ //$NON-NLS-2$

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
	}

	/** {@return a copy with another connect timeout} */
	public ConnectionOptions withConnectTimeout(Duration value) {
		return new ConnectionOptions(value, readTimeout, devicesTimeout, maxAuthAttempts, requestingUser);
	}

	/** {@return a copy with another read timeout} */
	public ConnectionOptions withReadTimeout(Duration value) {
		return new ConnectionOptions(connectTimeout, value, devicesTimeout, maxAuthAttempts, requestingUser);
	}

	/** {@return a copy with another CUPS-Get-Devices allowance} */
	public ConnectionOptions withDevicesTimeout(Duration value) {
		return new ConnectionOptions(connectTimeout, readTimeout, value, maxAuthAttempts, requestingUser);
	}

	/** {@return a copy with another number of prompts per operation} */
	public ConnectionOptions withMaxAuthAttempts(int value) {
		return new ConnectionOptions(connectTimeout, readTimeout, devicesTimeout, value, requestingUser);
	}

	/** {@return a copy with another default requesting-user-name} */
	public ConnectionOptions withRequestingUser(String value) {
		return new ConnectionOptions(connectTimeout, readTimeout, devicesTimeout, maxAuthAttempts, value);
	}
}
