package org.cupola.troubleshoot.internal;

import java.util.List;

import org.cupola.troubleshoot.Step;

/** The built-in steps, in system-config-printer's order (the probes that cannot be done honestly are left out). */
public final class StepList {

	private StepList() {
	}

	/** {@return new instances of the steps} */
	public static List<Step> create() {
		return List.of(new WelcomeStep(), //
				new SchedulerNotRunningStep(), //
				new CheckLocalServerPublishingStep(), //
				new ChoosePrinterStep(), //
				new CheckPrinterSanityStep(), //
				new CheckPpdSanityStep(), //
				new LocalOrRemoteStep(), //
				new DeviceListedStep(), //
				new RemoteAddressStep(), //
				new CheckNetworkServerSanityStep(), //
				new ChooseNetworkPrinterStep(), //
				new NetworkCupsPrinterSharedStep(), //
				new QueueNotEnabledStep(), //
				new QueueRejectingJobsStep(), //
				new PrinterStateReasonsStep(false), //
				new ServerFirewalledStep(), //
				new ErrorLogCheckpointStep(), //
				new PrintTestPageStep(), //
				new ErrorLogFetchStep(), //
				new PrinterStateReasonsStep(true), //
				new ErrorLogParseStep(), //
				new PageSizeMismatchStep(), //
				new ReportStep());
	}
}
