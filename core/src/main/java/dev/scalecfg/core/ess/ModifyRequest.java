package dev.scalecfg.core.ess;

import dev.scalecfg.core.FormatError;
import dev.scalecfg.core.LifecycleState;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.Shown;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code ModifyScalingConfiguration} request that turns one scaling configuration into
 * another, and the changes that request cannot make.
 *
 * <pre>{@code
 * ModifyRequest modify = ModifyRequest.between(live, wanted, ApiVersion.V2014_08_28);
 * if (modify.isPossible()) {
 *     Map<String, String> request = modify.toParameters("asc-bp1...");
 *     // {ScalingConfigurationId=asc-bp1..., SystemDisk.Size=60, DataDisk.1.Size=100, DataDisk.1.Category=cloud_essd, ...}
 * } else {
 *     modify.getRefusals();   // [SecurityEnhancementStrategy (MODIFY_NOT_SUPPORTED): ... create a new configuration]
 * }
 * }</pre>
 *
 * <p>The rules follow the API reference of {@code ModifyScalingConfiguration} of each version:
 * <ul>
 *   <li><b>What Modify cannot change.</b> {@code ScalingGroupId}, {@code SecurityEnhancementStrategy}
 *       and {@code ClientToken} in both versions; in 2014-08-28 also {@code Password} and
 *       {@code InternetMaxBandwidthIn}, which only the 2022-02-22 request has. {@code RegionId}
 *       names the region the configuration lives in and cannot change either. A change of one of
 *       them is a refusal ({@link #MODIFY_NOT_SUPPORTED}): it needs a new configuration. Modify has
 *       no {@code InstanceType}: a single type is sent as {@code InstanceTypes.1}, as every request
 *       of this library is.</li>
 *   <li><b>Lists are sent whole.</b> When any element of a list ({@code DataDisk.N},
 *       {@code SecurityGroupIds.N}, {@code InstancePatternInfo.N}, …) changes, every element of the
 *       new list is sent; the instance types ({@code InstanceTypes.N},
 *       {@code InstanceTypeOverride.N}, {@code SpotPriceLimit.N}) are one list. The reference does not
 *       say whether the API replaces or merges a list; sending it whole is what the Terraform
 *       provider does, and a note says so.</li>
 *   <li><b>Nothing is cleared.</b> The reference documents no way to clear a value or empty a list
 *       (neither an empty value nor an empty list), and the Terraform provider never does it either;
 *       a parameter that OLD has and NEW does not is a refusal ({@link #MODIFY_CANNOT_CLEAR}),
 *       except for the one documented case: the two ways of configuring network interfaces
 *       ({@code SecurityGroupId}/{@code SecurityGroupIds}/{@code Ipv6AddressCount}, or
 *       {@code NetworkInterfaces.N}) clear each other, so switching from one to the other sends the
 *       new one only. Sending both in one call fails ({@link #MODIFY_CONFLICT}).</li>
 *   <li><b>Image changes clear data disks.</b> "If the image previously used includes data disks,
 *       the original data disk information is cleared after you change the image": when
 *       {@code ImageId} changes and NEW has data disks, they are sent too.</li>
 *   <li><b>The lifecycle state</b> is not a parameter of the configuration; activating one is
 *       {@code ModifyScalingGroup} with {@code ActiveScalingConfigurationId}
 *       ({@link #MODIFY_NOT_A_PARAMETER}).</li>
 * </ul>
 *
 * <p>{@link #getParameters()} holds the secrets the request must carry ({@code Password},
 * {@code UserData}); {@link #toString()} masks them.
 *
 * @since 0.2.0
 */
public final class ModifyRequest {
    /** A change of a parameter that {@code ModifyScalingConfiguration} does not take. */
    public static final String MODIFY_NOT_SUPPORTED = "MODIFY_NOT_SUPPORTED";
    /** A parameter set in OLD and absent in NEW: the API documents no way to clear it. */
    public static final String MODIFY_CANNOT_CLEAR = "MODIFY_CANNOT_CLEAR";
    /** Both ways of configuring network interfaces in NEW: one call takes only one. */
    public static final String MODIFY_CONFLICT = "MODIFY_CONFLICT";
    /** A change of something that is not a parameter of the configuration (the lifecycle state). */
    public static final String MODIFY_NOT_A_PARAMETER = "MODIFY_NOT_A_PARAMETER";

    private static final Set<String> NOT_MODIFIABLE = Set.of("ScalingGroupId", "SecurityEnhancementStrategy",
            "ClientToken", "RegionId");
    private static final Set<String> NOT_MODIFIABLE_2014 = Set.of("Password", "InternetMaxBandwidthIn");
    /** The security-group way of configuring the primary network interface. */
    private static final List<String> ENI_SECURITY_GROUPS = List.of("SecurityGroupId", "SecurityGroupIds",
            "Ipv6AddressCount");
    private static final String ENI_INTERFACES = "NetworkInterfaces";
    private static final String ID = "ScalingConfigurationId";

    /** A change the request cannot make. Immutable. */
    public static final class Refusal {
        private final String parameter;
        private final String code;
        private final String reason;

        private Refusal(String parameter, String code, String reason) {
            this.parameter = parameter;
            this.code = code;
            this.reason = reason;
        }

        /**
         * Returns the parameter (or list, such as {@code DataDisk}) the change concerns.
         *
         * @return the parameter name
         */
        public String getParameter() {
            return parameter;
        }

        /**
         * Returns the stable code: {@link #MODIFY_NOT_SUPPORTED}, {@link #MODIFY_CANNOT_CLEAR},
         * {@link #MODIFY_CONFLICT} or {@link #MODIFY_NOT_A_PARAMETER}.
         *
         * @return the code
         */
        public String getCode() {
            return code;
        }

        /**
         * Returns why the change cannot be made and what to do instead.
         *
         * @return the reason, never quoting a secret
         */
        public String getReason() {
            return reason;
        }

        /**
         * Returns {@code parameter (code): reason}.
         *
         * @return the text
         */
        @Override
        public String toString() {
            return parameter + " (" + code + "): " + reason;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Refusal && ((Refusal) other).parameter.equals(parameter)
                    && ((Refusal) other).code.equals(code) && ((Refusal) other).reason.equals(reason);
        }

        @Override
        public int hashCode() {
            return Objects.hash(parameter, code, reason);
        }
    }

    private final ApiVersion version;
    private final Map<String, String> parameters;
    private final List<Refusal> refusals;
    private final List<String> notes;

    private ModifyRequest(ApiVersion version, Map<String, String> parameters, List<Refusal> refusals,
            List<String> notes) {
        this.version = version;
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        this.refusals = List.copyOf(refusals);
        this.notes = List.copyOf(notes);
    }

    /**
     * Works out the request that turns OLD into NEW.
     *
     * @param oldConfig the configuration as it is (for example read from a Describe response)
     * @param newConfig the configuration as it should be
     * @param version the API version of the request
     * @return the request, with its refusals
     * @throws NullPointerException if an argument is null
     */
    public static ModifyRequest between(ScalingConfiguration oldConfig, ScalingConfiguration newConfig,
            ApiVersion version) {
        Objects.requireNonNull(oldConfig, "oldConfig");
        Objects.requireNonNull(newConfig, "newConfig");
        Objects.requireNonNull(version, "version");
        Map<String, String> before = EssParameters.toParameters(oldConfig, version);
        Map<String, String> after = EssParameters.toParameters(newConfig, version);
        Groups groups = new Groups();
        Set<String> changedGroups = new LinkedHashSet<>();
        for (String parameter : ConfigurationDiff.union(before, after)) {
            if (!Objects.equals(before.get(parameter), after.get(parameter))) {
                changedGroups.add(groups.of(parameter));
            }
        }
        Set<String> send = new LinkedHashSet<>();
        List<Refusal> refusals = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean eniChanged = false;
        for (String group : changedGroups) {
            if (ENI_SECURITY_GROUPS.contains(group) || ENI_INTERFACES.equals(group)) {
                eniChanged = true;
            } else if (NOT_MODIFIABLE.contains(group)
                    || (version == ApiVersion.V2014_08_28 && NOT_MODIFIABLE_2014.contains(group))) {
                refusals.add(new Refusal(group, MODIFY_NOT_SUPPORTED, group
                        + " is not a parameter of ModifyScalingConfiguration (API " + version.text() + ")"
                        + (version == ApiVersion.V2014_08_28 && NOT_MODIFIABLE_2014.contains(group)
                                ? "; the 2022-02-22 API can change it" : "")
                        + "; create a new scaling configuration to change it"));
            } else if (groups.members(after, group).isEmpty()) {
                refusals.add(cannotClear(group));
            } else {
                send.add(group);
            }
        }
        if (eniChanged) {
            networkInterfaces(groups, before, after, send, refusals, notes);
        }
        if (changedGroups.contains("ImageId") && !send.contains(dataDiskGroup(version))
                && !groups.members(after, dataDiskGroup(version)).isEmpty()) {
            send.add(dataDiskGroup(version));
            notes.add("ImageId changes, which clears the data disks of the old image: "
                    + dataDiskGroup(version) + ".N are sent again");
        }
        Map<String, String> request = new LinkedHashMap<>();
        for (Map.Entry<String, String> parameter : after.entrySet()) {
            if (send.contains(groups.of(parameter.getKey()))) {
                request.put(parameter.getKey(), parameter.getValue());
            }
        }
        if (send.stream().anyMatch(group -> isList(after, group))) {
            notes.add("lists are sent whole; the API reference does not say whether a list is replaced or"
                    + " merged (the Terraform provider also sends whole lists)");
        }
        LifecycleState was = oldConfig.getLifecycleState().orElse(null);
        LifecycleState is = newConfig.getLifecycleState().orElse(null);
        if (was != is) {
            refusals.add(new Refusal(ConfigurationDiff.LIFECYCLE_STATE, MODIFY_NOT_A_PARAMETER,
                    "the lifecycle state is not a parameter of the configuration; activate a configuration with"
                            + " ModifyScalingGroup and its ActiveScalingConfigurationId"));
        }
        return new ModifyRequest(version, request, refusals, notes);
    }

    private static String dataDiskGroup(ApiVersion version) {
        return version == ApiVersion.V2014_08_28 ? "DataDisk" : "DataDisks";
    }

    private static boolean isList(Map<String, String> parameters, String group) {
        return EssPaths.INSTANCE_GROUP.equals(group)
                || parameters.keySet().stream().anyMatch(key -> key.startsWith(group + "."));
    }

    /** The group of each parameter ({@link EssPaths#group(String)}), computed once per name. */
    private static final class Groups {
        private final Map<String, String> groupOf = new java.util.HashMap<>();

        String of(String parameter) {
            return groupOf.computeIfAbsent(parameter, EssPaths::group);
        }

        Set<String> members(Map<String, String> parameters, String group) {
            Set<String> members = new LinkedHashSet<>();
            for (String key : parameters.keySet()) {
                if (of(key).equals(group)) {
                    members.add(key);
                }
            }
            return members;
        }
    }

    private static Refusal cannotClear(String group) {
        String name = EssPaths.INSTANCE_GROUP.equals(group) ? "InstanceTypes" : group;
        return new Refusal(name, MODIFY_CANNOT_CLEAR, name + " is set in the old configuration and not in the new"
                + " one; the API reference documents no way to clear it with ModifyScalingConfiguration (nor does"
                + " Terraform), so give it the value you want or create a new scaling configuration");
    }

    /**
     * The two ways of configuring network interfaces clear each other (documented); within one way,
     * the whole way is sent.
     */
    private static void networkInterfaces(Groups groups, Map<String, String> before, Map<String, String> after, Set<String> send,
            List<Refusal> refusals, List<String> notes) {
        Set<String> securityGroups = new LinkedHashSet<>();
        for (String group : ENI_SECURITY_GROUPS) {
            if (!groups.members(after, group).isEmpty()) {
                securityGroups.add(group);
            }
        }
        boolean interfaces = !groups.members(after, ENI_INTERFACES).isEmpty();
        if (!securityGroups.isEmpty() && interfaces) {
            refusals.add(new Refusal(ENI_INTERFACES, MODIFY_CONFLICT, "the new configuration sets both "
                    + String.join(", ", securityGroups) + " and NetworkInterfaces.N; one ModifyScalingConfiguration"
                    + " call takes only one of the two ways of configuring network interfaces"));
            return;
        }
        if (interfaces) {
            send.add(ENI_INTERFACES);
            if (ENI_SECURITY_GROUPS.stream().anyMatch(group -> !groups.members(before, group).isEmpty())) {
                notes.add("NetworkInterfaces.N replaces SecurityGroupId, SecurityGroupIds and Ipv6AddressCount,"
                        + " which it clears (documented)");
            }
            return;
        }
        if (securityGroups.isEmpty()) {
            for (String group : ENI_SECURITY_GROUPS) {
                if (!groups.members(before, group).isEmpty()) {
                    refusals.add(cannotClear(group));
                }
            }
            if (!groups.members(before, ENI_INTERFACES).isEmpty()) {
                refusals.add(cannotClear(ENI_INTERFACES));
            }
            return;
        }
        send.addAll(securityGroups);
        if (!groups.members(before, ENI_INTERFACES).isEmpty()) {
            notes.add(String.join(", ", securityGroups) + " replace NetworkInterfaces.N, which they clear (documented)");
        }
        for (String group : ENI_SECURITY_GROUPS) {
            if (!securityGroups.contains(group) && !groups.members(before, group).isEmpty()) {
                if ("Ipv6AddressCount".equals(group)) {
                    refusals.add(cannotClear(group));
                } else {
                    notes.add(group + " is not sent: " + String.join(", ", securityGroups) + " takes its place"
                            + " (the two exclude each other; whether the API clears " + group
                            + " is not documented)");
                }
            }
        }
    }

    /**
     * Returns the API version of the request.
     *
     * @return the version
     */
    public ApiVersion getApiVersion() {
        return version;
    }

    /**
     * Returns the parameters to send, without {@code ScalingConfigurationId}, secrets included.
     *
     * @return the parameters in the order of the API reference (unmodifiable); empty when nothing
     *     that Modify takes differs
     */
    public Map<String, String> getParameters() {
        return parameters;
    }

    /**
     * Returns the whole request for one configuration: {@code ScalingConfigurationId} first, then
     * {@link #getParameters()}.
     *
     * @param scalingConfigurationId the ID of the configuration to modify, such as {@code asc-bp1...}
     * @return a new, modifiable map
     * @throws NullPointerException if the ID is null
     * @throws IllegalArgumentException if the ID is blank
     */
    public Map<String, String> toParameters(String scalingConfigurationId) {
        Objects.requireNonNull(scalingConfigurationId, "scalingConfigurationId");
        if (scalingConfigurationId.isBlank()) {
            throw new IllegalArgumentException("a ScalingConfigurationId is not blank");
        }
        Map<String, String> request = new LinkedHashMap<>();
        request.put(ID, scalingConfigurationId);
        request.putAll(parameters);
        return request;
    }

    /**
     * Returns the changes the request cannot make.
     *
     * @return the refusals, empty when NEW can be reached with this request
     */
    public List<Refusal> getRefusals() {
        return refusals;
    }

    /**
     * Returns remarks on how the request was built (lists sent whole, interfaces that clear each
     * other, data disks sent again after an image change).
     *
     * @return the notes
     */
    public List<String> getNotes() {
        return notes;
    }

    /**
     * Tells whether this request turns OLD into NEW.
     *
     * @return true when there is no refusal
     */
    public boolean isPossible() {
        return refusals.isEmpty();
    }

    /**
     * Tells whether there is nothing to do: no parameter to send and no refusal.
     *
     * @return true when OLD and NEW do not differ in anything Modify concerns
     */
    public boolean isEmpty() {
        return parameters.isEmpty() && refusals.isEmpty();
    }

    /**
     * Returns the request as text, secrets shown as {@code ****}: one {@code Name=value} line per
     * parameter, then one line per refusal.
     *
     * @return the text
     */
    @Override
    public String toString() {
        List<String> lines = new ArrayList<>();
        parameters.forEach((name, value) -> lines.add(name + "="
                + (FormatError.isSecret(name) ? "****" : Shown.text(value))));
        refusals.forEach(refusal -> lines.add("refused: " + refusal));
        return lines.isEmpty() ? "(nothing to modify)" : String.join("\n", lines);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ModifyRequest)) {
            return false;
        }
        ModifyRequest that = (ModifyRequest) other;
        return version == that.version && parameters.equals(that.parameters) && refusals.equals(that.refusals)
                && notes.equals(that.notes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(version, parameters, refusals, notes);
    }
}
