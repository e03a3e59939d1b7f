package org.cupola.ui.internal.properties;

import org.cupola.ipp.JobOptionValue;

/** Words for IPP enum values of job options (orientation, quality, finishings); other values as they are. */
final class ValueLabels {

	private ValueLabels() {
	}

	static String label(String attribute, JobOptionValue value) {
		if (value.isResolution()) {
			return value.crossFeed() == value.feed()
					? value.crossFeed() + (value.perCentimetre() ? " dpcm" : " dpi") //$NON-NLS-1$ //$NON-NLS-2$
					: value.toString();
		}
		Integer i = value.integer();
		if (i == null) {
			return value.toString();
		}
		int v = i.intValue();
		if (attribute.startsWith("orientation-requested")) { //$NON-NLS-1$
			return switch (v) {
			case 3 -> Messages.Value_portrait;
			case 4 -> Messages.Value_landscape;
			case 5 -> Messages.Value_reverseLandscape;
			case 6 -> Messages.Value_reversePortrait;
			default -> Integer.toString(v);
			};
		}
		if (attribute.startsWith("print-quality")) { //$NON-NLS-1$
			return switch (v) {
			case 3 -> Messages.Value_draft;
			case 4 -> Messages.Value_normal;
			case 5 -> Messages.Value_high;
			default -> Integer.toString(v);
			};
		}
		if (attribute.startsWith("finishings")) { //$NON-NLS-1$
			return switch (v) {
			case 3 -> Messages.Value_none;
			case 4 -> "staple"; //$NON-NLS-1$
			case 5 -> "punch"; //$NON-NLS-1$
			case 6 -> "cover"; //$NON-NLS-1$
			case 7 -> "bind"; //$NON-NLS-1$
			case 8 -> "saddle-stitch"; //$NON-NLS-1$
			case 9 -> "edge-stitch"; //$NON-NLS-1$
			case 10 -> "fold"; //$NON-NLS-1$
			default -> Integer.toString(v);
			};
		}
		return Integer.toString(v);
	}
}
