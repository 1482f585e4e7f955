package dev.scalecfg.launcher.internal;

import dev.scalecfg.core.BurstablePerformance;
import dev.scalecfg.core.InstancePatternSpec;
import dev.scalecfg.core.Shown;
import dev.scalecfg.core.scaleout.InstanceTypeInfo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether one catalog type matches one intelligent-mode pattern ({@code InstancePatternInfos.N},
 * spec §1.2.1). Checked in this order: the attributes the catalog gives (a mismatch is silent: the
 * type is simply not of this pattern's shape), the pattern's exclusions, the attributes the
 * pattern filters on that the catalog does not give, and the pattern's {@code MaxPrice}.
 */
public final class PatternMatcher {
    /** The verdict, most definite first. */
    public enum Verdict {
        /** A known attribute differs: the type is not of the pattern's shape. */
        MISMATCH,
        /** {@code ExcludedInstanceTypes} names the type (exactly or by a {@code *} wildcard). */
        EXCLUDED,
        /** The pattern filters on an attribute the catalog does not give for the type. */
        UNKNOWN,
        /** The type's price is above the pattern's {@code MaxPrice}. */
        ABOVE_MAX,
        /** The type matches. */
        MATCH
    }

    /**
     * A verdict with its explanation.
     *
     * @param verdict the verdict
     * @param detail why, for the trace (empty for a match or a mismatch)
     */
    public record Result(Verdict verdict, String detail) {}

    private PatternMatcher() {}

    /**
     * Matches a type against a pattern.
     *
     * @param pattern the pattern
     * @param number the pattern's number, from 1
     * @param type the catalog entry
     * @param price the type's price with the configuration's billing, if known
     * @return the verdict
     */
    public static Result match(InstancePatternSpec pattern, int number, InstanceTypeInfo type, Optional<BigDecimal> price) {
        if (!shape(pattern, type)) {
            return new Result(Verdict.MISMATCH, "");
        }
        for (String excluded : pattern.getExcludedInstanceTypes()) {
            if (glob(excluded, type.getInstanceType())) {
                return new Result(Verdict.EXCLUDED, "pattern " + number + " excludes it (ExcludedInstanceTypes '"
                        + Shown.text(excluded) + "')");
            }
        }
        List<String> unknown = unknown(pattern, type);
        if (!unknown.isEmpty()) {
            return new Result(Verdict.UNKNOWN, "pattern " + number + " filters on " + String.join(", ", unknown)
                    + ", which the snapshot's catalog does not give for this type");
        }
        if (pattern.getMaxPrice().isPresent() && price.isPresent() && price.get().compareTo(pattern.getMaxPrice().get()) > 0) {
            return new Result(Verdict.ABOVE_MAX, "price " + Shown.number(price.get()) + " > MaxPrice "
                    + Shown.number(pattern.getMaxPrice().get()) + " of pattern " + number);
        }
        return new Result(Verdict.MATCH, "");
    }

    /** The attributes the catalog gives, compared; an unknown attribute does not count against. */
    private static boolean shape(InstancePatternSpec p, InstanceTypeInfo t) {
        int vcpus = t.getVcpus();
        BigDecimal memory = t.getMemory();
        if (p.getCores().filter(c -> c != vcpus).isPresent()
                || p.getMemory().filter(m -> m.compareTo(memory) != 0).isPresent()
                || p.getMinimumCpuCoreCount().filter(min -> vcpus < min).isPresent()
                || p.getMaximumCpuCoreCount().filter(max -> vcpus > max).isPresent()
                || p.getMinimumMemorySize().filter(min -> memory.compareTo(min) < 0).isPresent()
                || p.getMaximumMemorySize().filter(max -> memory.compareTo(max) > 0).isPresent()) {
            return false;
        }
        if (!p.getInstanceTypeFamilies().isEmpty() && !p.getInstanceTypeFamilies().contains(t.family())) {
            return false;
        }
        BurstablePerformance burstable = p.getBurstablePerformance().orElse(BurstablePerformance.INCLUDE);
        if ((burstable == BurstablePerformance.EXCLUDE && t.isBurstable())
                || (burstable == BurstablePerformance.REQUIRED && !t.isBurstable())) {
            return false;
        }
        if (p.getInstanceFamilyLevel().isPresent() && t.getFamilyLevel().isPresent()
                && p.getInstanceFamilyLevel().get() != t.getFamilyLevel().get()) {
            return false;
        }
        if (!p.getArchitectures().isEmpty() && t.getArchitecture().isPresent()
                && p.getArchitectures().stream().noneMatch(a -> architecture(a).equals(architecture(t.getArchitecture().get())))) {
            return false;
        }
        if (!p.getCpuArchitectures().isEmpty() && t.getCpuArchitecture().isPresent()
                && p.getCpuArchitectures().stream().noneMatch(a -> a.equalsIgnoreCase(t.getCpuArchitecture().get()))) {
            return false;
        }
        boolean gpuFilter = p.getMinimumGpuAmount().isPresent() || p.getMaximumGpuAmount().isPresent();
        if (gpuFilter && t.getGpuAmount().isPresent()) {
            int gpus = t.getGpuAmount().get();
            if (p.getMinimumGpuAmount().filter(min -> gpus < min).isPresent()
                    || p.getMaximumGpuAmount().filter(max -> gpus > max).isPresent()) {
                return false;
            }
        }
        if (!p.getGpuSpecs().isEmpty()) {
            if (t.getGpuAmount().filter(n -> n == 0).isPresent()) {
                return false;
            }
            if (t.getGpuSpec().isPresent() && !p.getGpuSpecs().contains(t.getGpuSpec().get())) {
                return false;
            }
        }
        if (!p.getInstanceCategories().isEmpty() && t.getCategory().isPresent()
                && !p.getInstanceCategories().contains(t.getCategory().get())) {
            return false;
        }
        if (!p.getPhysicalProcessorModels().isEmpty() && t.getProcessorModel().isPresent()
                && !p.getPhysicalProcessorModels().contains(t.getProcessorModel().get())) {
            return false;
        }
        return atLeast(p.getMinimumInitialCredit(), t.getInitialCredit())
                && atLeast(p.getMinimumBaselineCredit(), t.getBaselineCredit())
                && atLeast(p.getMinimumEniQuantity(), t.getEniQuantity())
                && atLeast(p.getMinimumEniPrivateIpAddressQuantity(), t.getEniPrivateIpAddressQuantity())
                && atLeast(p.getMinimumEniIpv6AddressQuantity(), t.getEniIpv6AddressQuantity());
    }

    private static boolean atLeast(Optional<Integer> minimum, Optional<Integer> value) {
        return minimum.isEmpty() || value.isEmpty() || value.get() >= minimum.get();
    }

    /** The pattern parameters whose attribute the catalog does not give for the type. */
    private static List<String> unknown(InstancePatternSpec p, InstanceTypeInfo t) {
        List<String> out = new ArrayList<>();
        if (p.getInstanceFamilyLevel().isPresent() && t.getFamilyLevel().isEmpty()) {
            out.add("InstanceFamilyLevel");
        }
        if (!p.getArchitectures().isEmpty() && t.getArchitecture().isEmpty()) {
            out.add("Architectures");
        }
        if (!p.getCpuArchitectures().isEmpty() && t.getCpuArchitecture().isEmpty()) {
            out.add("CpuArchitectures");
        }
        if ((p.getMinimumGpuAmount().isPresent() || p.getMaximumGpuAmount().isPresent()) && t.getGpuAmount().isEmpty()) {
            out.add("Minimum/MaximumGpuAmount");
        }
        if (!p.getGpuSpecs().isEmpty() && t.getGpuSpec().isEmpty()) {
            out.add("GpuSpecs");
        }
        if (!p.getInstanceCategories().isEmpty() && t.getCategory().isEmpty()) {
            out.add("InstanceCategories");
        }
        if (!p.getPhysicalProcessorModels().isEmpty() && t.getProcessorModel().isEmpty()) {
            out.add("PhysicalProcessorModels");
        }
        unknown(out, "MinimumInitialCredit", p.getMinimumInitialCredit(), t.getInitialCredit());
        unknown(out, "MinimumBaselineCredit", p.getMinimumBaselineCredit(), t.getBaselineCredit());
        unknown(out, "MinimumEniQuantity", p.getMinimumEniQuantity(), t.getEniQuantity());
        unknown(out, "MinimumEniPrivateIpAddressQuantity", p.getMinimumEniPrivateIpAddressQuantity(),
                t.getEniPrivateIpAddressQuantity());
        unknown(out, "MinimumEniIpv6AddressQuantity", p.getMinimumEniIpv6AddressQuantity(), t.getEniIpv6AddressQuantity());
        return out;
    }

    private static void unknown(List<String> out, String parameter, Optional<Integer> filter, Optional<Integer> value) {
        if (filter.isPresent() && value.isEmpty()) {
            out.add(parameter);
        }
    }

    /** ESS spells BareMetal "BareMental" in its newest doc; both mean the same. */
    private static String architecture(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return lower.equals("baremental") ? "baremetal" : lower;
    }

    /**
     * Tells whether a name matches an exclusion: exactly, or with {@code *} standing for any run
     * of characters ({@code ecs.c6.*}); no regular expression, at most the product of the two lengths.
     */
    static boolean glob(String pattern, String name) {
        int p = 0;
        int n = 0;
        int star = -1;
        int mark = 0;
        while (n < name.length()) {
            if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                mark = n;
            } else if (p < pattern.length() && pattern.charAt(p) == name.charAt(n)) {
                p++;
                n++;
            } else if (star >= 0) {
                p = star + 1;
                n = ++mark;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }
}
