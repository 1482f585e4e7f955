package dev.scalecfg.validation;

import dev.scalecfg.validation.rules.ReaderCodes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The registry of violation codes: every code a chain can report, with its default severity, the
 * API parameters it concerns, its description and its owners, the ids of the rules that report it
 * (or {@value #READER} for the mistakes the readers find in a document).
 *
 * <p>The registry is derived, never hand-kept: {@link #of(Collection)} collects the reader codes
 * ({@link ReaderCodes}) and the {@link Rule#codes()} of each rule; {@link #builtIn()} is the registry
 * of {@link RuleChain#defaultChain()}. A code may have several owners (both disk rules report
 * {@code DISK_SIZE_OUT_OF_RANGE}) but only one definition: registering the same code with another
 * severity, description or parameters fails.
 *
 * <pre>{@code
 * CodeRegistry codes = RuleChain.defaultChain().codes();
 * ViolationCode code = codes.get("DISK_SIZE_OUT_OF_RANGE");   // ERROR, SystemDisk.Size, DataDisk.N.Size, …
 * codes.owners("DISK_SIZE_OUT_OF_RANGE");                     // [system-disk, data-disks]
 * }</pre>
 *
 * @since 0.2.0
 */
public final class CodeRegistry {

    /** The owner of the codes the readers report ({@code dev.scalecfg.core.io.ReadCodes}). */
    public static final String READER = "reader";

    private static final class BuiltIn {
        static final CodeRegistry INSTANCE = of(BuiltInRules.all());

        private BuiltIn() {}
    }

    private final Map<String, ViolationCode> codes;
    private final Map<String, List<String>> owners;

    private CodeRegistry(Map<String, ViolationCode> codes, Map<String, List<String>> owners) {
        this.codes = Collections.unmodifiableMap(new LinkedHashMap<>(codes));
        Map<String, List<String>> copy = new LinkedHashMap<>();
        owners.forEach((code, list) -> copy.put(code, List.copyOf(list)));
        this.owners = Collections.unmodifiableMap(copy);
    }

    /**
     * Returns the registry of the default chain: the reader codes and the codes of every built-in
     * rule.
     *
     * @return the registry, shared
     */
    public static CodeRegistry builtIn() {
        return BuiltIn.INSTANCE;
    }

    /**
     * Returns the registry of a list of rules: the codes each rule declares, in rule order, then the
     * reader codes.
     *
     * @param rules the rules
     * @return the registry
     * @throws IllegalArgumentException when two rules define the same code differently
     */
    public static CodeRegistry of(Collection<? extends Rule> rules) {
        Builder builder = builder();
        for (Rule rule : rules) {
            builder.registerAll(rule.id(), rule.codes());
        }
        return builder.registerAll(READER, ReaderCodes.CODES).build();
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
     * Finds a code.
     *
     * @param code the code, such as {@code DISK_SIZE_OUT_OF_RANGE}
     * @return its definition, empty when it is not registered
     */
    public Optional<ViolationCode> find(String code) {
        return Optional.ofNullable(codes.get(code));
    }

    /**
     * Returns a registered code.
     *
     * @param code the code
     * @return its definition
     * @throws IllegalArgumentException when the code is not registered
     */
    public ViolationCode get(String code) {
        ViolationCode found = codes.get(code);
        if (found == null) {
            throw new IllegalArgumentException("no code '" + code + "' is registered");
        }
        return found;
    }

    /**
     * Tells whether a code is registered.
     *
     * @param code the code
     * @return true when registered
     */
    public boolean contains(String code) {
        return codes.containsKey(code);
    }

    /**
     * Returns every registered code, in registration order (rule by rule, then the reader codes).
     *
     * @return the codes, unmodifiable
     */
    public List<ViolationCode> codes() {
        return List.copyOf(codes.values());
    }

    /**
     * Returns the owners of a code: the ids of the rules reporting it, or {@value #READER}.
     *
     * @param code the code
     * @return the owners in registration order, empty when the code is not registered
     */
    public List<String> owners(String code) {
        return owners.getOrDefault(code, List.of());
    }

    /**
     * Returns the codes one owner reports.
     *
     * @param owner a rule id, or {@value #READER}
     * @return the codes in registration order, unmodifiable
     */
    public List<ViolationCode> ownedBy(String owner) {
        List<ViolationCode> owned = new ArrayList<>();
        owners.forEach((code, list) -> {
            if (list.contains(owner)) {
                owned.add(codes.get(code));
            }
        });
        return List.copyOf(owned);
    }

    @Override
    public String toString() {
        return "CodeRegistry" + codes.keySet();
    }

    /** Collects codes; not thread-safe, the built registry is. */
    public static final class Builder {
        private final Map<String, ViolationCode> codes = new LinkedHashMap<>();
        private final Map<String, List<String>> owners = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Registers a code for an owner.
         *
         * @param owner the id of the rule reporting it, or {@value CodeRegistry#READER}
         * @param code the code
         * @return this builder
         * @throws IllegalArgumentException when the code is already registered with another definition
         */
        public Builder register(String owner, ViolationCode code) {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(code, "code");
            ViolationCode known = codes.putIfAbsent(code.getCode(), code);
            if (known != null && !known.equals(code)) {
                throw new IllegalArgumentException("code " + code.getCode() + " of '" + owner
                        + "' is already registered with another definition by " + owners.get(code.getCode()));
            }
            List<String> list = owners.computeIfAbsent(code.getCode(), unused -> new ArrayList<>());
            if (!list.contains(owner)) {
                list.add(owner);
            }
            return this;
        }

        /**
         * Registers codes for an owner.
         *
         * @param owner the id of the rule reporting them, or {@value CodeRegistry#READER}
         * @param codes the codes
         * @return this builder
         * @throws IllegalArgumentException when a code is already registered with another definition
         */
        public Builder registerAll(String owner, Collection<ViolationCode> codes) {
            codes.forEach(code -> register(owner, code));
            return this;
        }

        /**
         * Builds the immutable registry.
         *
         * @return the registry
         */
        public CodeRegistry build() {
            return new CodeRegistry(codes, owners);
        }
    }
}
