package dev.scalecfg.cli.internal;

import dev.scalecfg.validation.Rule;
import dev.scalecfg.validation.ViolationCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code scalecfg rules}: every rule of the chain {@code validate} would run, with its codes and origin. */
@Command(name = "rules", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"List every rule of the chain that validate runs: the built-in rules, then those of the rule"
                + " jars (--rules and the settings file), each with its ID, its origin and the codes it may report.", ""},
        footer = {"", "Exit codes: 0 listed, 2 usage error or an unusable settings file or rule jar."})
public final class RulesCommand implements Callable<Integer> {
    /** The widest line of codes before it wraps. */
    private static final int CODES_WIDTH = 72;

    @ParentCommand
    ScalecfgCommand root;

    @Mixin
    SettingsOptions sources;

    @Override
    public Integer call() {
        Cli cli = root.cli();
        try (Checks checks = Checks.open(cli, sources, null)) {
            Table table = new Table("RULE", "ORIGIN", "CODES");
            Set<String> codes = new HashSet<>();
            for (Rule rule : checks.chain().rules()) {
                List<String> names = rule.codes().stream().map(ViolationCode::getCode).sorted().toList();
                List<String> lines = wrap(names);
                table.row(rule.id(), checks.origin(rule), lines.get(0));
                lines.subList(1, lines.size()).forEach(more -> table.row("", "", more));
                codes.addAll(names);
            }
            table.lines("").forEach(cli.out()::println);
            cli.out().println(ValidateCommand.plural(checks.chain().rules().size(), "rule") + ", "
                    + ValidateCommand.plural(codes.size(), "code"));
            return Cli.OK;
        }
    }

    /** The codes as lines of at most {@value #CODES_WIDTH} characters; {@code (not declared)} when there are none. */
    private static List<String> wrap(List<String> codes) {
        List<String> lines = new ArrayList<>();
        if (codes.isEmpty()) {
            lines.add("(not declared)");
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (String code : codes) {
            if (line.length() > 0 && line.length() + 1 + code.length() > CODES_WIDTH) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(code);
        }
        lines.add(line.toString());
        return lines;
    }
}
