package dev.scalecfg.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The codes table of docs/validation.md is generated from the code registry, and the registry agrees
 * with the rules: every code a built-in rule declares is produced (with its registered severity) by at
 * least one boundary case, and every produced code is registered.
 *
 * <p>After changing a code, rewrite the table with
 * {@code mvn -B -o -pl validation -am verify -Dtest=DocumentedCodesTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dscalecfg.updateDocs=true}.
 */
final class DocumentedCodesTest {

    static final Path PAGE = Path.of("..", "docs", "validation.md");
    private static final String BEGIN = "<!-- codes table: generated from CodeRegistry.builtIn() by DocumentedCodesTest -->";
    private static final String END = "<!-- end of codes table -->";

    /** The Markdown table of every registered code. */
    static String table(CodeRegistry registry) {
        StringBuilder text = new StringBuilder();
        text.append("| Code | Severity | Rule | Parameter(s) (2014-08-28 names) | Limit | Source |\n");
        text.append("|---|---|---|---|---|---|\n");
        for (ViolationCode code : registry.codes()) {
            text.append("| ").append(code.getCode())
                    .append(" | ").append(code.getSeverity())
                    .append(" | ").append(String.join(", ", registry.owners(code.getCode())))
                    .append(" | ").append(cell(String.join(", ", code.getParameters())))
                    .append(" | ").append(cell(code.getDescription()))
                    .append(" | ").append(cell(code.getSource().orElse("")))
                    .append(" |\n");
        }
        return text.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    static String page() throws IOException {
        return Files.readString(PAGE);
    }

    private static String documentedTable(String page) {
        int begin = page.indexOf(BEGIN);
        int end = page.indexOf(END);
        assertThat(begin).as("docs/validation.md has the marker %s", BEGIN).isNotNegative();
        assertThat(end).as("docs/validation.md has the marker %s", END).isGreaterThan(begin);
        return page.substring(begin + BEGIN.length() + 1, end);
    }

    static Map<String, Severity> produced() {
        Map<String, Severity> codes = new TreeMap<>();
        boundaryCases().forEach(boundary -> RuleChain.defaultChain().validate(boundary.configuration(), boundary.context)
                .getViolations().forEach(v -> codes.put(v.getCode(), v.getSeverity())));
        return codes;
    }

    static Stream<BoundaryCase> boundaryCases() {
        return Stream.of(BuiltInRulesBoundaryTest.fieldCases(), BuiltInRulesBoundaryTest.nameCases(),
                        BuiltInRulesBoundaryTest.credentialCases(), BuiltInRulesBoundaryTest.typeCases(),
                        BuiltInRulesBoundaryTest.diskCases(), BuiltInRulesBoundaryTest.networkCases(),
                        BuiltInRulesBoundaryTest.otherCases())
                .flatMap(s -> s)
                .map(Arguments::get)
                .map(args -> (BoundaryCase) args[0]);
    }

    @Test
    void documentedTable_isTheRegistry() throws IOException {
        assertThat(documentedTable(page()))
                .as("docs/validation.md's codes table; regenerate it with -Dscalecfg.updateDocs=true (see this class)")
                .isEqualTo(table(CodeRegistry.builtIn()));
    }

    @Test
    void everyRuleCode_isProducedByABoundaryCase_withItsSeverity() {
        Map<String, Severity> declared = CodeRegistry.builtIn().codes().stream()
                .filter(code -> !CodeRegistry.builtIn().owners(code.getCode()).contains(CodeRegistry.READER))
                .collect(Collectors.toMap(ViolationCode::getCode, ViolationCode::getSeverity, (a, b) -> a, TreeMap::new));

        assertThat(declared).hasSizeGreaterThan(100);
        assertThat(produced()).isEqualTo(declared);
    }

    /** Rewrites the table from the registry; only with {@code -Dscalecfg.updateDocs=true}. */
    @Test
    void updateDocs() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("scalecfg.updateDocs"));
        String page = page();
        String updated = page.substring(0, page.indexOf(BEGIN) + BEGIN.length() + 1) + table(CodeRegistry.builtIn())
                + page.substring(page.indexOf(END));
        Files.writeString(PAGE, updated);
    }
}
