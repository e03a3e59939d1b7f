package org.cupola.ipp.ppd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Cupola reads of a PPD file: its option groups with their options, choices and defaults, its constraints
 * ({@code *UIConstraints}, {@code *cupsUIConstraints}) and the maintenance commands it declares
 * ({@code *cupsCommands}). Translations, code and everything else are skipped. Parsing never fails: lines it does
 * not understand are ignored. Immutable.
 */
public final class PpdFile {

	private static final Pattern OPEN_GROUP = Pattern.compile("^\\*OpenGroup:\\s*([^/\\s]+)(?:/(.*))?$"); //$NON-NLS-1$
	private static final Pattern CLOSE_GROUP = Pattern.compile("^\\*CloseGroup:"); //$NON-NLS-1$
	private static final Pattern OPEN_UI = Pattern
			.compile("^\\*(?:JCL)?OpenUI\\s+\\*([^/:\\s]+)(?:/([^:]*))?:\\s*(\\S+)"); //$NON-NLS-1$
	private static final Pattern CLOSE_UI = Pattern.compile("^\\*(?:JCL)?CloseUI:"); //$NON-NLS-1$
	private static final Pattern DEFAULT = Pattern.compile("^\\*Default([^:\\s/]+)\\s*:\\s*(\\S*)"); //$NON-NLS-1$
	private static final Pattern ENTRY = Pattern.compile("^\\*([^\\s:/]+)\\s+([^:/]+?)(?:/([^:]*))?:"); //$NON-NLS-1$
	private static final Pattern UI_CONSTRAINTS = Pattern.compile("^\\*UIConstraints:\\s*(.*)$"); //$NON-NLS-1$
	private static final Pattern CUPS_UI_CONSTRAINTS = Pattern
			.compile("^\\*cupsUIConstraints(?:\\s+[^:]*)?:\\s*\"([^\"]*)\"?"); //$NON-NLS-1$
	private static final Pattern CUPS_COMMANDS = Pattern.compile("^\\*cupsCommands:\\s*\"([^\"]*)\"?"); //$NON-NLS-1$
	private static final Pattern NICK_NAME = Pattern.compile("^\\*NickName:\\s*\"([^\"]*)\"?"); //$NON-NLS-1$

	private final String text;
	private final List<PpdGroup> groups;
	private final List<PpdConstraint> constraints;
	private final Set<String> commands;
	private final String nickName;

	private PpdFile(String text, List<PpdGroup> groups, List<PpdConstraint> constraints, Set<String> commands,
			String nickName) {
		this.text = text;
		this.groups = List.copyOf(groups);
		this.constraints = List.copyOf(constraints);
		this.commands = Set.copyOf(commands);
		this.nickName = nickName;
	}

	/**
	 * Reads a PPD.
	 *
	 * @param text
	 *            the PPD's text
	 * @return what was understood of it
	 */
	public static PpdFile parse(String text) {
		return new Parser().parse(text);
	}

	/** {@return the PPD's text, as given to {@link #parse(String)}} */
	public String text() {
		return text;
	}

	/** {@return the {@code *NickName}, or null} */
	public String nickName() {
		return nickName;
	}

	/** {@return the groups, the installable options group first, then the others in PPD order} */
	public List<PpdGroup> groups() {
		return groups;
	}

	/** {@return every option, installable options first} */
	public List<PpdOption> options() {
		return groups.stream().flatMap(g -> g.options().stream()).toList();
	}

	/**
	 * @param keyword
	 *            an option keyword, e.g. {@code Duplex}
	 * @return that option, if the PPD declares it
	 */
	public Optional<PpdOption> option(String keyword) {
		return options().stream().filter(o -> o.keyword().equals(keyword)).findFirst();
	}

	/** {@return the constraints} */
	public List<PpdConstraint> constraints() {
		return constraints;
	}

	/** {@return the commands of {@code *cupsCommands} (e.g. Clean, PrintSelfTestPage, ReportLevels)} */
	public Set<String> commands() {
		return commands;
	}

	/** {@return option keyword → its default choice keyword, for options that have a {@code *Default} line} */
	public Map<String, String> defaults() {
		Map<String, String> defaults = new LinkedHashMap<>();
		for (PpdOption option : options()) {
			if (option.defaultChoice() != null) {
				defaults.put(option.keyword(), option.defaultChoice());
			}
		}
		return defaults;
	}

	/** The line-by-line reader. */
	private static final class Parser {
		private final List<String[]> groupOrder = new ArrayList<>();
		private final Map<String, List<PpdOption>> byGroup = new LinkedHashMap<>();
		private final Map<String, String> defaults = new LinkedHashMap<>();
		private final List<PpdConstraint> constraints = new ArrayList<>();
		private final Set<String> commands = new LinkedHashSet<>();
		private String nickName;
		private String group = PpdGroup.GENERAL;
		private String optionKeyword;
		private String optionText;
		private String optionType;
		private String optionGroup;
		private List<PpdChoice> choices;

