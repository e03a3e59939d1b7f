package org.cupola.ipp.internal.session;

import static org.cupola.ipp.internal.session.IppExchange.ADMIN_PATH;
import static org.cupola.ipp.internal.session.IppExchange.PRINTER_URI;
import static org.cupola.ipp.internal.session.IppExchange.REQUESTED_ATTRIBUTES;
import static org.cupola.ipp.internal.session.IppExchange.ROOT_PATH;

import java.util.List;

import org.cupola.ipp.ClassSettings;
import org.cupola.ipp.IppException;
import org.cupola.ipp.codec.IppAttribute;
import org.cupola.ipp.codec.IppAttributeGroup;
import org.cupola.ipp.codec.IppMessage;
import org.cupola.ipp.codec.IppOperation;
import org.cupola.ipp.codec.IppTag;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The operations on classes (a queue whose jobs go to the first free member): create or change one
 * (CUPS-Add-Modify-Class), read its members, delete it (CUPS-Delete-Class). A class is addressed as
 * {@code /classes/NAME}, as CUPS requires for these operations; its members as {@code /printers/MEMBER}.
 */
public final class ClassOperations {

	private static final String MEMBER_NAMES = "member-names"; //$NON-NLS-1$

	private final IppExchange exchange;

	/**
	 * @param exchange
	 *            the connection's request/response core
	 */
	public ClassOperations(IppExchange exchange) {
		this.exchange = exchange;
	}

	/** {@return {@code ipp://host/classes/NAME}} */
	String classUri(String name) {
		return exchange.server().ippUri("/classes/" + IppExchange.encodePath(name)); //$NON-NLS-1$
	}

	/** CUPS-Add-Modify-Class: creates the class or changes the fields that are set. */
	public void addModify(String name, ClassSettings settings, IProgressMonitor monitor) throws IppException {
		Op op = Op.begin(QueueMessages.bind(QueueMessages.Op_addModifyClass, name), monitor);
		IppMessage.Builder builder = exchange
				.request(IppOperation.CUPS_ADD_MODIFY_CLASS, PRINTER_URI, classUri(name))
				.group(IppTag.PRINTER_ATTRIBUTES);
		if (settings.info() != null) {
			builder.attribute("printer-info", IppTag.TEXT, settings.info()); //$NON-NLS-1$
		}
		if (settings.location() != null) {
			builder.attribute("printer-location", IppTag.TEXT, settings.location()); //$NON-NLS-1$
		}
		if (settings.members() != null) {
			builder.attribute(memberUris(settings.members()));
		}
		exchange.check(op, exchange.ipp(op, builder.build(), ADMIN_PATH, true));
	}

	/** {@return {@code member-uris} for queue names; CUPS finds each member by name whatever its kind} */
	IppAttribute memberUris(List<String> members) {
		if (members.isEmpty()) {
			throw new IllegalArgumentException("a class needs at least one member"); //$NON-NLS-1$
		}
		return IppAttribute.of("member-uris", IppTag.URI, //$NON-NLS-1$
				members.stream().map(exchange::printerUri).toArray());
	}

	/** {@code member-names} of a class, in CUPS's order. */
	public List<String> members(String name, IProgressMonitor monitor) throws IppException {
		Op op = Op.begin(QueueMessages.bind(QueueMessages.Op_getClassMembers, name), monitor);
		IppMessage request = exchange.request(IppOperation.GET_PRINTER_ATTRIBUTES, PRINTER_URI, classUri(name))
				.operation(REQUESTED_ATTRIBUTES, IppTag.KEYWORD, MEMBER_NAMES).build();
		IppMessage response = exchange.check(op, exchange.ipp(op, request, ROOT_PATH, true));
		IppAttributeGroup group = response.group(IppTag.PRINTER_ATTRIBUTES);
		return group == null ? List.of() : group.getStrings(MEMBER_NAMES);
	}

	/** CUPS-Delete-Class (never re-sent after a network failure). */
	public void delete(String name, IProgressMonitor monitor) throws IppException {
		Op op = Op.begin(QueueMessages.bind(QueueMessages.Op_deleteClass, name), monitor);
		IppMessage request = exchange.request(IppOperation.CUPS_DELETE_CLASS, PRINTER_URI, classUri(name)).build();
		exchange.check(op, exchange.ipp(op, request, ADMIN_PATH, false));
	}
}
