package org.cupola.troubleshoot.internal;

import java.util.ArrayList;
import java.util.List;

import org.cupola.ipp.Device;
import org.cupola.ipp.DeviceQuery;
import org.cupola.ipp.IppException;
import org.cupola.ipp.Printer;
import org.cupola.troubleshoot.Answers;
import org.cupola.troubleshoot.Answers.Key;
import org.cupola.troubleshoot.Context;
import org.cupola.troubleshoot.Keys;
import org.cupola.troubleshoot.Question;
import org.cupola.troubleshoot.Severity;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * DeviceListed: CUPS-Get-Devices (administrators only) for locally connected printers (device class "direct"). For
 * a queue that is not listed it asks which device is the printer; for a listed queue with a local device URI it
 * checks that the device is detected.
 */
final class DeviceListedStep extends AbstractStep {

	/** The network backends are left out: they are slow and not about locally connected printers. */
	private static final List<String> EXCLUDED = List.of("dnssd", "snmp", "driverless", "bjnp", "bluetooth", "mdns", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"socket", "lpd", "ipp", "ipps", "http", "https", "smb", "beh", "implicitclass"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
	private static final Key<Boolean> FETCHED = Key.hidden("_devices_fetched", Boolean.class); //$NON-NLS-1$

	DeviceListedStep() {
		super("DeviceListed"); //$NON-NLS-1$
	}

	@Override
	public boolean applies(Answers answers) {
		if (Question.NOT_LISTED.equals(answers.get(Keys.QUEUE))) {
			return Question.LOCAL.equals(answers.get(Keys.LOCAL_OR_REMOTE));
		}
		return answers.has(Keys.PRINTER) && DeviceUri.isDirectScheme(answers.get(Keys.DEVICE_URI_SCHEME));
	}

	@Override
	public void run(Context context, IProgressMonitor monitor) {
		Answers a = context.answers();
		boolean listedQueue = !Question.NOT_LISTED.equals(a.get(Keys.QUEUE));
		if (!a.has(FETCHED)) {
			SubMonitor sub = SubMonitor.convert(monitor, Messages.DeviceListed_task, 1);
			a.put(FETCHED, Boolean.TRUE);
			List<Device> devices;
			try {
				DeviceQuery query = new DeviceQuery(List.of(), EXCLUDED, context.devicesTimeoutSeconds(), 0);
				devices = context.asAdmin(() -> context.connection().getDevices(query, null, sub.split(1)), sub);
			} catch (Context.AdminRefusedException e) {
				context.skippedNeedsAdmin(id(), Messages.DeviceListed_what, e.getMessage());
				return;
			} catch (IppException e) {
				context.report(finding(Severity.WARNING, Messages.DeviceListed_failed, e.getMessage(), null));
				return;
			}
			List<String> uris = new ArrayList<>();
			for (Device d : devices) {
				if ("direct".equals(d.deviceClass()) && d.uri() != null && d.uri().contains(":")) { //$NON-NLS-1$ //$NON-NLS-2$
					uris.add(d.uri());
				}
			}
			a.put(Keys.DEVICES_AVAILABLE, List.copyOf(uris));
			if (listedQueue) {
				Printer p = a.get(Keys.PRINTER);
				String uri = p.deviceUri();
				boolean found = uri != null && uris.stream().anyMatch(u -> sameDevice(u, uri));
				a.put(Keys.DEVICE_LISTED, Boolean.valueOf(found));
				if (!found) {
					context.report(finding(Severity.WARNING, Messages.DeviceListed_notFoundTitle,
							Messages.bind(Messages.DeviceListed_notFound, p.name()), Messages.DeviceListed_notFoundFix));
				}
			}
			return;
		}
		// the question was answered
		String device = a.get(Keys.DEVICE);
		if (Question.NOT_LISTED.equals(device)) {
			context.report(finding(Severity.WARNING, Messages.DeviceListed_notDetectedTitle,
					Messages.DeviceListed_notDetected, Messages.DeviceListed_notFoundFix));
		} else if (device != null) {
			context.report(finding(Severity.WARNING, Messages.DeviceListed_noQueueTitle,
					Messages.bind(Messages.DeviceListed_noQueue, device), Messages.DeviceListed_noQueueFix));
		}
	}

	private static boolean sameDevice(String a, String b) {
		return strip(a).equalsIgnoreCase(strip(b));
	}

	private static String strip(String uri) {
		int q = uri.indexOf('?');
		return q < 0 ? uri : uri.substring(0, q);
	}

	@Override
	public Question question(Answers answers) {
		if (!Question.NOT_LISTED.equals(answers.get(Keys.QUEUE)) || !answers.has(Keys.DEVICES_AVAILABLE)) {
			return null;
		}
		List<Question.Choice> choices = new ArrayList<>();
		for (String uri : answers.get(Keys.DEVICES_AVAILABLE)) {
			choices.add(new Question.Choice(uri, org.cupola.troubleshoot.Redactor.maskUriPassword(uri)));
		}
		choices.add(new Question.Choice(Question.NOT_LISTED, Messages.DeviceListed_notListed));
		return new Question(id(), Keys.DEVICE, Messages.DeviceListed_title, Messages.DeviceListed_text,
				Question.Kind.CHOICE, choices, null);
	}
}
