package org.cupola.ipp;

import java.util.List;
import java.util.Objects;

/**
 * What a {@link CredentialsPrompt} is told when asked for credentials.
 *
 * @param server
 *            the server that demands authentication
 * @param operationName
 *            the human name of the operation, e.g. "fetching device list"
 * @param attempt
 *            1 for the first prompt of this operation, 2 after a first wrong password, ...
 * @param reason
 *            why the prompt is shown
 * @param previousUser
 *            the user name tried last (to prefill the dialog), or null
 * @param cancelToken
 *            cancelled when the operation is cancelled: the prompt should then close and return null
 * @param jobAuth
 *            null for the login to the CUPS server; else the credentials a held job needs for its printer's device
 *            (CUPS-Authenticate-Job's {@code auth-info}): ask exactly its fields, and remember them (only when the
 *            user asks) apart from the server login
 */
public record CredentialsRequest(CupsServer server, String operationName, int attempt, Reason reason,
		String previousUser, CancelToken cancelToken, JobAuth jobAuth) {

	/**
	 * A request for the login to the CUPS server.
	 *
	 * @param server
	 *            the server that demands authentication
	 * @param operationName
	 *            the human name of the operation
	 * @param attempt
	 *            1 for the first prompt of this operation, 2 after a first wrong password, ...
	 * @param reason
	 *            why the prompt is shown
	 * @param previousUser
	 *            the user name tried last, or null
	 * @param cancelToken
	 *            cancelled when the operation is cancelled
	 */
	public CredentialsRequest(CupsServer server, String operationName, int attempt, Reason reason,
			String previousUser, CancelToken cancelToken) {
		this(server, operationName, attempt, reason, previousUser, cancelToken, null);
	}

	/** Why credentials are requested. Forbidden (authenticated but not allowed) is never prompted. */
	public enum Reason {
		/** The server requires authentication and no (untried) credentials are known. */
		REQUIRED,
		/** The server rejected the last user name / password. */
		WRONG_PASSWORD
	}

	/** A field of a job's {@code auth-info}, in the words of the queue's {@code auth-info-required}. */
	public enum Field {
		/** {@code domain} */
		DOMAIN,
		/** {@code username} */
		USERNAME,
		/** {@code password} */
		PASSWORD
	}

	/**
	 * The credentials a job held for authentication needs.
	 *
	 * @param jobId
	 *            the job
	 * @param jobName
	 *            its name, or null (other users' jobs)
	 * @param printer
	 *            its queue
	 * @param fields
	 *            what to ask, never empty
	 */
	public record JobAuth(int jobId, String jobName, String printer, List<Field> fields) {
		/** Checks and copies the fields. */
		public JobAuth {
			Objects.requireNonNull(printer, "printer"); //$NON-NLS-1$
			fields = List.copyOf(fields);
			if (fields.isEmpty()) {
				throw new IllegalArgumentException("no fields"); //$NON-NLS-1$
			}
		}

		/** {@return where remembered values are kept: per queue, apart from the server login} */
		public String realm() {
			return "job-auth-info/" + printer; //$NON-NLS-1$
		}
	}
}
