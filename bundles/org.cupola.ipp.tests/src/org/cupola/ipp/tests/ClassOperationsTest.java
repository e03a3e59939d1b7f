package org.cupola.ipp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cupola.ipp.ClassSettings;
import org.cupola.ipp.IppStatusException;
import org.cupola.ipp.Printer;
import org.cupola.testing.AdminSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Classes through Cupola against a real cupsd, read back with Cupola and with {@code lpstat -c} / {@code -v}. */
class ClassOperationsTest {

	@RegisterExtension
	static final AdminSandbox cups = new AdminSandbox();

	@Test
	void createsAClassWithItsMembersDescriptionAndLocation() throws Exception {
		cups.admin().admin().addModifyClass("office", //$NON-NLS-1$
				new ClassSettings("Office printers", "Second floor", List.of("null", "paused")), null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		try {
			assertEquals(List.of("null", "paused"), CupsTools.members(cups.sandbox(), "office")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			assertEquals(List.of("null", "paused"), cups.admin().admin().getClassMembers("office", null)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Printer office = cups.admin().getClasses(null).stream().filter(c -> c.name().equals("office")) //$NON-NLS-1$
					.findFirst().orElseThrow();
			assertTrue(office.isClass());
			assertEquals("Office printers", office.info()); //$NON-NLS-1$
			assertEquals("Second floor", office.location()); //$NON-NLS-1$
			assertEquals(List.of("null", "paused"), office.memberNames()); //$NON-NLS-1$ //$NON-NLS-2$
			// CUPS-Get-Printers lists classes too: that is how the Printers view shows them
			assertTrue(cups.admin().getPrinters(null).stream().anyMatch(p -> p.name().equals("office") && p.isClass())); //$NON-NLS-1$
		} finally {
			cups.admin().admin().deleteClass("office", null); //$NON-NLS-1$
		}
	}

	@Test
	void setsTheMembersAndLeavesTheRestAlone() throws Exception {
		cups.admin().admin().addModifyClass("team", new ClassSettings("Team", "Lab", List.of("null")), null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		try {
			cups.admin().admin().setClassMembers("team", List.of("rejecting", "broken", "null"), null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			List<String> members = CupsTools.members(cups.sandbox(), "team"); //$NON-NLS-1$
			assertEquals(3, members.size(), members::toString);
			assertTrue(members.containsAll(List.of("rejecting", "broken", "null")), members::toString); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			assertEquals(members, cups.admin().admin().getClassMembers("team", null)); //$NON-NLS-1$
			Printer team = cups.admin().getPrinterAttributes("team", null, null); //$NON-NLS-1$
			assertEquals("Team", team.info()); //$NON-NLS-1$
			assertEquals("Lab", team.location()); //$NON-NLS-1$
			cups.admin().admin().setClassMembers("team", List.of("broken"), null); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals(List.of("broken"), CupsTools.members(cups.sandbox(), "team")); //$NON-NLS-1$ //$NON-NLS-2$
		} finally {
			cups.admin().admin().deleteClass("team", null); //$NON-NLS-1$
		}
	}

	@Test
	void deletingAClassKeepsItsMembers() throws Exception {
		cups.admin().admin().addModifyClass("doomed", new ClassSettings(null, null, List.of("null", "paused")), null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(CupsTools.exists(cups.sandbox(), "doomed")); //$NON-NLS-1$
		cups.admin().admin().deleteClass("doomed", null); //$NON-NLS-1$
		assertFalse(CupsTools.exists(cups.sandbox(), "doomed")); //$NON-NLS-1$
		assertEquals(List.of(), CupsTools.members(cups.sandbox(), "doomed")); //$NON-NLS-1$
		assertTrue(CupsTools.exists(cups.sandbox(), "null")); //$NON-NLS-1$
		assertTrue(CupsTools.exists(cups.sandbox(), "paused")); //$NON-NLS-1$
		IppStatusException e = assertThrows(IppStatusException.class,
				() -> cups.admin().admin().getClassMembers("doomed", null)); //$NON-NLS-1$
		assertTrue(e.isNotFound(), e.getMessage());
	}

	@Test
	void aClassWithAMemberThatDoesNotExistIsRefused() {
		IppStatusException e = assertThrows(IppStatusException.class, () -> cups.admin().admin().addModifyClass("ghosts", //$NON-NLS-1$
				new ClassSettings(null, null, List.of("no-such-queue")), null)); //$NON-NLS-1$
		assertTrue(e.getMessage().contains("ghosts"), e.getMessage()); //$NON-NLS-1$
	}
}
