package dev.scalecfg.validation.rules;

import static dev.scalecfg.core.ApiLimits.WEIGHTED_CAPACITY_MAX;
import static dev.scalecfg.core.ApiLimits.WEIGHTED_CAPACITY_MIN;

import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.IoOptimized;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.Shown;
import dev.scalecfg.validation.Rule;
import dev.scalecfg.validation.ValidationContext;
import dev.scalecfg.validation.ViolationCode;
import dev.scalecfg.validation.internal.Report;
import dev.scalecfg.validation.internal.ReportingRule;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Instance types: their sources and exclusivity (the rule {@code instance-types}), the credit
 * specification of burstable types ({@code credit-specification}) and the candidate options
 * ({@code candidate-options}).
 *
 * <p>The weighted list {@code InstanceTypeOverride} excludes {@code InstanceTypes}, so every entry has
 * a weight or none has; Cpu and Memory are not mixed with types (the 2022 operation doc). The retired
 * families are t1, s1–s3, m1–m2, c1–c2, n1–n2 and e3; {@link #IO_OPTIMIZED_NONE} is a warning because
 * the API default is optimized and only retired types run non-I/O-optimized (spec §1.3 and §5.1,
 * Terraform's {@code is_outdated}) but no source says the call fails. A credit specification is
 * "only meaningful" for burstable families ({@code t5}, {@code t6} and later {@code t<n>}, n ≥ 5),
 * hence a warning, skipped when only patterns are used.
 *
 * @since 0.2.0
 */
public final class InstanceTypeRules {

    /** No instance type source. */
    public static final ViolationCode INSTANCE_TYPE_MISSING = ViolationCode.error("INSTANCE_TYPE_MISSING")
            .addParameters("InstanceTypes.N", "InstancePatternInfo.N", "Cpu", "Memory")
            .description("instance types, instance patterns, or Cpu and Memory")
            .source("spec §3.1").build();
    /** Weighted and unweighted types mixed. */
    public static final ViolationCode INSTANCE_TYPE_WEIGHT_MIXED = ViolationCode.error("INSTANCE_TYPE_WEIGHT_MIXED")
            .addParameters("InstanceTypeOverride.N.WeightedCapacity")
            .description("every type weighted or none")
            .source("2021 API doc (InstanceTypeOverride excludes InstanceTypes)").build();
    /** A type listed twice. */
    public static final ViolationCode INSTANCE_TYPE_DUPLICATE = ViolationCode.error("INSTANCE_TYPE_DUPLICATE")
            .addParameters("InstanceTypes.N")
            .description("each type listed once")
            .source("logical").build();
    /** A retired family. */
    public static final ViolationCode INSTANCE_TYPE_RETIRED = ViolationCode.warning("INSTANCE_TYPE_RETIRED")
            .addParameters("InstanceTypes.N")
            .description("families t1, s1–s3, m1–m2, c1–c2, n1–n2 and e3 are retired")
            .source("spec §5.1").build();
    /** IoOptimized=none with current types. */
    public static final ViolationCode IO_OPTIMIZED_NONE = ViolationCode.warning("IO_OPTIMIZED_NONE")
            .addParameters("IoOptimized")
            .description("none only for retired types")
            .source("spec §1.3, §5.1, Terraform is_outdated").build();
    /** Cpu without Memory or the reverse. */
    public static final ViolationCode CPU_MEMORY_INCOMPLETE = ViolationCode.error("CPU_MEMORY_INCOMPLETE")
            .addParameters("Cpu", "Memory")
            .description("both or neither")
            .source("spec §1.2").build();
    /** Cpu and Memory together with types. */
    public static final ViolationCode CPU_MEMORY_WITH_TYPES = ViolationCode.error("CPU_MEMORY_WITH_TYPES")
            .addParameters("Cpu")
            .description("not with instance types")
            .source("2022 operation doc").build();
    /** A custom priority for a type that is not listed. */
    public static final ViolationCode CUSTOM_PRIORITY_TYPE_NOT_LISTED = ViolationCode.error("CUSTOM_PRIORITY_TYPE_NOT_LISTED")
            .addParameters("CustomPriorities.N.InstanceType")
            .description("one of the configuration's instance types")
            .source("spec §3.5").build();
    /** A credit specification without burstable types. */
    public static final ViolationCode CREDIT_SPECIFICATION_NOT_BURSTABLE = ViolationCode
            .warning("CREDIT_SPECIFICATION_NOT_BURSTABLE")
            .addParameters("CreditSpecification")
            .description("only burstable families: t5, t6 and later (tN with N ≥ 5)")
            .source("spec §2.9, §5.1").build();
    /** Cross-AZ supplementing without CIDR blocks. */
    public static final ViolationCode CANDIDATE_CIDR_REQUIRED = ViolationCode.error("CANDIDATE_CIDR_REQUIRED")
            .addParameters("InstanceTypeCandidateOptions.AllowCidrBlocks")
            .description("required when AllowCrossAz is true")
            .source("SDK 2026").build();

    /** Every code of {@link #INSTANCE_TYPES}. */
    public static final List<ViolationCode> CODES = List.of(INSTANCE_TYPE_MISSING, INSTANCE_TYPE_WEIGHT_MIXED,
            INSTANCE_TYPE_DUPLICATE, INSTANCE_TYPE_RETIRED, IO_OPTIMIZED_NONE, CPU_MEMORY_INCOMPLETE,
            CPU_MEMORY_WITH_TYPES, CUSTOM_PRIORITY_TYPE_NOT_LISTED);

    /** The rule {@code instance-types}. */
    public static final Rule INSTANCE_TYPES = ReportingRule.of("instance-types", CODES, InstanceTypeRules::instanceTypes);

    /** The rule {@code credit-specification}. */
    public static final Rule CREDIT_SPECIFICATION = ReportingRule.of("credit-specification",
            List.of(CREDIT_SPECIFICATION_NOT_BURSTABLE), InstanceTypeRules::creditSpecification);

    /** The rule {@code candidate-options}. */
    public static final Rule CANDIDATE_OPTIONS = ReportingRule.of("candidate-options",
            List.of(CANDIDATE_CIDR_REQUIRED), InstanceTypeRules::candidateOptions);

    private static final Pattern TYPE = Pattern.compile("ecs\\.([a-z0-9-]+)\\.[a-z0-9-]+");
    private static final Pattern BURSTABLE = Pattern.compile("t([5-9]|[1-9][0-9])");
    private static final Set<String> RETIRED =
            Set.of("t1", "s1", "s2", "s3", "m1", "m2", "c1", "c2", "n1", "n2", "e3");

    private InstanceTypeRules() {}

    private static void instanceTypes(ScalingConfiguration c, ValidationContext ctx, Report r) {
        List<InstanceTypeSpec> types = c.getInstanceTypes();
        if (types.isEmpty() && c.getInstancePatterns().isEmpty() && c.getCpu().isEmpty() && c.getMemory().isEmpty()) {
            r.add(INSTANCE_TYPE_MISSING, "instanceTypes", p -> "no instance type is set; list InstanceTypes, add an"
                    + " InstancePatternInfo, or give Cpu and Memory");
        }
        boolean anyWeighted = types.stream().anyMatch(t -> t.getWeightedCapacity().isPresent());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < types.size(); i++) {
            InstanceTypeSpec type = types.get(i);
            String name = type.getInstanceType();
            int index = i;
            if (anyWeighted && type.getWeightedCapacity().isEmpty()) {
                r.add(INSTANCE_TYPE_WEIGHT_MIXED, "instanceTypes[" + i + "].weightedCapacity", p -> p
                        + " is missing for " + Shown.text(name) + " while other types have a weight; give every type a"
                        + " weighted capacity (" + WEIGHTED_CAPACITY_MIN + " to " + WEIGHTED_CAPACITY_MAX + ") or none");
            }
            if (!seen.add(name)) {
                r.add(INSTANCE_TYPE_DUPLICATE, "instanceTypes[" + i + "].instanceType", p -> p + " repeats "
                        + Shown.text(name) + ", already listed earlier; list each type once");
            }
            family(name).filter(RETIRED::contains).ifPresent(family -> r.add(INSTANCE_TYPE_RETIRED,
                    "instanceTypes[" + index + "].instanceType", p -> p + " is " + Shown.text(name) + " of the retired family "
                            + family + "; choose a current family such as g7 or c7"));
        }
        if (c.getCpu().isPresent() != c.getMemory().isPresent()) {
            String present = c.getCpu().isPresent() ? "cpu" : "memory";
            String missing = c.getCpu().isPresent() ? "Memory" : "Cpu";
            r.add(CPU_MEMORY_INCOMPLETE, present, p -> p + " is set but " + missing + " is not; give both or neither");
        } else if (c.getCpu().isPresent() && !types.isEmpty()) {
            r.add(CPU_MEMORY_WITH_TYPES, "cpu", p -> p + " and Memory are set together with " + types.size()
                    + " instance type(s); use either instance types or Cpu and Memory, not both");
        }
        if (c.getNetwork().getIoOptimized().orElse(null) == IoOptimized.NONE) {
            types.stream().map(InstanceTypeSpec::getInstanceType)
                    .filter(name -> family(name).filter(f -> !RETIRED.contains(f)).isPresent())
                    .findFirst().ifPresent(name -> r.add(IO_OPTIMIZED_NONE, "network.ioOptimized", p -> p
                            + " is none but " + Shown.text(name) + " is a current instance type; only retired types run"
                            + " without I/O optimization, remove IoOptimized or set it to optimized"));
        }
        Set<String> listed = new HashSet<>();
        types.forEach(t -> listed.add(t.getInstanceType()));
        for (int i = 0; i < c.getCustomPriorities().size(); i++) {
            String type = c.getCustomPriorities().get(i).getInstanceType();
            if (!listed.contains(type)) {
                r.add(CUSTOM_PRIORITY_TYPE_NOT_LISTED, "customPriorities[" + i + "].instanceType", p -> p + " is "
                        + Shown.text(type) + ", which is not one of the configuration's instance types; add it to"
                        + " InstanceTypes or remove the priority");
            }
        }
    }

    /** The family of {@code ecs.<family>.<size>} without its spec suffix ({@code t5} for {@code ecs.t5-lc1m2.large}). */
    static Optional<String> family(String instanceType) {
        Matcher m = TYPE.matcher(instanceType);
        if (!m.matches()) {
            return Optional.empty();
        }
        String family = m.group(1);
        int dash = family.indexOf('-');
        return Optional.of(dash < 0 ? family : family.substring(0, dash));
    }

    /** Credit specification only on burstable families. */
    private static void creditSpecification(ScalingConfiguration c, ValidationContext ctx, Report r) {
        if (c.getCreditSpecification().isEmpty() || c.getInstanceTypes().isEmpty()) {
            return;
        }
        boolean anyBurstable = c.getInstanceTypes().stream()
                .map(t -> family(t.getInstanceType()))
                .anyMatch(f -> f.filter(name -> BURSTABLE.matcher(name).matches()).isPresent());
        if (!anyBurstable) {
            r.add(CREDIT_SPECIFICATION_NOT_BURSTABLE, "creditSpecification", p -> p + " is "
                    + c.getCreditSpecification().get().apiValue() + " but none of the " + c.getInstanceTypes().size()
                    + " instance type(s) is burstable (t5, t6, …); remove it or list a burstable type");
        }
    }

    /** Candidate options: cross-AZ supplementing needs CIDR blocks. */
    private static void candidateOptions(ScalingConfiguration c, ValidationContext ctx, Report r) {
        c.getInstanceTypeCandidateOptions().ifPresent(options -> {
            if (options.getAllowCrossAz().orElse(false) && options.getAllowCidrBlocks().isEmpty()) {
                r.add(CANDIDATE_CIDR_REQUIRED, "instanceTypeCandidateOptions.allowCidrBlocks", p -> p
                        + " is empty while AllowCrossAz is true; list the CIDR blocks instances may use in other zones");
            }
        });
    }
}
