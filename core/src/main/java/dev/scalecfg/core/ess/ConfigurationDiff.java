package dev.scalecfg.core.ess;

import dev.scalecfg.core.FormatError;
import dev.scalecfg.core.LifecycleState;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.Shown;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What differs between two scaling configurations, parameter by parameter, as the ESS API names
 * them: the parameters added, removed and changed, with their old and new values.
 *
 * <pre>{@code
 * ConfigurationDiff diff = ConfigurationDiff.between(live, wanted);
 * diff.isEmpty();          // false
 * diff.toString();
 * // ~ SystemDisk.Size: 40 -> 60
 * // + DataDisk.2.Size: 200
 * // - KeyPairName: web-key
 * // ~ Password: **** -> ****
 * }</pre>
 *
 * <p>Both configurations are written with
 * {@link EssParameters#toParameters(ScalingConfiguration, ApiVersion)} and compared parameter by
 * parameter, so a list element inserted at the front shows as changes to every later element, as
 * the API would see it. The lifecycle state, which is not a parameter, is compared too and
 * reported as {@code LifecycleState}. Values of secrets ({@code Password}, {@code UserData}) are
 * never shown: a changed secret is reported with both values as {@code ****}.
 *
 * <p>Instances are immutable.
 *
 * @since 0.2.0
 */
public final class ConfigurationDiff {
    /** The name under which a change of the lifecycle state is reported; it is not an API parameter. */
    public static final String LIFECYCLE_STATE = "LifecycleState";

    private static final String MASK = "****";

    /** How a parameter differs. */
    public enum Kind {
        /** Only the new configuration has the parameter. */
        ADDED("+"),
        /** Only the old configuration has the parameter. */
        REMOVED("-"),
        /** Both have it, with different values. */
        CHANGED("~");

        private final String symbol;

        Kind(String symbol) {
            this.symbol = symbol;
        }

        /**
         * Returns the one-character symbol of the kind in the text form.
         *
         * @return {@code +}, {@code -} or {@code ~}
         */
        public String symbol() {
            return symbol;
        }
    }

    /** One parameter that differs. Immutable; secrets are masked. */
    public static final class Change {
        private final String parameter;
        private final Kind kind;
        private final String oldValue;
        private final String newValue;

        private Change(String parameter, String oldValue, String newValue) {
            this.parameter = parameter;
            this.kind = oldValue == null ? Kind.ADDED : newValue == null ? Kind.REMOVED : Kind.CHANGED;
            boolean secret = FormatError.isSecret(parameter);
            this.oldValue = oldValue == null ? null : secret ? MASK : oldValue;
            this.newValue = newValue == null ? null : secret ? MASK : newValue;
        }

        /**
         * Returns the parameter, in the spelling of the diff's API version, such as
         * {@code DataDisk.2.Size}, or {@link ConfigurationDiff#LIFECYCLE_STATE}.
         *
         * @return the parameter name
         */
        public String getParameter() {
            return parameter;
        }

        /**
         * Returns how the parameter differs.
         *
         * @return the kind
         */
        public Kind getKind() {
            return kind;
        }

        /**
         * Returns the old value as the API takes it, {@code ****} for a secret.
         *
         * @return the old value, absent for an added parameter
         */
        public Optional<String> getOldValue() {
            return Optional.ofNullable(oldValue);
        }

        /**
         * Returns the new value as the API takes it, {@code ****} for a secret.
         *
         * @return the new value, absent for a removed parameter
         */
        public Optional<String> getNewValue() {
            return Optional.ofNullable(newValue);
        }

        /**
         * Returns the change as one line, values bounded in length: {@code ~ SystemDisk.Size: 40 -> 60},
         * {@code + KeyPairName: web-key}, {@code - DataDisk.2.Size: 200}.
         *
         * @return the line
         */
        @Override
        public String toString() {
            String text = kind.symbol() + " " + parameter + ": ";
            switch (kind) {
                case ADDED:
                    return text + Shown.text(newValue);
                case REMOVED:
                    return text + Shown.text(oldValue);
                default:
                    return text + Shown.text(oldValue) + " -> " + Shown.text(newValue);
            }
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Change)) {
                return false;
            }
            Change that = (Change) other;
            return parameter.equals(that.parameter) && kind == that.kind && Objects.equals(oldValue, that.oldValue)
                    && Objects.equals(newValue, that.newValue);
        }

        @Override
        public int hashCode() {
            return Objects.hash(parameter, kind, oldValue, newValue);
        }
    }

    private final ApiVersion version;
    private final List<Change> changes;

    private ConfigurationDiff(ApiVersion version, List<Change> changes) {
        this.version = version;
        this.changes = List.copyOf(changes);
    }

    /**
     * Compares two configurations by their 2014-08-28 parameters.
     *
     * @param oldConfig the configuration as it is
     * @param newConfig the configuration as it should be
     * @return the differences
     * @throws NullPointerException if an argument is null
     */
    public static ConfigurationDiff between(ScalingConfiguration oldConfig, ScalingConfiguration newConfig) {
        return between(oldConfig, newConfig, ApiVersion.V2014_08_28);
    }

    /**
     * Compares two configurations by the parameters of an API version.
     *
     * @param oldConfig the configuration as it is
     * @param newConfig the configuration as it should be
     * @param version the API version whose parameter names to use
     * @return the differences, in the order the API reference lists the parameters
     * @throws NullPointerException if an argument is null
     */
    public static ConfigurationDiff between(ScalingConfiguration oldConfig, ScalingConfiguration newConfig,
            ApiVersion version) {
        Objects.requireNonNull(oldConfig, "oldConfig");
        Objects.requireNonNull(newConfig, "newConfig");
        Objects.requireNonNull(version, "version");
        Map<String, String> before = EssParameters.toParameters(oldConfig, version);
        Map<String, String> after = EssParameters.toParameters(newConfig, version);
        List<Change> changes = new ArrayList<>();
        for (String parameter : union(before, after)) {
            String was = before.get(parameter);
            String is = after.get(parameter);
            if (!Objects.equals(was, is)) {
                changes.add(new Change(parameter, was, is));
            }
        }
        String was = oldConfig.getLifecycleState().map(LifecycleState::apiValue).orElse(null);
        String is = newConfig.getLifecycleState().map(LifecycleState::apiValue).orElse(null);
        if (!Objects.equals(was, is)) {
            changes.add(new Change(LIFECYCLE_STATE, was, is));
        }
        return new ConfigurationDiff(version, changes);
    }

    /**
     * The parameter names of both maps, in the order of the API reference (the order
     * {@link EssParameters#toParameters(ScalingConfiguration, ApiVersion)} writes).
     */
    static List<String> union(Map<String, String> before, Map<String, String> after) {
        Set<String> names = new LinkedHashSet<>(before.keySet());
        names.addAll(after.keySet());
        Map<String, int[]> keys = new HashMap<>();
        for (String name : names) {
            keys.put(name, EssPaths.orderKey(name));
        }
        List<String> ordered = new ArrayList<>(names);
        ordered.sort(Comparator.comparing(keys::get, Arrays::compare));
        return ordered;
    }

    /**
     * Returns the API version whose parameter names the diff uses.
     *
     * @return the version
     */
    public ApiVersion getApiVersion() {
        return version;
    }

    /**
     * Returns every parameter that differs.
     *
     * @return the changes, in the order the API reference lists the parameters
     */
    public List<Change> getChanges() {
        return changes;
    }

    /**
     * Returns the changes of one kind.
     *
     * @param kind the kind
     * @return the changes of that kind, in order
     */
    public List<Change> getChanges(Kind kind) {
        Objects.requireNonNull(kind, "kind");
        return changes.stream().filter(change -> change.getKind() == kind).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Tells whether the two configurations are the same, parameter for parameter.
     *
     * @return true when nothing differs
     */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /**
     * Returns one line per change (see {@link Change#toString()}), or {@code (no differences)}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return changes.isEmpty() ? "(no differences)"
                : changes.stream().map(Change::toString).collect(Collectors.joining("\n"));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConfigurationDiff && ((ConfigurationDiff) other).version == version
                && ((ConfigurationDiff) other).changes.equals(changes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(version, changes);
    }
}
