package org.cupola.troubleshoot.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.cupola.ipp.IppException;
import org.cupola.ipp.LogChunk;
import org.cupola.ipp.log.ErrorLogParser;
import org.cupola.ipp.log.LogAnalysis;
import org.cupola.troubleshoot.Context;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Reads the error log while the test page is followed: each {@link #poll(int, IProgressMonitor)} fetches only what was
 * written since the last one (from the checkpoint on) and analyses the test job's lines so far. Administrators only:
 * a refusal or a failure turns the watch off for the rest of the run.
 */
final class LogWatch {

	private final Context context;
	private final List<String> lines = new ArrayList<>();
	private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
	private long offset;
	private boolean off;

	LogWatch(Context context, long checkpoint) {
		this.context = context;
		this.offset = checkpoint;
	}

	/** {@return whether the log can still be read} */
	boolean isOn() {
		return !off;
	}

	/**
	 * Fetches the new lines and analyses them.
	 *
	 * @param jobId
	 *            the test job
	 * @param monitor
	 *            progress and cancellation
	 * @return the analysis of the job's lines so far, or null when the log cannot be read
	 */
	LogAnalysis poll(int jobId, IProgressMonitor monitor) {
		if (off) {
			return null;
		}
		try {
			LogChunk chunk = context.asAdmin(() -> context.connection().getErrorLog(offset, monitor), monitor);
			if (chunk.restarted(offset)) {
				// rotated or truncated: start again from what is there now
				lines.clear();
				partial.reset();
			}
			offset = chunk.nextOffset();
			add(chunk.data());
		} catch (Context.AdminRefusedException | IppException e) {
			off = true;
			return null;
		}
		return ErrorLogParser.parse(lines, jobId);
	}

	private void add(byte[] data) {
		int start = 0;
		for (int i = 0; i < data.length; i++) {
			if (data[i] == '\n') {
				partial.write(data, start, i - start);
				String line = partial.toString(StandardCharsets.UTF_8);
				partial.reset();
				if (line.endsWith("\r")) { //$NON-NLS-1$
					line = line.substring(0, line.length() - 1);
				}
				if (!line.isEmpty()) {
					lines.add(line);
				}
				start = i + 1;
			}
		}
		partial.write(data, start, data.length - start);
	}
}
