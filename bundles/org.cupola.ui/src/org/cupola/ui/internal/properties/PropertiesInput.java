package org.cupola.ui.internal.properties;

import java.util.List;
import java.util.Objects;

import org.cupola.ipp.CupsConnection;
import org.cupola.ipp.JobOptionValue;
import org.cupola.ipp.Printer;
import org.cupola.ipp.QueueSetting;
import org.cupola.ipp.ppd.PpdFile;

/**
 * What Printer Properties shows, fetched before the dialog opens (the pages do no I/O of their own to build
 * themselves): the queue with all its attributes, its PPD if it has one, and for a class the server's queue names.
 *
 * @param connection
 *            the server connection the changes go through
 * @param printer
 *            the queue or class, Get-Printer-Attributes with {@code all}
 * @param ppd
 *            its PPD, or null (class, raw queue, driverless without PPD)
 * @param queueNames
 *            every queue of the server (for a class's members), or an empty list
 */
public record PropertiesInput(CupsConnection connection, Printer printer, PpdFile ppd, List<String> queueNames) {

	/** Checks the parts. */
	public PropertiesInput {
		Objects.requireNonNull(connection);
		Objects.requireNonNull(printer);
		queueNames = List.copyOf(queueNames);
	}

	/** {@return the queue name} */
	public String name() {
		return printer.name();
	}

	/** {@return whether the queue is a class} */
	public boolean isClass() {
		return printer.isClass();
	}

	/** {@return the values of a printer attribute (out-of-band values left out), empty when absent} */
	public List<JobOptionValue> values(String attribute) {
		return JobOptionValue.of(printer, attribute);
	}

	/** {@return the string values of a printer attribute, empty when absent} */
	public List<String> strings(String attribute) {
		return printer.strings(attribute);
	}

	/** {@return the first string value of a printer attribute, or null} */
	public String string(String attribute) {
		List<String> values = strings(attribute);
		return values.isEmpty() ? null : values.get(0);
	}

	/**
	 * @param label
	 *            the field, in words
	 * @param settings
	 *            the printer attributes that change it
	 * @return a change that sends them with CUPS-Add-Modify-Printer (or -Class)
	 */
	public PrinterChange change(String label, QueueSetting... settings) {
		List<QueueSetting> list = List.of(settings);
		String queue = name();
		boolean isClass = isClass();
		return new PrinterChange(label, (c, monitor) -> c.admin().modifyQueue(queue, isClass, list, monitor));
	}
}
