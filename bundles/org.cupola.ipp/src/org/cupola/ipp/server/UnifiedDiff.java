package org.cupola.ipp.server;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff of two texts in the unified format ({@code diff -u}): what Server Settings shows before a
 * {@code cupsd.conf} is saved. The common head and tail are skipped, the rest is compared by longest common
 * subsequence, so a few edited lines in a long file cost little. Line terminators are not part of the lines.
 */
public final class UnifiedDiff {

	/** Lines of context around each change, as {@code diff -u}. */
	public static final int CONTEXT = 3;

	private record Line(char kind, String text, int oldNo, int newNo) {
	}

	private UnifiedDiff() {
	}

	/**
	 * @param oldName
	 *            the name in the {@code ---} header
	 * @param newName
	 *            the name in the {@code +++} header
	 * @param oldText
	 *            the text before
	 * @param newText
	 *            the text after
	 * @return the unified diff, lines ending in {@code \n}; empty when the texts have the same lines
	 */
	public static String diff(String oldName, String newName, String oldText, String newText) {
		List<Line> script = script(lines(oldText), lines(newText));
		if (script.stream().allMatch(l -> l.kind() == ' ')) {
			return ""; //$NON-NLS-1$
		}
		StringBuilder out = new StringBuilder();
		out.append("--- ").append(oldName).append('\n'); //$NON-NLS-1$
		out.append("+++ ").append(newName).append('\n'); //$NON-NLS-1$
		int i = 0;
		while (i < script.size()) {
			if (script.get(i).kind() == ' ') {
				i++;
				continue;
			}
			int start = Math.max(0, i - CONTEXT);
			int end = i;
			// extend the hunk while the next change is within 2 * CONTEXT unchanged lines
			while (true) {
				while (end < script.size() && script.get(end).kind() != ' ') {
					end++;
				}
				int next = end;
				while (next < script.size() && script.get(next).kind() == ' ') {
					next++;
				}
				if (next < script.size() && next - end <= 2 * CONTEXT) {
					end = next;
				} else {
					end = Math.min(script.size(), end + CONTEXT);
					break;
				}
			}
			hunk(out, script.subList(start, end));
			i = end;
		}
		return out.toString();
	}

	private static void hunk(StringBuilder out, List<Line> lines) {
		int oldStart = 0;
		int newStart = 0;
		int oldCount = 0;
		int newCount = 0;
		for (Line l : lines) {
			if (l.kind() != '+') {
				oldStart = oldStart == 0 ? l.oldNo() : oldStart;
				oldCount++;
			}
			if (l.kind() != '-') {
				newStart = newStart == 0 ? l.newNo() : newStart;
				newCount++;
			}
		}
		if (oldCount == 0) {
			oldStart = lines.get(0).oldNo() - 1; // diff -u: an empty range names the line before it
		}
		if (newCount == 0) {
			newStart = lines.get(0).newNo() - 1;
		}
		out.append("@@ -").append(range(oldStart, oldCount)).append(" +").append(range(newStart, newCount)) //$NON-NLS-1$ //$NON-NLS-2$
				.append(" @@\n"); //$NON-NLS-1$
		for (Line l : lines) {
			out.append(l.kind()).append(l.text()).append('\n');
		}
	}

	private static String range(int start, int count) {
		return count == 1 ? Integer.toString(start) : start + "," + count; //$NON-NLS-1$
	}

	/** The edit script: every line of both texts, in order, as ' ' (both), '-' (old only) or '+' (new only). */
	private static List<Line> script(List<String> a, List<String> b) {
		int head = 0;
		while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
			head++;
		}
		int tail = 0;
		while (tail < a.size() - head && tail < b.size() - head
				&& a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
			tail++;
		}
		int n = a.size() - head - tail;
		int m = b.size() - head - tail;
		int[][] lcs = new int[n + 1][m + 1];
		for (int i = n - 1; i >= 0; i--) {
			for (int j = m - 1; j >= 0; j--) {
				lcs[i][j] = a.get(head + i).equals(b.get(head + j)) ? lcs[i + 1][j + 1] + 1
						: Math.max(lcs[i + 1][j], lcs[i][j + 1]);
			}
		}
		List<Line> script = new ArrayList<>(a.size() + b.size());
		for (int k = 0; k < head; k++) {
			script.add(new Line(' ', a.get(k), k + 1, k + 1));
		}
		int i = 0;
		int j = 0;
		while (i < n || j < m) {
			if (i < n && j < m && a.get(head + i).equals(b.get(head + j))) {
				script.add(new Line(' ', a.get(head + i), head + i + 1, head + j + 1));
				i++;
				j++;
			} else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
				script.add(new Line('-', a.get(head + i), head + i + 1, head + j + 1));
				i++;
			} else {
				script.add(new Line('+', b.get(head + j), head + i + 1, head + j + 1));
				j++;
			}
		}
		for (int k = tail; k > 0; k--) {
			script.add(new Line(' ', a.get(a.size() - k), a.size() - k + 1, b.size() - k + 1));
		}
		return script;
	}

	private static List<String> lines(String text) {
		List<String> lines = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
				lines.add(text.substring(start, end));
				start = i + 1;
			}
		}
		if (start < text.length()) {
			lines.add(text.substring(start));
		}
		return lines;
	}
}