		PpdFile parse(String text) {
			boolean inQuote = false;
			for (String line : text.split("\r?\n|\r")) { //$NON-NLS-1$
				if (inQuote) {
					inQuote = !line.contains("\""); //$NON-NLS-1$
					continue;
				}
				if (!line.startsWith("*") || line.startsWith("*%")) { //$NON-NLS-1$ //$NON-NLS-2$
					continue;
				}
				line(line);
				int colon = line.indexOf(':');
				if (colon > 0 && countQuotes(line.substring(colon)) % 2 == 1) {
					inQuote = true;
				}
			}
			List<PpdGroup> groups = new ArrayList<>();
			List<PpdGroup> others = new ArrayList<>();
			for (String[] g : groupOrder) {
				List<PpdOption> options = new ArrayList<>();
				for (PpdOption o : byGroup.getOrDefault(g[0], List.of())) {
					options.add(new PpdOption(o.keyword(), o.text(), o.type(), defaults.get(o.keyword()), o.choices(),
							o.group()));
				}
				if (options.isEmpty()) {
					continue;
				}
				PpdGroup built = new PpdGroup(g[0], g[1], options);
				(built.installable() ? groups : others).add(built);
			}
			groups.addAll(others);
			return new PpdFile(text, groups, constraints, commands, nickName);
		}

		private static int countQuotes(String s) {
			return (int) s.chars().filter(c -> c == '"').count();
		}

		private void line(String line) {
			Matcher m;
			if ((m = OPEN_GROUP.matcher(line)).find()) {
				group = m.group(1);
				addGroup(group, m.group(2));
			} else if (CLOSE_GROUP.matcher(line).find()) {
				group = PpdGroup.GENERAL;
			} else if ((m = OPEN_UI.matcher(line)).find()) {
				optionKeyword = m.group(1);
				optionText = m.group(2) == null || m.group(2).isBlank() ? optionKeyword : m.group(2).trim();
				optionType = m.group(3);
				optionGroup = group;
				addGroup(group, null);
				choices = new ArrayList<>();
			} else if (CLOSE_UI.matcher(line).find()) {
				if (optionKeyword != null) {
					byGroup.computeIfAbsent(optionGroup, k -> new ArrayList<>()).add(
							new PpdOption(optionKeyword, optionText, optionType, null, choices, optionGroup));
				}
				optionKeyword = null;
			} else if ((m = DEFAULT.matcher(line)).find()) {
				defaults.putIfAbsent(m.group(1), m.group(2));
			} else if ((m = UI_CONSTRAINTS.matcher(line)).find()) {
				constraint(m.group(1));
			} else if ((m = CUPS_UI_CONSTRAINTS.matcher(line)).find()) {
				constraint(m.group(1));
			} else if ((m = CUPS_COMMANDS.matcher(line)).find()) {
				for (String command : m.group(1).trim().split("\\s+")) { //$NON-NLS-1$
					if (!command.isEmpty()) {
						commands.add(command);
					}
				}
			} else if ((m = NICK_NAME.matcher(line)).find()) {
				nickName = m.group(1);
			} else if (optionKeyword != null && (m = ENTRY.matcher(line)).find()
					&& m.group(1).equals(optionKeyword)) {
				String keyword = m.group(2).trim();
				String human = m.group(3) == null || m.group(3).isBlank() ? keyword : m.group(3).trim();
				choices.add(new PpdChoice(keyword, human));
			}
		}

		private void addGroup(String keyword, String text) {
			for (String[] g : groupOrder) {
				if (g[0].equals(keyword)) {
					return;
				}
			}
			groupOrder.add(new String[] { keyword, text == null || text.isBlank() ? keyword : text.trim() });
		}

		/** {@code *Option1 [Choice1] *Option2 [Choice2] ...} */
		private void constraint(String spec) {
			List<PpdConstraint.Term> terms = new ArrayList<>();
			String option = null;
			for (String token : spec.trim().split("\\s+")) { //$NON-NLS-1$
				if (token.startsWith("*")) { //$NON-NLS-1$
					if (option != null) {
						terms.add(new PpdConstraint.Term(option, null));
					}
					option = token.substring(1);
				} else if (option != null && !token.isEmpty()) {
					terms.add(new PpdConstraint.Term(option, token));
					option = null;
				}
			}
			if (option != null) {
				terms.add(new PpdConstraint.Term(option, null));
			}
			if (terms.size() >= 2) {
				constraints.add(new PpdConstraint(terms));
			}
		}
	}
}
