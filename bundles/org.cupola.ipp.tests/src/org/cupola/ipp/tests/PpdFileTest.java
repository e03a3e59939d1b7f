package org.cupola.ipp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.cupola.ipp.ppd.PpdConflicts;
import org.cupola.ipp.ppd.PpdConstraint;
import org.cupola.ipp.ppd.PpdDefaults;
import org.cupola.ipp.ppd.PpdFile;
import org.cupola.ipp.ppd.PpdOption;
import org.junit.jupiter.api.Test;

/** The PPD model on hand-written PPD text: groups, choices, code that spans lines, constraints, commands, defaults. */
class PpdFileTest {

	private static final String PPD = String.join("\r\n", //$NON-NLS-1$
			"*PPD-Adobe: \"4.3\"", //$NON-NLS-1$
			"*NickName: \"Acme Laser\"", //$NON-NLS-1$
			"*cupsCommands: \"Clean PrintSelfTestPage\"", //$NON-NLS-1$
			"*OpenGroup: General/General Options", //$NON-NLS-1$
			"*OpenUI *InputSlot/Media Source: PickOne", //$NON-NLS-1$
			"*DefaultInputSlot: Tray1", //$NON-NLS-1$
			"*InputSlot Tray1/Tray 1: \"<</MediaPosition 0>>", //$NON-NLS-1$
			"*InputSlot Fake/Not a choice: inside the code", //$NON-NLS-1$
			"setpagedevice\"", //$NON-NLS-1$
			"*InputSlot Tray3/Tray 3: \"<</MediaPosition 2>>setpagedevice\"", //$NON-NLS-1$
			"*CloseUI: *InputSlot", //$NON-NLS-1$
			"*OpenUI *Duplex/2-Sided: PickOne", //$NON-NLS-1$
			"*DefaultDuplex: None", //$NON-NLS-1$
			"*Duplex None/Off: \"\"", //$NON-NLS-1$
			"*Duplex DuplexNoTumble/Long Edge: \"\"", //$NON-NLS-1$
			"*CloseUI: *Duplex", //$NON-NLS-1$
			"*CloseGroup: General", //$NON-NLS-1$
			"*OpenGroup: InstallableOptions/Installed Hardware", //$NON-NLS-1$
			"*OpenUI *Tray3/Tray 3 installed: Boolean", //$NON-NLS-1$
			"*DefaultTray3: False", //$NON-NLS-1$
			"*Tray3 True/Installed: \"\"", //$NON-NLS-1$
			"*Tray3 False/Not Installed: \"\"", //$NON-NLS-1$
			"*CloseUI: *Tray3", //$NON-NLS-1$
			"*OpenUI *Duplexer/Duplexer: Boolean", //$NON-NLS-1$
			"*DefaultDuplexer: False", //$NON-NLS-1$
			"*Duplexer True/Installed: \"\"", //$NON-NLS-1$
			"*Duplexer False/Not Installed: \"\"", //$NON-NLS-1$
			"*CloseUI: *Duplexer", //$NON-NLS-1$
			"*CloseGroup: InstallableOptions", //$NON-NLS-1$
			"*UIConstraints: *Duplex *Duplexer False", //$NON-NLS-1$
			"*cupsUIConstraints tray3: \"*InputSlot Tray3 *Tray3 False\"", //$NON-NLS-1$
			"*fr.Translation Duplex/Recto verso: \"\"", //$NON-NLS-1$
			""); //$NON-NLS-1$

	@Test
	void readsGroupsInstallableFirstWithChoicesAndDefaults() {
		PpdFile ppd = PpdFile.parse(PPD);
		assertEquals("Acme Laser", ppd.nickName()); //$NON-NLS-1$
		assertEquals(List.of("InstallableOptions", "General"), //$NON-NLS-1$ //$NON-NLS-2$
				ppd.groups().stream().map(g -> g.keyword()).toList());
		assertEquals("Installed Hardware", ppd.groups().get(0).text()); //$NON-NLS-1$
		PpdOption slot = ppd.option("InputSlot").orElseThrow(); //$NON-NLS-1$
		assertEquals(List.of("Tray1", "Tray3"), slot.choices().stream().map(c -> c.keyword()).toList(), //$NON-NLS-1$ //$NON-NLS-2$
				"a line inside multi-line code is no choice");
		assertEquals("Media Source", slot.text()); //$NON-NLS-1$
		assertEquals(Map.of("InputSlot", "Tray1", "Duplex", "None", "Tray3", "False", "Duplexer", "False"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
				ppd.defaults());
		assertTrue(ppd.option("Duplexer").orElseThrow().installable()); //$NON-NLS-1$
		assertEquals(java.util.Set.of("Clean", "PrintSelfTestPage"), ppd.commands()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(2, ppd.constraints().size());
	}

	@Test
	void aConstraintWithoutChoiceBlocksEveryChoiceButOff() {
		PpdFile ppd = PpdFile.parse(PPD);
		Map<String, String> choices = ppd.defaults();
		assertTrue(PpdConflicts.blocking(ppd, choices, "Duplex", "DuplexNoTumble").isPresent()); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(PpdConflicts.blocking(ppd, choices, "Duplex", "None").isPresent()); //$NON-NLS-1$ //$NON-NLS-2$
		PpdConstraint c = PpdConflicts.blocking(ppd, choices, "Duplex", "DuplexNoTumble").orElseThrow(); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of(new PpdConstraint.Term("Duplexer", "False")), PpdConflicts.others(c, "Duplex")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Map<String, String> installed = new java.util.HashMap<>(choices);
		installed.put("Duplexer", "True"); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(PpdConflicts.blocking(ppd, installed, "Duplex", "DuplexNoTumble").isPresent()); //$NON-NLS-1$ //$NON-NLS-2$
		installed.put("Duplex", "DuplexNoTumble"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(PpdConflicts.broken(ppd, installed).isEmpty());
		installed.put("Duplexer", "False"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(1, PpdConflicts.broken(ppd, installed).size());
	}

	@Test
	void cupsUiConstraintsBlockTheirChoice() {
		PpdFile ppd = PpdFile.parse(PPD);
		assertTrue(PpdConflicts.blocking(ppd, ppd.defaults(), "InputSlot", "Tray3").isPresent()); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(PpdConflicts.blocking(ppd, ppd.defaults(), "InputSlot", "Tray1").isPresent()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void rewritingDefaultsChangesOnlyThoseLines() {
		String rewritten = PpdDefaults.rewrite(PPD, Map.of("Duplexer", "True", "InputSlot", "Tray3")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(PPD.replace("*DefaultDuplexer: False", "*DefaultDuplexer: True") //$NON-NLS-1$ //$NON-NLS-2$
				.replace("*DefaultInputSlot: Tray1", "*DefaultInputSlot: Tray3"), rewritten); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("True", PpdFile.parse(rewritten).defaults().get("Duplexer")); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
