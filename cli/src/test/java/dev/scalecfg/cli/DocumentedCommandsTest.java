package dev.scalecfg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code $ ./scalecfg ...} command of README.md and of every page under {@code docs/}
 * in-process, from the repository root, and checks its exit code and its documented output.
 */
final class DocumentedCommandsTest {
    /** The README's main-job command, verbatim. */
    static final String MAIN_JOB = "./scalecfg plan --config examples/web-tier.json --request examples/scale-out-10.json"
            + " --capacity examples/stockout.json";

    private static final Pattern COMMAND = Pattern.compile("^\\$ \\./scalecfg(.*?)(?:\\s+# exit code (\\d))?$");
    private static final Pattern VIOLATION = Pattern.compile("^(\\S+: (?:ERROR|WARNING) \\S+ [A-Z_]+:).*");
    private static final Pattern TRACE_ROW = Pattern.compile("^\\s+\\d+\\s+(?:-|PAYG|SPOT|COMPENSATION)\\s.*");

    /** A decision-trace row without its free-text DETAIL column (the first nine columns). */
    private static String traceColumns(String line) {
        String[] columns = line.trim().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(columns, Math.min(columns.length, 9)));
    }

    private static String[] args(String command) {
        String rest = command.trim();
        return rest.isEmpty() ? new String[0] : rest.split("\\s+");
    }

    @Test
    void readmeMainJobCommandPlansTheFallback() {
        assertThat(MAIN_JOB).startsWith("./scalecfg ");
        Run run = Run.of(args(MAIN_JOB.substring("./scalecfg".length())));
        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.err).isEmpty();
        assertThat(run.out).containsSubsequence(
                "Scale-out plan: FULFILLED",
                "cn-hangzhou-h  vsw-bp1h3kq9k3x7bq2xa1b2  ecs.g7.large   PAYG         4",
                "cn-hangzhou-h  vsw-bp1h3kq9k3x7bq2xa1b2  ecs.g6.large   PAYG         3",
                "cn-hangzhou-i  vsw-bp1i5n6m7k8j9h0ga3b4  ecs.g7.large   PAYG         3",
                "Shortfall: none",
                "Decision trace",
                "RECENTLY_UNAVAILABLE",
                "ecs.g7.large   PAYG     ALLOCATED      4  NO_STOCK",
                "ecs.g6.large   PAYG     ALLOCATED      3  NO_STOCK");
    }

    /** README.md and every Markdown page under {@code docs/}, in a stable order. */
    static List<Path> documentationPages() throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.add(Run.ROOT.resolve("README.md"));
        try (Stream<Path> docs = Files.walk(Run.ROOT.resolve("docs"))) {
            docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    /** Every {@code ./scalecfg ...} line of any documentation page runs without a usage or internal error. */
    @TestFactory
    Stream<DynamicTest> everyDocumentedCommandLine() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path section : documentationPages()) {
            List<String> lines = Files.readAllLines(section);
            boolean inBlock = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith("```")) {
                    inBlock = !inBlock;
                } else if (inBlock && line.startsWith("./scalecfg ") && !line.contains("|") && !line.contains(">")) {
                    String command = line.replaceFirst("\\s+#.*$", "");
                    String[] args = args(command.substring("./scalecfg".length()));
                    tests.add(DynamicTest.dynamicTest(Run.ROOT.relativize(section) + ":" + (i + 1) + ": " + line, () -> {
                        Run run = Run.of(args);
                        assertThat(run.exit).as(run.toString()).isIn(Main.EXIT_OK, Main.EXIT_FINDINGS);
                    }));
                }
            }
        }
        assertThat(tests).extracting(DynamicTest::getDisplayName).anyMatch(name -> name.contains(MAIN_JOB));
        return tests.stream();
    }

    /**
     * Rewrites the sample output of README.md and the docs pages from real runs; only with
     * {@code -Dscalecfg.updateDocs=true} (for example after the launcher's trace texts change):
     * <pre>{@code
     * mvn -B -o -pl cli -am verify -Dtest=DocumentedCommandsTest -Dsurefire.failIfNoSpecifiedTests=false -Dscalecfg.updateDocs=true
     * }</pre>
     */
    @Test
    void updateDocumentedOutput() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Boolean.getBoolean("scalecfg.updateDocs"));
        for (Path doc : documentationPages()) {
            rewrite(doc);
        }
    }

    private static void rewrite(Path doc) throws IOException {
        List<String> lines = Files.readAllLines(doc);
        List<String> updated = new ArrayList<>();
        boolean inBlock = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher command = COMMAND.matcher(line);
            if (line.startsWith("```")) {
                inBlock = !inBlock;
            } else if (inBlock && command.matches()) {
                Run run = Run.of(args(command.group(1)));
                updated.add("$ ./scalecfg" + command.group(1) + (run.exit == 0 ? "" : "    # exit code " + run.exit));
                updated.addAll(run.outLines());
                updated.addAll(run.errLines());
                while (i + 1 < lines.size() && !lines.get(i + 1).startsWith("$ ") && !lines.get(i + 1).startsWith("```")) {
                    i++;
                }
                continue;
            }
            updated.add(line);
        }
        Files.write(doc, updated);
    }

    @Test
    void theMainJobIsDocumented() throws IOException {
        assertThat(Files.readString(Run.ROOT.resolve("README.md"))).contains("\n" + MAIN_JOB + "\n");
        assertThat(Files.readString(Run.ROOT.resolve("docs/cli.md"))).contains("$ " + MAIN_JOB + "\n");
    }

    @TestFactory
    Stream<DynamicTest> everyDocumentedCommand() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path page : documentationPages()) {
            tests.addAll(documentedCommands(page));
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(10);
        return tests.stream();
    }

    private static List<DynamicTest> documentedCommands(Path page) throws IOException {
        List<String> lines = Files.readAllLines(page);
        List<DynamicTest> tests = new ArrayList<>();
        boolean inBlock = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("```")) {
                inBlock = !inBlock;
                continue;
            }
            Matcher command = COMMAND.matcher(line);
            if (!inBlock || !command.matches()) {
                continue;
            }
            List<String> expected = new ArrayList<>();
            for (int j = i + 1; j < lines.size() && !lines.get(j).startsWith("$ ") && !lines.get(j).startsWith("```"); j++) {
                expected.add(lines.get(j));
            }
            int exit = command.group(2) == null ? 0 : Integer.parseInt(command.group(2));
            String[] args = args(command.group(1));
            tests.add(DynamicTest.dynamicTest(Run.ROOT.relativize(page) + ":" + (i + 1) + ": " + line,
                    () -> check(args, exit, expected)));
        }
        return tests;
    }

    private static void check(String[] args, int exit, List<String> expected) {
        Run run = Run.of(args);
        assertThat(run.exit).as(run.toString()).isEqualTo(exit);
        List<String> actual = new ArrayList<>(run.outLines());
        actual.addAll(run.errLines());
        // the documented lines appear in order; violation lines are compared up to their code and trace
        // rows up to their reason, so that rewording a message does not make the documentation test fail
        int from = 0;
        for (String line : expected) {
            Matcher violation = VIOLATION.matcher(line);
            boolean traceRow = TRACE_ROW.matcher(line).matches();
            String wanted = violation.matches() ? violation.group(1) : line.stripTrailing();
            int found = -1;
            for (int k = from; k < actual.size(); k++) {
                String candidate = actual.get(k);
                boolean same = violation.matches() ? candidate.startsWith(wanted)
                        : traceRow ? traceColumns(candidate).equals(traceColumns(line))
                        : candidate.stripTrailing().equals(wanted);
                if (same) {
                    found = k;
                    break;
                }
            }
            assertThat(found).as("documented line not printed (in order): %s%n%s", line, run).isNotNegative();
            from = found + 1;
        }
        assertThat(actual).as(run.toString()).hasSize(expected.size());
    }
}
