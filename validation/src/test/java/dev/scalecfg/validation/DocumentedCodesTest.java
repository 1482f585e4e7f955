package dev.scalecfg.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalecfg.core.ApiLimits;
import dev.scalecfg.core.DiskCategory;
import dev.scalecfg.core.PerformanceLevel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    private static final String DISK_BEGIN = "<!-- disk sizes: generated from ApiLimits by DocumentedCodesTest -->";
    private static final String DISK_END = "<!-- end of disk sizes -->";

    /** The Markdown table of the disk sizes of {@link ApiLimits}, GiB. */
    static String diskTable() {
        StringBuilder text = new StringBuilder("| Category | System disk (newest rule) | Data disk |\n|---|---|---|\n");
        for (DiskCategory category : List.of(DiskCategory.CLOUD, DiskCategory.CLOUD_EFFICIENCY, DiskCategory.CLOUD_SSD,
                DiskCategory.CLOUD_ESSD, DiskCategory.CLOUD_AUTO, DiskCategory.EPHEMERAL_SSD)) {
            boolean essd = category.equals(DiskCategory.CLOUD_ESSD);
            for (PerformanceLevel level : essd ? List.of(PerformanceLevel.values()) : List.of(ApiLimits.DEFAULT_PERFORMANCE_LEVEL)) {
                String name = "`" + category.apiValue() + "`" + (essd ? " " + level.apiValue() : "");
                if (essd && level == ApiLimits.DEFAULT_PERFORMANCE_LEVEL) {
                    name += " (default level)";
                }
                if (category.equals(DiskCategory.CLOUD_EFFICIENCY)) {
                    name += " (default; `cloud` when `IoOptimized=none`)";
                }
                String data = range(ApiLimits.dataDiskSize(category, level).orElseThrow());
                if (category.equals(DiskCategory.EPHEMERAL_SSD)) {
                    data += " (total ≤ " + ApiLimits.EPHEMERAL_TOTAL_MAX_GIB + ")";
                }
                text.append("| ").append(name).append(" | ").append(range(ApiLimits.systemDiskSize(category, level).orElseThrow()))
                        .append(" | ").append(data).append(" |\n");
            }
        }
        return text.toString();
    }

    private static String range(ApiLimits.DiskSize size) {
        return size.min() + "–" + size.max();
    }

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

    private static String between(String page, String beginMarker, String endMarker) {
        int begin = page.indexOf(beginMarker);
        int end = page.indexOf(endMarker);
        assertThat(begin).as("docs/validation.md has the marker %s", beginMarker).isNotNegative();
        assertThat(end).as("docs/validation.md has the marker %s", endMarker).isGreaterThan(begin);
        return page.substring(begin + beginMarker.length() + 1, end);
    }

    private static String replace(String page, String beginMarker, String endMarker, String content) {
        return page.substring(0, page.indexOf(beginMarker) + beginMarker.length() + 1) + content
                + page.substring(page.indexOf(endMarker));
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
        assertThat(between(page(), BEGIN, END))
                .as("docs/validation.md's codes table; regenerate it with -Dscalecfg.updateDocs=true (see this class)")
                .isEqualTo(table(CodeRegistry.builtIn()));
    }

    @Test
    void documentedDiskSizes_areTheApiLimits() throws IOException {
        assertThat(between(page(), DISK_BEGIN, DISK_END))
                .as("docs/validation.md's disk sizes; regenerate them with -Dscalecfg.updateDocs=true (see this class)")
                .isEqualTo(diskTable());
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
        String page = replace(page(), BEGIN, END, table(CodeRegistry.builtIn()));
        Files.writeString(PAGE, replace(page, DISK_BEGIN, DISK_END, diskTable()));
    }
}
