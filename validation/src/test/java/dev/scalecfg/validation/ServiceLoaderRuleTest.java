package dev.scalecfg.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rules installed as jars (META-INF/services) run only when the chain opts in. */
final class ServiceLoaderRuleTest {

    @Test
    void defaultChain_doesNotLoadInstalledRules() {
        assertThat(RuleChain.defaultChain().rules()).extracting(Rule::id).doesNotContain("test.cost-center-tag");
        assertThat(RuleChain.defaultChain().validate(Fixtures.reference()).getViolations()).isEmpty();
    }

    @Test
    void addServiceLoaderRules_runsTheInstalledRule() {
        RuleChain chain = RuleChain.builder().addDefaults().addServiceLoaderRules().build();

        assertThat(chain.rules()).extracting(Rule::id).endsWith("test.cost-center-tag");
        assertThat(chain.validate(Fixtures.reference()).codes()).containsExactly("COST_CENTER_TAG_MISSING");
        assertThat(chain.validate(Fixtures.builder().putTag("cost-center", "cc-42").build()).getViolations()).isEmpty();
    }

    @Test
    void withInstalledRules_withExplicitClassLoader() {
        RuleChain chain = RuleChain.builder().addServiceLoaderRules(getClass().getClassLoader()).build();
        RuleChain alias = RuleChain.builder().withInstalledRules().build();

        assertThat(chain.rules()).extracting(Rule::id).containsExactly("test.cost-center-tag");
        assertThat(alias.rules()).extracting(Rule::id).containsExactly("test.cost-center-tag");
    }
}
