package dev.scalecfg.validation.rules;

import static dev.scalecfg.core.ApiLimits.PATTERN_CPU_CORE_RATIO_MAX;

import dev.scalecfg.core.InstancePatternSpec;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.Shown;
import dev.scalecfg.validation.NetworkType;
import dev.scalecfg.validation.Rule;
import dev.scalecfg.validation.ValidationContext;
import dev.scalecfg.validation.ViolationCode;
import dev.scalecfg.validation.internal.Report;
import dev.scalecfg.validation.internal.ReportingRule;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Intelligent mode ({@code InstancePatternInfo.N}): Cores and Memory both, minimum ≤ maximum,
 * MaximumCpuCoreCount at most 4 times MinimumCpuCoreCount, and VPC scaling groups only (skipped when
 * the network type is unknown). Price sign and precision are field constraints
 * ({@link FieldRules}); the MaxPrice that SpotWithPriceLimit requires is {@link SpotRules}.
 *
 * @since 0.2.0
 */
public final class InstancePatternRules {

    /** Cores or Memory missing. */
    public static final ViolationCode INSTANCE_PATTERN_INCOMPLETE = ViolationCode.error("INSTANCE_PATTERN_INCOMPLETE")
            .addParameters("InstancePatternInfo.N.Cores", "InstancePatternInfo.N.Memory")
            .description("both required")
            .source("spec §1.2.1").build();
    /** Patterns in a classic-network group. */
    public static final ViolationCode INSTANCE_PATTERN_REQUIRES_VPC = ViolationCode.error("INSTANCE_PATTERN_REQUIRES_VPC")
            .addParameters("InstancePatternInfo.N")
            .description("VPC scaling groups only")
            .source("spec §3.3").build();
    /** A minimum above its maximum, or too wide a core range. */
    public static final ViolationCode INSTANCE_PATTERN_RANGE = ViolationCode.error("INSTANCE_PATTERN_RANGE")
            .addParameters("InstancePatternInfo.N.MaximumCpuCoreCount", "InstancePatternInfo.N.MaximumMemorySize",
                    "InstancePatternInfo.N.MaximumGpuAmount")
            .description("minimum ≤ maximum; MaximumCpuCoreCount ≤ " + PATTERN_CPU_CORE_RATIO_MAX + " × MinimumCpuCoreCount")
            .source("spec §1.2.1").build();

    /** Every code of {@link #INSTANCE_PATTERNS}. */
    public static final List<ViolationCode> CODES = List.of(INSTANCE_PATTERN_INCOMPLETE, INSTANCE_PATTERN_REQUIRES_VPC,
            INSTANCE_PATTERN_RANGE);

    /** The rule {@code instance-patterns}. */
    public static final Rule INSTANCE_PATTERNS = ReportingRule.of("instance-patterns", CODES,
            InstancePatternRules::instancePatterns);

    private InstancePatternRules() {}

    private static void instancePatterns(ScalingConfiguration c, ValidationContext ctx, Report r) {
        List<InstancePatternSpec> patterns = c.getInstancePatterns();
        if (!patterns.isEmpty() && ctx.resolveNetworkType().orElse(null) == NetworkType.CLASSIC) {
            r.add(INSTANCE_PATTERN_REQUIRES_VPC, "instancePatterns", p -> p + " is set but the scaling group is"
                    + " classic-network; intelligent mode needs a VPC scaling group, remove the patterns");
        }
        for (int i = 0; i < patterns.size(); i++) {
            InstancePatternSpec pattern = patterns.get(i);
            String base = "instancePatterns[" + i + "].";
            if (pattern.getCores().isEmpty() || pattern.getMemory().isEmpty()) {
                String missing = pattern.getCores().isEmpty() ? "cores" : "memory";
                r.add(INSTANCE_PATTERN_INCOMPLETE, base + missing, p -> p + " is missing; an instance pattern"
                        + " needs both Cores and Memory");
            }
            range(r, base, "CpuCoreCount", pattern.getMinimumCpuCoreCount().map(BigDecimal::valueOf),
                    pattern.getMaximumCpuCoreCount().map(BigDecimal::valueOf));
            range(r, base, "MemorySize", pattern.getMinimumMemorySize(), pattern.getMaximumMemorySize());
            range(r, base, "GpuAmount", pattern.getMinimumGpuAmount().map(BigDecimal::valueOf),
                    pattern.getMaximumGpuAmount().map(BigDecimal::valueOf));
            if (pattern.getMinimumCpuCoreCount().isPresent() && pattern.getMaximumCpuCoreCount().isPresent()) {
                int min = pattern.getMinimumCpuCoreCount().get();
                int max = pattern.getMaximumCpuCoreCount().get();
                if (min <= max && max > (long) PATTERN_CPU_CORE_RATIO_MAX * min) {
                    r.add(INSTANCE_PATTERN_RANGE, base + "maximumCpuCoreCount", p -> p + " is " + max
                            + " but MinimumCpuCoreCount is " + min + "; the maximum may be at most "
                            + PATTERN_CPU_CORE_RATIO_MAX + " times the minimum (" + (long) PATTERN_CPU_CORE_RATIO_MAX * min + ")");
                }
            }
        }
    }

    private static void range(Report r, String base, String what, Optional<BigDecimal> min, Optional<BigDecimal> max) {
        if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
            r.add(INSTANCE_PATTERN_RANGE, base + "maximum" + what, p -> p + " is " + Shown.number(max.get())
                    + " but Minimum" + what + " is " + Shown.number(min.get()) + "; the maximum must not be below the minimum");
        }
    }
}
