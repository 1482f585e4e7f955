package dev.scalecfg.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The codes table of docs/validation.md and the rules agree: every documented code is produced (with its
 * documented severity) by at least one boundary case, and every produced code is documented.
 */
final class DocumentedCodesTest {

    private static final Pattern ROW = Pattern.compile("^\\| ([A-Z][A-Z0-9_]+) \\| (ERROR|WARNING) \\|", Pattern.MULTILINE);

    static Map<String, Severity> documented() throws IOException {
        String readme = Files.readString(Path.of("..", "docs", "validation.md"));
        Map<String, Severity> codes = new TreeMap<>();
        Matcher row = ROW.matcher(readme);
        while (row.find()) {
            codes.put(row.group(1), Severity.valueOf(row.group(2)));
        }
        return codes;
    }

    static Map<String, Severity> produced() {
        Map<String, Severity> codes = new TreeMap<>();
        Stream.of(BuiltInRulesBoundaryTest.fieldCases(), BuiltInRulesBoundaryTest.nameCases(),
                        BuiltInRulesBoundaryTest.credentialCases(), BuiltInRulesBoundaryTest.typeCases(),
                        BuiltInRulesBoundaryTest.diskCases(), BuiltInRulesBoundaryTest.networkCases(),
                        BuiltInRulesBoundaryTest.otherCases())
                .flatMap(s -> s)
                .map(Arguments::get)
                .map(args -> (BoundaryCase) args[0])
                .forEach(boundary -> RuleChain.defaultChain().validate(boundary.configuration(), boundary.context)
                        .getViolations().forEach(v -> codes.put(v.getCode(), v.getSeverity())));
        return codes;
    }

    @Test
    void documentedTable_matchesTheRules() throws IOException {
        Map<String, Severity> documented = documented();

        assertThat(documented).hasSizeGreaterThan(80);
        assertThat(produced()).isEqualTo(documented);
    }
}
