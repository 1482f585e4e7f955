package dev.scalecfg.validation.plugins;

import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.validation.Rule;
import dev.scalecfg.validation.ValidationContext;
import dev.scalecfg.validation.Violation;
import java.util.List;

/** Plugin classes that break the {@link Rule} contract in one way each, for the RuleJars tests. */
public final class BrokenRules {
    private BrokenRules() {}

    /** Its constructor throws. */
    public static final class ThrowingConstructor implements Rule {
        /** Fails. */
        public ThrowingConstructor() {
            throw new IllegalStateException("no licence file");
        }

        @Override
        public List<Violation> check(ScalingConfiguration configuration, ValidationContext context) {
            return List.of();
        }
    }

    /** Not a rule at all. */
    public static final class NotARule {
        /** Creates it. */
        public NotARule() {
            // nothing
        }
    }

    /** Throws while checking, with the configuration's password in the message. */
    public static final class FailsWhileChecking implements Rule {
        /** Creates it. */
        public FailsWhileChecking() {
            // stateless
        }

        @Override
        public String id() {
            return "test.fails";
        }

        @Override
        public List<Violation> check(ScalingConfiguration configuration, ValidationContext context) {
            throw new IllegalArgumentException("bad password " + configuration.getCredentials().getPassword()
                    .map(password -> password.reveal()).orElse("none"));
        }
    }

    /** Has the ID of a built-in rule. */
    public static final class BuiltInId implements Rule {
        /** Creates it. */
        public BuiltInId() {
            // stateless
        }

        @Override
        public String id() {
            return "spot";
        }

        @Override
        public List<Violation> check(ScalingConfiguration configuration, ValidationContext context) {
            return List.of();
        }
    }

    /** Has a blank ID. */
    public static final class BlankId implements Rule {
        /** Creates it. */
        public BlankId() {
            // stateless
        }

        @Override
        public String id() {
            return " ";
        }

        @Override
        public List<Violation> check(ScalingConfiguration configuration, ValidationContext context) {
            return List.of();
        }
    }

    /** Has no public no-argument constructor. */
    public static final class NeedsAnArgument implements Rule {
        /**
         * Creates it.
         *
         * @param setting anything
         */
        public NeedsAnArgument(String setting) {
            // ignored
        }

        @Override
        public List<Violation> check(ScalingConfiguration configuration, ValidationContext context) {
            return List.of();
        }
    }
}
