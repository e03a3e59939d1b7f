package org.cupola.ipp.internal.session;

import static org.cupola.ipp.internal.session.IppExchange.CONTENT_TYPE;
import static org.cupola.ipp.internal.session.IppExchange.JOBS_PATH;
import static org.cupola.ipp.internal.session.IppExchange.JOB_URI;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cupola.ipp.IppException;
import org.cupola.ipp.IppStatusException;
import org.cupola.ipp.JobDocument;
import org.cupola.ipp.codec.DecoderLimits;
import org.cupola.ipp.codec.IppAttributeGroup;
import org.cupola.ipp.codec.IppDecoder;
import org.cupola.ipp.codec.IppEncoder;
import org.cupola.ipp.codec.IppMessage;
import org.cupola.ipp.codec.IppOperation;
import org.cupola.ipp.codec.IppStatus;
import org.cupola.ipp.codec.IppTag;
import org.cupola.ipp.internal.HttpTransport;
import org.cupola.ipp.internal.Messages;
import org.cupola.ipp.internal.session.Authenticator.Outcome;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * CUPS-Get-Document: the IPP answer is followed by the document's bytes, which are copied to the caller's stream as
 * they arrive (cancellable between blocks), never buffered whole. CUPS has the document of a finished job only when
 * it keeps job files ({@code PreserveJobFiles}); otherwise the answer is a clear error saying so.
 */
public final class DocumentOperations {

	private static final int BLOCK = 64 << 10;

	private final IppExchange exchange;

	/**
	 * @param exchange
	 *            the connection's request/response core
	 */
	public DocumentOperations(IppExchange exchange) {
		this.exchange = exchange;
	}

	/** CUPS-Get-Document of one document of a job, written to {@code out} (not closed). */
	public JobDocument getDocument(int jobId, int documentNumber, OutputStream out, IProgressMonitor monitor)
			throws IppException {
		Op op = Op.begin(Messages.bind(Messages.Op_getDocument, Integer.toString(jobId)), monitor);
		IppMessage request = exchange.request(IppOperation.CUPS_GET_DOCUMENT, JOB_URI, exchange.jobUri(jobId))
				.operation("document-number", IppTag.INTEGER, Integer.valueOf(documentNumber)).build(); //$NON-NLS-1$
		byte[] encoded = IppEncoder.encode(request);
		op.monitor().setWorkRemaining(100).split(10);
		JobDocument document = exchange.auth().run(op, authorization -> {
			Map<String, String> headers = new LinkedHashMap<>();
			headers.put(CONTENT_TYPE, "application/ipp"); //$NON-NLS-1$
			if (authorization != null) {
				headers.put("Authorization", authorization); //$NON-NLS-1$
			}
			HttpTransport.Request http = new HttpTransport.Request("POST", JOBS_PATH, headers, List.of(encoded), //$NON-NLS-1$
					exchange.options().readTimeout(), exchange.options().readTimeout(), true);
			try (HttpTransport.Response response = exchange.transport().exchange(http, op.waiter())) {
				Outcome<JobDocument> refused = Outcome.ofHttpStatus(response);
				if (refused != null) {
					return refused;
				}
				if (response.status() != 200) {
					throw exchange.httpError(op, response);
				}
				IppMessage answer = IppDecoder.decode(response.body(), DecoderLimits.DEFAULTS, null);
				if (answer.status() == IppStatus.CLIENT_ERROR_NOT_AUTHENTICATED) {
					response.drain(IppExchange.DRAIN_BYTES);
					return Outcome.unauthorized();
				}
				if (answer.status() == IppStatus.CLIENT_ERROR_NOT_AUTHORIZED) {
					response.drain(IppExchange.DRAIN_BYTES);
					return authorization != null ? Outcome.forbidden() : Outcome.unauthorized();
				}
				if (answer.status() == IppStatus.CLIENT_ERROR_NOT_FOUND
						|| answer.status() == IppStatus.CLIENT_ERROR_NOT_POSSIBLE) {
					response.drain(IppExchange.DRAIN_BYTES);
					throw new IppStatusException(Messages.bind(Messages.Error_documentNotKept,
							exchange.server().hostAndPort(), Integer.toString(jobId), statusText(answer)),
							answer.status(), IppStatus.name(answer.status()), answer.statusMessage());
				}
				exchange.check(op, answer);
				long bytes = copy(response.body(), out, op);
				return Outcome.ok(new JobDocument(attribute(answer, "document-format"), //$NON-NLS-1$
						attribute(answer, "document-name"), bytes)); //$NON-NLS-1$
			}
		}, d -> d);
		op.monitor().done();
		return document;
	}

	private static String statusText(IppMessage answer) {
		String message = answer.statusMessage();
		return message == null || message.isBlank() ? IppStatus.name(answer.status()) : message;
	}

	private static long copy(InputStream in, OutputStream out, Op op) throws IOException, IppException {
		byte[] buffer = new byte[BLOCK];
		long total = 0;
		int n;
		while ((n = in.read(buffer)) >= 0) {
			op.waiter().checkCanceled();
			try {
				out.write(buffer, 0, n);
			} catch (IOException e) {
				throw new IppException(Messages.bind(Messages.Error_writeDocument, e.getMessage()), e);
			}
			total += n;
		}
		return total;
	}

	/** {@return a document attribute: CUPS puts it in the job group (2.x) or the operation group} */
	private static String attribute(IppMessage answer, String name) {
		for (IppAttributeGroup group : answer.groups()) {
			String value = group.getString(name);
			if (value != null) {
				return value;
			}
		}
		return null;
	}
}
