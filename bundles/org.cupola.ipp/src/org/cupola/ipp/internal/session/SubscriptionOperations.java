package org.cupola.ipp.internal.session;

import static org.cupola.ipp.internal.session.IppExchange.PRINTER_URI;
import static org.cupola.ipp.internal.session.IppExchange.ROOT_PATH;

import java.util.List;

import org.cupola.ipp.IppException;
import org.cupola.ipp.MalformedResponseException;
import org.cupola.ipp.Notifications;
import org.cupola.ipp.codec.IppAttributeGroup;
import org.cupola.ipp.codec.IppMessage;
import org.cupola.ipp.codec.IppOperation;
import org.cupola.ipp.codec.IppTag;
import org.cupola.ipp.internal.Messages;
import org.eclipse.core.runtime.IProgressMonitor;

/** Event subscriptions with the ippget pull method: create, fetch events, cancel. */
public final class SubscriptionOperations {

	private final IppExchange exchange;

	/**
	 * @param exchange
	 *            the connection's request/response core
	 */
	public SubscriptionOperations(IppExchange exchange) {
		this.exchange = exchange;
	}

	/** Create-Printer-Subscriptions; {@code events} empty for all, {@code leaseSeconds} 0 for no expiry. */
	public int create(String printerOrNull, List<String> events, int leaseSeconds, IProgressMonitor monitor)
			throws IppException {
		Op op = Op.begin(Messages.Op_createSubscription, monitor);
		IppMessage request = exchange.request(IppOperation.CREATE_PRINTER_SUBSCRIPTIONS, PRINTER_URI,
				exchange.printerOrServerUri(printerOrNull)).group(IppTag.SUBSCRIPTION_ATTRIBUTES)
				.attribute("notify-pull-method", IppTag.KEYWORD, "ippget") //$NON-NLS-1$ //$NON-NLS-2$
				.attribute("notify-events", IppTag.KEYWORD, //$NON-NLS-1$
						events == null || events.isEmpty() ? new Object[] { "all" } : events.toArray()) //$NON-NLS-1$
				.attribute("notify-lease-duration", IppTag.INTEGER, Integer.valueOf(Math.max(0, leaseSeconds))) //$NON-NLS-1$
				.build();
		IppMessage response = exchange.check(op, exchange.ipp(op, request, ROOT_PATH, false));
		IppAttributeGroup group = response.group(IppTag.SUBSCRIPTION_ATTRIBUTES);
		int id = group == null ? 0 : group.getInt("notify-subscription-id", 0); //$NON-NLS-1$
		if (id <= 0) {
			throw new MalformedResponseException(
					Messages.bind(Messages.Error_noSubscriptionId, exchange.server().hostAndPort()), null);
		}
		return id;
	}

	/** Get-Notifications without waiting, from a sequence number on. */
	public Notifications getNotifications(int subscriptionId, int sinceSequence, IProgressMonitor monitor)
			throws IppException {
		Op op = Op.begin(Messages.Op_getNotifications, monitor);
		IppMessage request = exchange
				.request(IppOperation.GET_NOTIFICATIONS, PRINTER_URI, exchange.server().ippUri(ROOT_PATH))
				.operation("notify-subscription-ids", IppTag.INTEGER, Integer.valueOf(subscriptionId)) //$NON-NLS-1$
				.operation("notify-sequence-numbers", IppTag.INTEGER, Integer.valueOf(Math.max(1, sinceSequence))) //$NON-NLS-1$
				.operation("notify-wait", IppTag.BOOLEAN, Boolean.FALSE).build(); //$NON-NLS-1$
		IppMessage response = exchange.check(op, exchange.ipp(op, request, ROOT_PATH, true));
		IppAttributeGroup operation = response.group(IppTag.OPERATION_ATTRIBUTES);
		int interval = operation == null ? 0 : operation.getInt("notify-get-interval", 0); //$NON-NLS-1$
		return new Notifications(response.groups(IppTag.EVENT_NOTIFICATION_ATTRIBUTES), interval);
	}

	/** Cancel-Subscription. */
	public void cancel(int subscriptionId, IProgressMonitor monitor) throws IppException {
		Op op = Op.begin(Messages.bind(Messages.Op_cancelSubscription, Integer.toString(subscriptionId)), monitor);
		IppMessage request = exchange
				.request(IppOperation.CANCEL_SUBSCRIPTION, PRINTER_URI, exchange.server().ippUri(ROOT_PATH))
				.operation("notify-subscription-id", IppTag.INTEGER, Integer.valueOf(subscriptionId)).build(); //$NON-NLS-1$
		exchange.check(op, exchange.ipp(op, request, ROOT_PATH, false));
	}
}
