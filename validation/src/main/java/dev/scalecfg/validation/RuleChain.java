package dev.scalecfg.validation;

import dev.scalecfg.core.ScalingConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * An immutable, thread-safe, ordered list of {@link Rule}s. {@link #validate} runs every rule,
 * collects every violation (never stopping at the first) and returns them in a deterministic
 * order.
 *
 * <pre>{@code
 * ValidationResult result = RuleChain.defaultChain().validate(config);
 *
 * RuleChain mine = RuleChain.builder()
 *     .addDefaults()                                  // every built-in rule
 *     .remove(BuiltInRules.SPOT.id())                 // minus one
 *     .add(Rule.of("org.example.cost-center", myCheck)) // plus my own
 *     .addServiceLoaderRules()                        // plus rules installed as jars (opt-in)
 *     .build();
 * mine.validate(config, ValidationContext.builder().networkType(NetworkType.VPC).build()).throwIfInvalid();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class RuleChain {

    private static final RuleChain DEFAULT = builder().addDefaults().build();

    private final List<Rule> rules;
    /** Derived on first use; racy but idempotent (the registry is immutable). */
    private volatile CodeRegistry codes;

    private RuleChain(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * Returns the chain of every built-in rule ({@link BuiltInRules#all()}), without
     * ServiceLoader rules.
     *
     * @return the default chain, shared and thread-safe
     */
    public static RuleChain defaultChain() {
        return DEFAULT;
    }

    /**
     * Returns an empty builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this chain's rules, to derive another chain.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.rules.addAll(rules);
        return builder;
    }

    /**
     * Returns the rules in order.
     *
     * @return the rules, unmodifiable
     */
    public List<Rule> rules() {
        return rules;
    }

    /**
     * Returns the registry of the codes this chain can report: the readers' codes and the codes
     * each rule declares ({@link Rule#codes()}).
     *
     * @return the registry
     * @throws IllegalArgumentException when two rules define the same code differently
     * @since 0.2.0
     */
    public CodeRegistry codes() {
        CodeRegistry registry = codes;
        if (registry == null) {
            registry = CodeRegistry.of(rules);
            codes = registry;
        }
        return registry;
    }

    /**
     * Validates with the empty context ({@link ValidationContext#empty()}).
     *
     * @param configuration the configuration
     * @return every violation found
     */
    public ValidationResult validate(ScalingConfiguration configuration) {
        return validate(configuration, ValidationContext.empty());
    }

    /**
     * Validates with the given context.
     *
     * @param configuration the configuration
     * @param context facts about the environment; rules needing an unknown fact are skipped
     * @return every violation found, in deterministic order
     */
    public ValidationResult validate(ScalingConfiguration configuration, ValidationContext context) {
        Objects.requireNonNull(configuration, "configuration");
        Objects.requireNonNull(context, "context");
        List<Violation> found = new ArrayList<>();
        for (Rule rule : rules) {
            found.addAll(rule.check(configuration, context));
        }
        return ValidationResult.of(found);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("RuleChain[");
        for (int i = 0; i < rules.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(rules.get(i).id());
        }
        return text.append(']').toString();
    }

    /** Composes a {@link RuleChain}; not thread-safe, the built chain is. */
    public static final class Builder {
        private final List<Rule> rules = new ArrayList<>();

        private Builder() {}

        /**
         * Appends every built-in rule, in the order of {@link BuiltInRules#all()}.
         *
         * @return this builder
         */
        public Builder addDefaults() {
            BuiltInRules.all().forEach(this::add);
            return this;
        }

        /**
         * Appends a rule.
         *
         * @param rule the rule; its ID must not already be in the chain
         * @return this builder
         * @throws IllegalArgumentException when a rule with the same ID is already present
         */
        public Builder add(Rule rule) {
            Objects.requireNonNull(rule, "rule");
            if (indexOf(rule.id()) >= 0) {
                throw new IllegalArgumentException("rule '" + rule.id() + "' is already in the chain; use replace()");
            }
            rules.add(rule);
            return this;
        }

        /**
         * Removes the rule with the given ID.
         *
         * @param id the rule ID, such as {@code BuiltInRules.SPOT.id()}
         * @return this builder
         * @throws IllegalArgumentException when no rule has that ID
         */
        public Builder remove(String id) {
            rules.remove(require(id));
            return this;
        }

        /**
         * Replaces the rule with the given ID, keeping its position.
         *
         * @param id the ID of the rule to replace
         * @param rule the new rule (its own ID may differ)
         * @return this builder
         * @throws IllegalArgumentException when no rule has that ID
         */
        public Builder replace(String id, Rule rule) {
            Objects.requireNonNull(rule, "rule");
            rules.set(require(id), rule);
            return this;
        }

        /**
         * Appends every rule installed through {@link ServiceLoader} (opt-in): implementations
         * of {@link Rule} registered in {@code META-INF/services/dev.scalecfg.validation.Rule}
         * or in a module-info {@code provides} clause, found with the thread context class
         * loader, in the order the loader returns them.
         *
         * @return this builder
         * @throws IllegalArgumentException when an installed rule's ID is already in the chain
         */
        public Builder addServiceLoaderRules() {
            return addServiceLoaderRules(ServiceLoader.load(Rule.class));
        }

        /**
         * Appends every rule installed through {@link ServiceLoader}, found with the given class
         * loader.
         *
         * @param classLoader where to look
         * @return this builder
         */
        public Builder addServiceLoaderRules(ClassLoader classLoader) {
            return addServiceLoaderRules(ServiceLoader.load(Rule.class, classLoader));
        }

        /**
         * Same as {@link #addServiceLoaderRules()}.
         *
         * @return this builder
         */
        public Builder withInstalledRules() {
            return addServiceLoaderRules();
        }

        private Builder addServiceLoaderRules(ServiceLoader<Rule> loader) {
            for (Rule rule : loader) {
                add(rule);
            }
            return this;
        }

        /**
         * Builds the immutable chain.
         *
         * @return the chain
         */
        public RuleChain build() {
            return new RuleChain(rules);
        }

        private int indexOf(String id) {
            for (int i = 0; i < rules.size(); i++) {
                if (rules.get(i).id().equals(id)) {
                    return i;
                }
            }
            return -1;
        }

        private int require(String id) {
            int index = indexOf(id);
            if (index < 0) {
                throw new IllegalArgumentException("no rule '" + id + "' in the chain");
            }
            return index;
        }
    }
}
