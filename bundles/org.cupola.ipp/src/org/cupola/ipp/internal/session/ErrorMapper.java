package org.cupola.ipp.internal.session;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;

import javax.net.ssl.SSLException;

import org.cupola.ipp.ConnectionOptions;
import org.cupola.ipp.CupsServer;
import org.cupola.ipp.ForbiddenException;
import org.cupola.ipp.IppException;
import org.cupola.ipp.IppStatusException;
import org.cupola.ipp.IppTimeoutException;
import org.cupola.ipp.LoginDeclinedException;
import org.cupola.ipp.MalformedResponseException;
import org.cupola.ipp.NotAuthorizedException;
import org.cupola.ipp.ServerUnreachableException;
import org.cupola.ipp.codec.IppMessage;
import org.cupola.ipp.codec.IppStatus;
import org.cupola.ipp.codec.MalformedIppException;
import org.cupola.ipp.internal.CanceledIOException;
import org.cupola.ipp.internal.HttpTransport;
import org.cupola.ipp.internal.Messages;
import org.cupola.ipp.internal.ReadTimeoutException;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Turns what went wrong (a transport failure, an HTTP status, an IPP status, a refused login) into the
 * {@link IppException} a user understands. Messages name the server and the operation, never a password.
 */
public final class ErrorMapper {

	private final CupsServer server;
	private final ConnectionOptions options;

	/**
	 * @param server
	 *            the server named in the messages
	 * @param options
	 *            the timeouts named in the messages
	 */
	public ErrorMapper(CupsServer server, ConnectionOptions options) {
		this.server = server;
		this.options = options;
	}

	/**
	 * Maps a transport failure.
	 *
	 * @return the exception to throw
	 * @throws OperationCanceledException
	 *             when the failure is the operation's cancel
	 */
	IppException map(Op op, IOException e) {
		String where = server.hostAndPort();
		if (e instanceof CanceledIOException || op.waiter().isCanceled()) {
			throw new OperationCanceledException();
		}
		if (e instanceof org.cupola.ipp.internal.IppFailureException f) {
			return f.failure(); // an untrusted certificate, a refused clear-text password: the message is ready
		}
		if (e instanceof MalformedIppException) {
			return malformed(op, e.getMessage(), e);
		}
		if (HttpTransport.isConnectFailure(e) && causedBy(e, SocketTimeoutException.class)) {
			return new ServerUnreachableException(Messages.bind(Messages.Error_connectTimeout, where,
					Long.toString(options.connectTimeout().toSeconds())), e);
		}
		if (e instanceof ReadTimeoutException) {
			return new IppTimeoutException(Messages.bind(Messages.Error_timeout, where,
					Long.toString(options.readTimeout().toSeconds()), op.name()), e);
		}
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof ConnectException) {
				return new ServerUnreachableException(Messages.bind(Messages.Error_connectRefused, where), e);
			}
			if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
				return new ServerUnreachableException(Messages.bind(Messages.Error_unknownHost, where), e);
			}
			if (t instanceof SSLException) {
				return new IppException(Messages.bind(Messages.Error_tls, where, op.name(), t.getMessage()), e);
			}
		}
		if (HttpTransport.isConnectFailure(e)) {
			return new ServerUnreachableException(Messages.bind(Messages.Error_unreachable, where, e.getMessage()), e);
		}
		String detail = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
				: e.getMessage();
		return new IppException(Messages.bind(Messages.Error_connectionLost, where, op.name(), detail), e);
	}

	private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * {@return the response if its IPP status is a success}
	 *
	 * @throws IppStatusException
	 *             otherwise
	 */
	IppMessage check(Op op, IppMessage response) throws IppStatusException {
		int status = response.status();
		if (IppStatus.isSuccess(status)) {
			return response;
		}
		String statusName = IppStatus.name(status);
		String statusMessage = response.statusMessage();
		String message = statusMessage == null || statusMessage.isBlank()
				? Messages.bind(Messages.Error_ippStatusNoMessage, server.hostAndPort(), op.name(), statusName)
				: Messages.bind(Messages.Error_ippStatus, server.hostAndPort(), op.name(), statusMessage, statusName);
		throw new IppStatusException(message, status, statusName, statusMessage);
	}

	/** {@return the error for an HTTP status the operation does not expect} */
	IppException httpStatus(Op op, int status) {
		return new IppException(Messages.bind(Messages.Error_http, server.hostAndPort(), Integer.toString(status),
				op.name()));
	}

	/** {@return the error for an answer that is not what the operation expects} */
	MalformedResponseException malformed(Op op, String detail, Throwable cause) {
		return new MalformedResponseException(Messages.bind(Messages.Error_malformed, server.hostAndPort(), op.name(),
				detail), cause);
	}

	/** {@return the refusal (HTTP 403) of a user, with or without credentials} */
	ForbiddenException forbidden(Op op, String user, boolean authenticated) {
		return authenticated ? new ForbiddenException(Messages.bind(Messages.Error_forbidden, user, server), user)
				: new ForbiddenException(
						Messages.bind(Messages.Error_forbiddenAnonymous, server.hostAndPort(), op.name(), user), user);
	}

	/** {@return the failure of an operation that needs credentials when there is no prompt to ask} */
	NotAuthorizedException notAuthorizedNoPrompt(Op op) {
		return new NotAuthorizedException(
				Messages.bind(Messages.Error_notAuthorizedNoPrompt, server.hostAndPort(), op.name()), null);
	}

	/** {@return the failure of authentication after {@code attempts} tries, the last one of {@code user} (or null)} */
	NotAuthorizedException notAuthorized(String user, int attempts) {
		return new NotAuthorizedException(Messages.bind(Messages.Error_notAuthorized,
				user == null ? options.requestingUser() : user, server, Integer.toString(attempts)), user);
	}

	/** {@return the error for a prompt the user declined} */
	LoginDeclinedException loginDeclined(Op op, String previousUser) {
		return new LoginDeclinedException(
				Messages.bind(Messages.Error_loginDeclined, server.hostAndPort(), op.name()), previousUser);
	}
}
