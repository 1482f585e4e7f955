package dev.scalecfg.launcher;

import dev.scalecfg.core.InstancePatternSpec;
import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.Shown;
import dev.scalecfg.core.SpotStrategy;
import dev.scalecfg.core.scaleout.Billing;
import dev.scalecfg.core.scaleout.CapacitySnapshot;
import dev.scalecfg.core.scaleout.InstanceTypeInfo;
import dev.scalecfg.core.scaleout.PoolCapacity;
import dev.scalecfg.launcher.internal.PatternMatcher;
import dev.scalecfg.launcher.internal.SnapshotChecks;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Resolves a configuration's instance types for planning: its explicit types, then the types its
 * intelligent-mode patterns ({@code InstancePatternInfos}) match in the snapshot's catalog,
 * cheapest first. A pure function, usable without the launcher (which calls it on every plan).
 *
 * <p>The candidate list (ESS: "the explicit types are used first, then the lowest-price type
 * matching the pattern"):
 * <ol>
 *   <li>the explicit {@code InstanceTypes} in their order, with their weights and limits;</li>
 *   <li>then every catalog type some pattern matches, ordered by its hourly price with the
 *       configuration's billing ({@code SPOT} for a preemptible configuration, else {@code PAYG}):
 *       the lowest price of the type among the snapshot's offered pools in the given zones; a type
 *       without a known price comes after every priced one. Ties: the lower pattern number, then
 *       the type name in {@link String#compareTo} order, so that the catalog's order never
 *       matters;</li>
 *   <li>at most {@link #MAX_INSTANCE_TYPES} types in all.</li>
 * </ol>
 * A type matches a pattern when every attribute the pattern gives holds for it ({@code Cores} and
 * {@code Memory} exactly, the minimum/maximum bounds, family, family level, architectures,
 * burstable, GPUs, categories, processors, credits, ENIs), no {@code ExcludedInstanceTypes} entry
 * names it ({@code *} is a wildcard: {@code ecs.c6.*}), and its price is not above the pattern's
 * {@code MaxPrice} (equal is allowed; an unknown price never is above). A type several patterns
 * match belongs to the lowest-numbered one that takes it. Under {@code SpotWithPriceLimit} a
 * pattern type's spot price limit is its pattern's {@code MaxPrice}; pattern types weigh 1.
 *
 * <p>Each catalog type some pattern's shape matches gets one {@link Decision} (type and pattern, no
 * pool): {@code PATTERN_MATCH} (outcome {@code CANDIDATE}), or {@code PATTERN_EXCLUDED},
 * {@code PATTERN_ATTRIBUTE_UNKNOWN}, {@code PATTERN_PRICE_ABOVE_MAX}, {@code PATTERN_ALREADY_LISTED},
 * {@code PATTERN_LIMIT_REACHED} (outcome {@code SKIPPED}), in the order the types were considered
 * (price, then name).
 *
 * @since 0.2.0
 */
public final class InstanceTypeResolver {
    /**
     * The most instance types a candidate list holds: ESS allows 10 instance types per scaling
     * configuration ({@code InstanceTypes.N}, N = 1–10, in the 2021 API reference, the 2023 SDK
     * documentation, the Limits page, ROS and Terraform). The only other figure found, 20 for
     * {@code InstanceTypeOverrides.N} in the 2026-06 SDK text, has no counterpart on the Limits
     * page and concerns weighted types, which patterns do not combine with; the 10 "configuration
     * scopes" the user guide allows are patterns, not types.
     */
    public static final int MAX_INSTANCE_TYPES = 10;

    private InstanceTypeResolver() {}

    /**
     * Resolves with the prices of every zone of the snapshot.
     *
     * @param configuration the configuration
     * @param snapshot the snapshot: its catalog and pool prices
     * @return the candidate list and the decisions
     * @throws PlanInputException when the configuration selects its types by pattern only and the
     *     snapshot has no catalog, or the catalog lists a type twice or with fewer than 1 vCPU or
     *     no memory
     */
    public static ResolvedTypes resolve(ScalingConfiguration configuration, CapacitySnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        return resolve(configuration, snapshot, zone -> true);
    }

    /**
     * Resolves with the prices of the given zones only (the zones a scale-out may use).
     *
     * @param configuration the configuration
     * @param snapshot the snapshot: its catalog and pool prices
     * @param zoneIds the zones whose prices count
     * @return the candidate list and the decisions
     * @throws PlanInputException as {@link #resolve(ScalingConfiguration, CapacitySnapshot)}
     */
    public static ResolvedTypes resolve(ScalingConfiguration configuration, CapacitySnapshot snapshot,
            Collection<String> zoneIds) {
        Set<String> zones = Set.copyOf(zoneIds);
        return resolve(configuration, snapshot, zones::contains);
    }

    private static ResolvedTypes resolve(ScalingConfiguration configuration, CapacitySnapshot snapshot,
            Predicate<String> zones) {
        Objects.requireNonNull(configuration, "configuration");
        Objects.requireNonNull(snapshot, "snapshot");
        Billing billing = configuration.preemptible() ? Billing.SPOT : Billing.PAYG;
        ResolvedTypes.Builder out = ResolvedTypes.builder().billing(billing);
        Set<String> explicit = new HashSet<>();
        for (InstanceTypeSpec spec : configuration.getInstanceTypes()) {
            if (explicit.add(spec.getInstanceType())) {
                out.addType(CandidateType.builder().instanceType(spec.getInstanceType())
                        .weightedCapacity(spec.getWeightedCapacity().orElse(1))
                        .spotPriceLimit(spec.getSpotPriceLimit()).build());
            }
        }
        List<InstancePatternSpec> patterns = configuration.getInstancePatterns();
        if (patterns.isEmpty()) {
            return out.build();
        }
        SnapshotChecks.checkCatalog(snapshot);
        if (snapshot.getCatalog().isEmpty()) {
            if (explicit.isEmpty()) {
                throw new PlanInputException("InstancePatternInfos: the configuration selects its instance types by "
                        + patterns.size() + " pattern" + (patterns.size() == 1 ? "" : "s") + " only, and the capacity"
                        + " snapshot has no instance-type catalog to match them against; add a 'catalog' to the"
                        + " snapshot (instanceType, vcpus, memory and the attributes the patterns filter on, as ECS"
                        + " DescribeInstanceTypes gives them) or list InstanceTypes", PlanInput.CONFIGURATION,
                        PlanInput.SNAPSHOT);
            }
            for (int i = 0; i < patterns.size(); i++) {
                out.addDecision(Decision.builder().pattern(i + 1).outcome(Outcome.SKIPPED).count(0)
                        .reason(ReasonCode.PATTERN_NOT_RESOLVED)
                        .detail("pattern " + (i + 1) + " is not resolved: the snapshot has no instance-type catalog;"
                                + " only the explicit instance types are planned")
                        .build());
            }
            return out.build();
        }
        Map<String, BigDecimal> prices = lowestPrices(snapshot, billing, zones);
        boolean limited = configuration.getSpotStrategy().orElse(null) == SpotStrategy.SPOT_WITH_PRICE_LIMIT;

        // every catalog type some pattern's shape matches, with its verdict
        List<Considered> considered = new ArrayList<>();
        for (InstanceTypeInfo type : snapshot.getCatalog()) {
            Optional<BigDecimal> price = Optional.ofNullable(prices.get(type.getInstanceType()));
            Considered best = null;
            for (int i = 0; i < patterns.size(); i++) {
                PatternMatcher.Result r = PatternMatcher.match(patterns.get(i), i + 1, type, price);
                if (r.verdict() == PatternMatcher.Verdict.MISMATCH) {
                    continue;
                }
                if (best == null || (r.verdict() == PatternMatcher.Verdict.MATCH
                        && best.result.verdict() != PatternMatcher.Verdict.MATCH)) {
                    best = new Considered(type.getInstanceType(), i + 1, patterns.get(i), price, r);
                }
            }
            if (best != null) {
                considered.add(best);
            }
        }
        considered.sort(Comparator.<Considered, BigDecimal>comparing(c -> c.price.orElse(null),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(c -> c.pattern).thenComparing(c -> c.type));
        int taken = explicit.size();
        for (Considered c : considered) {
            Decision.Builder d = Decision.builder().instanceType(c.type).pattern(c.pattern).count(0)
                    .outcome(Outcome.SKIPPED);
            String at = c.price.map(p -> billing + " price " + Shown.number(p)).orElse(billing + " price unknown");
            if (c.result.verdict() != PatternMatcher.Verdict.MATCH) {
                ReasonCode reason = switch (c.result.verdict()) {
                    case EXCLUDED -> ReasonCode.PATTERN_EXCLUDED;
                    case UNKNOWN -> ReasonCode.PATTERN_ATTRIBUTE_UNKNOWN;
                    default -> ReasonCode.PATTERN_PRICE_ABOVE_MAX;
                };
                out.addDecision(d.reason(reason).detail(c.result.detail()).build());
            } else if (explicit.contains(c.type)) {
                out.addDecision(d.reason(ReasonCode.PATTERN_ALREADY_LISTED).detail("matches pattern " + c.pattern
                        + " but is already an explicit instance type, tried in its place").build());
            } else if (taken >= MAX_INSTANCE_TYPES) {
                out.addDecision(d.reason(ReasonCode.PATTERN_LIMIT_REACHED).detail("matches pattern " + c.pattern
                        + " (" + at + ") but the candidate list already has " + MAX_INSTANCE_TYPES
                        + " instance types, the most ESS allows").build());
            } else {
                taken++;
                out.addType(CandidateType.builder().instanceType(c.type).pattern(c.pattern).price(c.price)
                        .spotPriceLimit(limited ? c.spec.getMaxPrice() : Optional.empty()).build());
                out.addDecision(d.outcome(Outcome.CANDIDATE).reason(ReasonCode.PATTERN_MATCH)
                        .detail("matches pattern " + c.pattern + ", " + at + "; candidate " + taken).build());
            }
        }
        return out.build();
    }

    /** The lowest known price per type with the billing, over the offered pools of the zones. */
    private static Map<String, BigDecimal> lowestPrices(CapacitySnapshot snapshot, Billing billing, Predicate<String> zones) {
        Map<String, BigDecimal> lowest = new HashMap<>();
        for (PoolCapacity pool : snapshot.getPools()) {
            if (pool.getBilling() != billing || !pool.isOffered() || pool.getPrice().isEmpty()
                    || !zones.test(pool.getZoneId())) {
                continue;
            }
            lowest.merge(pool.getInstanceType(), pool.getPrice().get(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        return lowest;
    }

    /** A catalog type with the verdict of the pattern it is attributed to. */
    private record Considered(String type, int pattern, InstancePatternSpec spec, Optional<BigDecimal> price,
            PatternMatcher.Result result) {}
}
