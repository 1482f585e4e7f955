package dev.scalecfg.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/** Every built-in rule declares the codes it reports ({@link Rule#codes()}), and only documented ones. */
final class BuiltInRuleCodesTest {

    @Test
    void everyCodeARuleReportsOnTheBoundaryCasesIsDeclaredByThatRule() {
        BuiltInRulesBoundaryTest.allCases().map(Arguments::get).map(args -> (BoundaryCase) args[0]).forEach(boundary -> {
            for (Rule rule : BuiltInRules.all()) {
                for (Violation violation : rule.check(boundary.configuration(), boundary.context)) {
                    assertThat(rule.codes()).as("codes of rule %s (case %s)", rule.id(), boundary.label)
                            .contains(violation.getCode());
                }
            }
        });
    }

    @Test
    void theDeclaredCodesAreTheDocumentedOnes() throws IOException {
        Set<String> declared = new TreeSet<>();
        BuiltInRules.all().forEach(rule -> declared.addAll(rule.codes()));

        assertThat(declared).isEqualTo(DocumentedCodesTest.documented().keySet());
    }

    @Test
    void everyBuiltInRuleDeclaresCodes() {
        assertThat(BuiltInRules.all()).allSatisfy(rule -> assertThat(rule.codes()).as(rule.id()).isNotEmpty());
    }

    @Test
    void ruleOfKeepsTheDeclaredCodes() {
        Rule rule = Rule.of("org.example.x", Set.of("X_MISSING"), (configuration, context) -> java.util.List.of());
        Rule undeclared = Rule.of("org.example.y", (configuration, context) -> java.util.List.of());

        assertThat(rule.codes()).containsExactly("X_MISSING");
        assertThat(undeclared.codes()).isEmpty();
    }
}
