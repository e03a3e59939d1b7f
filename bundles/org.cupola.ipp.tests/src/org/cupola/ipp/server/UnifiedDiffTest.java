package org.cupola.ipp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link UnifiedDiff} against GNU {@code diff -u} on the same files. */
class UnifiedDiffTest {

	@TempDir
	Path dir;

	@Test
	void equalTextsHaveNoDiff() {
		assertEquals("", UnifiedDiff.diff("a", "b", "x\ny\n", "x\ny\n"));
	}

	@Test
	void oneChangedLineInTheMiddle() {
		String before = "1\n2\n3\n4\nLogLevel warn\n6\n7\n8\n9\n";
		String after = before.replace("LogLevel warn", "LogLevel debug");
		assertEquals("--- a\n+++ b\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-LogLevel warn\n+LogLevel debug\n 6\n 7\n 8\n",
				UnifiedDiff.diff("a", "b", before, after));
	}

	@Test
	void sameHunksAsGnuDiffOnRandomEdits() throws Exception {
		Random random = new Random(12);
		for (int round = 0; round < 40; round++) {
			List<String> a = new ArrayList<>();
			for (int i = 0; i < 10 + random.nextInt(40); i++) {
				a.add("line " + random.nextInt(15));
			}
			List<String> b = new ArrayList<>(a);
			for (int e = 0; e < 1 + random.nextInt(4); e++) {
				int at = random.nextInt(b.size());
				switch (random.nextInt(3)) {
				case 0 -> b.remove(at);
				case 1 -> b.add(at, "new " + random.nextInt(100));
				default -> b.set(at, "changed " + random.nextInt(100));
				}
			}
			String before = String.join("\n", a) + "\n";
			String after = String.join("\n", b) + "\n";
			String ours = UnifiedDiff.diff("a", "b", before, after);
			String gnu = gnuDiff(before, after);
			// hunks may legally differ when lines repeat: both remove and add as few lines, and patch(1) applies ours
			assertEquals(changes(gnu, '-'), changes(ours, '-'), before + "=>\n" + after);
			assertEquals(changes(gnu, '+'), changes(ours, '+'), before + "=>\n" + after);
			assertEquals(after, patched(before, ours), ours);
		}
	}

	private static int changes(String diff, char kind) {
		int n = 0;
		for (String line : diff.lines().toList()) {
			if (line.charAt(0) == kind && !line.startsWith("---") && !line.startsWith("+++")) {
				n++;
			}
		}
		return n;
	}

	private String patched(String before, String diff) throws Exception {
		Path a = Files.writeString(dir.resolve("p"), before);
		Path d = Files.writeString(dir.resolve("p.diff"), diff);
		Path out = dir.resolve("p.out");
		Process p = new ProcessBuilder("patch", "-s", "-o", out.toString(), a.toString(), d.toString())
				.redirectErrorStream(true).start();
		String messages = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, p.waitFor(), messages);
		return Files.readString(out);
	}

	private String gnuDiff(String before, String after) throws Exception {
		Path a = Files.writeString(dir.resolve("a"), before);
		Path b = Files.writeString(dir.resolve("b"), after);
		Process p = new ProcessBuilder("diff", "-u", "--minimal", a.toString(), b.toString()).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		p.waitFor();
		return out;
	}
}
