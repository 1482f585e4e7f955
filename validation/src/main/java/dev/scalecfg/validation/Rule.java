package dev.scalecfg.validation;

import dev.scalecfg.core.ScalingConfiguration;
import java.util.List;
import java.util.Objects;

/**
 * A validation rule: a pure function from a configuration and a context to violations. Rules
 * must be stateless (or immutable) and thread-safe, must never throw for any configuration, and
 * must skip (return nothing) when a context fact they need is unknown.
 *
 * <p>Write one as a lambda and give it an ID with {@link #of(String, Rule)}:
 * <pre>{@code
 * Rule costCenter = Rule.of("org.example.cost-center", (config, context) ->
 *     config.getTags().containsKey("cost-center")
 *         ? List.of()
 *         : List.of(Violation.error("COST_CENTER_TAG_MISSING", "tags", "Tags",
 *               "Tags has no 'cost-center' key; add one")));
 * }</pre>
 *
 * <p>Declare the codes a rule reports ({@link #codes()}, {@link #of(String, List, Rule)}): the chain's
 * {@link CodeRegistry} lists them with their severity, parameters and description, and tools (such
 * as {@code scalecfg rules}) show them.
 *
 * <p>To ship rules in a jar, implement this interface in a public class with a public no-argument
 * constructor and register it in {@code META-INF/services/dev.scalecfg.validation.Rule} (and
 * {@code provides dev.scalecfg.validation.Rule with …} in a module-info); users opt in with
 * {@link RuleChain.Builder#addServiceLoaderRules()}.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface Rule {

    /**
     * Checks a configuration.
     *
     * @param configuration the configuration
     * @param context facts about the environment
     * @return the violations found, never null, empty when the rule passes or is skipped
     */
    List<Violation> check(ScalingConfiguration configuration, ValidationContext context);

    /**
     * Returns the ID used by {@link RuleChain.Builder#remove(String)} and
     * {@link RuleChain.Builder#replace(String, Rule)}. Defaults to the class name; built-in rules
     * and {@link #of(String, Rule)} rules have short IDs.
     *
     * @return the rule ID
     */
    default String id() {
        return getClass().getName();
    }

    /**
     * Returns the codes this rule may report, each with its default severity, parameters and
     * description; the chain's {@link CodeRegistry} collects them. Defaults to none (an undeclared
     * code is still reported, but tools cannot list or describe it).
     *
     * @return the codes, never null
     * @since 0.2.0
     */
    default List<ViolationCode> codes() {
        return List.of();
    }

    /**
     * Gives a rule (typically a lambda) an ID.
     *
     * @param id the ID, unique within a chain
     * @param rule the check
     * @return a rule with that ID
     */
    static Rule of(String id, Rule rule) {
        return of(id, rule.codes(), rule);
    }

    /**
     * Gives a rule (typically a lambda) an ID and the codes it reports.
     *
     * @param id the ID, unique within a chain
     * @param codes the codes the check may report
     * @param rule the check
     * @return a rule with that ID and those codes
     * @since 0.2.0
     */
    static Rule of(String id, List<ViolationCode> codes, Rule rule) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rule, "rule");
        List<ViolationCode> declared = List.copyOf(codes);
        return new Rule() {
            @Override
            public List<Violation> check(ScalingConfiguration configuration, ValidationContext context) {
                return rule.check(configuration, context);
            }

            @Override
            public String id() {
                return id;
            }

            @Override
            public List<ViolationCode> codes() {
                return declared;
            }

            @Override
            public String toString() {
                return "Rule[" + id + "]";
            }
        };
    }
}
