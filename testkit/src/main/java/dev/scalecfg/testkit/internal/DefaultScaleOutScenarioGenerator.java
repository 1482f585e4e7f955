package dev.scalecfg.testkit.internal;

import dev.scalecfg.core.CustomPriority;
import dev.scalecfg.core.DiskCategory;
import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.scaleout.AllocationStrategy;
import dev.scalecfg.core.scaleout.BalanceMode;
import dev.scalecfg.core.scaleout.Billing;
import dev.scalecfg.core.scaleout.BillingMode;
import dev.scalecfg.core.scaleout.CapacitySnapshot;
import dev.scalecfg.core.scaleout.DiskOffer;
import dev.scalecfg.core.scaleout.MemberCount;
import dev.scalecfg.core.scaleout.MultiAzPolicy;
import dev.scalecfg.core.scaleout.Nesting;
import dev.scalecfg.core.scaleout.Overshoot;
import dev.scalecfg.core.scaleout.PoolCapacity;
import dev.scalecfg.core.scaleout.PriceComparisonMode;
import dev.scalecfg.core.scaleout.ScaleOutRequest;
import dev.scalecfg.core.scaleout.Shortage;
import dev.scalecfg.core.scaleout.UnknownCapacity;
import dev.scalecfg.core.scaleout.VSwitch;
import dev.scalecfg.testkit.ConfigurationGenerator;
import dev.scalecfg.testkit.ScaleOutScenario;
import dev.scalecfg.testkit.ScaleOutScenarioGenerator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.RandomnessSource;

/**
 * The standard {@link ScaleOutScenarioGenerator}: inputs that the launcher accepts (every input
 * rule of its notes), with stock-outs, unknown capacity, pools not offered, prices, quotas, free
 * IPs, disk offers and shortage-cache entries drawn at random. The simplest draw is one vSwitch,
 * the PRIORITY policy, one unit and an empty snapshot.
 */
public final class DefaultScaleOutScenarioGenerator implements ScaleOutScenarioGenerator {

    /** The planning instant of generated requests (shortages expire around it). */
    static final Instant NOW = Instant.parse("2026-01-15T08:00:00Z");

    /**
     * The knobs.
     *
     * @param configurations the configuration generator, or null with a fixed configuration
     * @param fixed          a fixed configuration, or null
     * @param policy         a fixed policy, or null for any
     * @param minUnits       fewest units
     * @param maxUnits       most units
     * @param minVswitches   fewest vSwitches
     * @param maxVswitches   most vSwitches
     * @param shortages      whether snapshots may hold shortage entries
     * @param unknown        whether pools may have an unknown available count
     */
    public record Settings(DefaultConfigurationGenerator configurations, ScalingConfiguration fixed, MultiAzPolicy policy,
            int minUnits, int maxUnits, int minVswitches, int maxVswitches, boolean shortages, boolean unknown) {}

    private final Settings s;

    /**
     * Creates a generator.
     *
     * @param settings the knobs
     */
    public DefaultScaleOutScenarioGenerator(Settings settings) {
        this.s = settings;
    }

    /** The default knobs: any policy, 1-20 units, 1-3 vSwitches, shortages and unknown capacity allowed. */
    public static DefaultScaleOutScenarioGenerator defaults() {
        return new DefaultScaleOutScenarioGenerator(new Settings(
                new DefaultConfigurationGenerator(ConfigSettings.defaults()), null, null, 1, 20, 1, 3, true, true));
    }

    @Override
    public ScaleOutScenario generate(RandomnessSource source) {
        Draw d = new Draw(source);
        ScalingConfiguration config;
        Catalog.Region region;
        if (s.fixed() != null) {
            config = s.fixed();
            region = Catalog.REGIONS.stream().filter(r -> config.getRegionId().filter(r.id()::equals).isPresent())
                    .findFirst().orElse(Catalog.REGIONS.get(0));
        } else {
            DefaultConfigurationGenerator.Drawn drawn = s.configurations().draw(d);
            config = drawn.configuration();
            region = drawn.region();
        }
        List<String> types = config.getInstanceTypes().stream().map(InstanceTypeSpec::getInstanceType).toList();

        // vSwitches: the group's own, plus those the custom priorities name
        Set<String> ids = new LinkedHashSet<>();
        List<VSwitch> vswitches = new ArrayList<>();
        int count = d.between(s.minVswitches(), s.maxVswitches());
        for (int i = 0; i < count; i++) {
            String id = Parts.id(d, "vsw-", region, 17) + Draw.LOWER_ALNUM.charAt(i);
            if (ids.add(id)) {
                vswitches.add(VSwitch.of(id, Parts.zone(d, region)));
            }
        }
        for (CustomPriority priority : config.getCustomPriorities()) {
            if (ids.add(priority.getVswitchId())) {
                vswitches.add(VSwitch.of(priority.getVswitchId(), Parts.zone(d, region)));
            }
        }
        List<String> zones = vswitches.stream().map(VSwitch::getZoneId).distinct().toList();

        // request
        MultiAzPolicy policy = s.policy() != null ? s.policy()
                : d.pick(MultiAzPolicy.PRIORITY, MultiAzPolicy.BALANCE, MultiAzPolicy.COST_OPTIMIZED, MultiAzPolicy.COMPOSABLE);
        boolean mixedAllowed = policy == MultiAzPolicy.COST_OPTIMIZED || policy == MultiAzPolicy.COMPOSABLE;
        boolean composable = policy == MultiAzPolicy.COMPOSABLE;
        int units = d.between(s.minUnits(), s.maxUnits());
        ScaleOutRequest.Builder request = ScaleOutRequest.builder().policy(policy).units(units).vswitches(vswitches);
        if (d.chance(4)) {
            request.requestedVswitchIds(d.distinct(List.copyOf(ids), d.between(1, ids.size())));
        }
        if (d.flip()) {
            // the billing follows the configuration's SpotStrategy (the launcher refuses a contradiction):
            // spot only from a preemptible configuration, pay-as-you-go from one only where the policy splits
            request.billing(!config.preemptible() ? BillingMode.PAYG
                    : mixedAllowed ? d.pick(BillingMode.PAYG, BillingMode.SPOT, BillingMode.MIXED) : BillingMode.SPOT);
        }
        if (composable && d.flip()) {
            request.azBalance(d.flip());
        }
        if (d.chance(3)) {
            request.balanceMode(d.pick(BalanceMode.BALANCED_BEST_EFFORT, BalanceMode.BALANCED_ONLY));
        }
        if (composable) {
            d.maybe(2, () -> d.pick(AllocationStrategy.PRIORITY, AllocationStrategy.LOWEST_PRICE)).ifPresent(request::allocationStrategy);
            d.maybe(2, () -> d.pick(AllocationStrategy.PRIORITY, AllocationStrategy.LOWEST_PRICE)).ifPresent(request::spotAllocationStrategy);
        }
        PriceComparisonMode comparison = d.pick(PriceComparisonMode.PER_UNIT, PriceComparisonMode.PER_VCPU, PriceComparisonMode.PER_INSTANCE);
        request.priceComparison(comparison);
        if (mixedAllowed) {
            d.maybe(3, () -> d.between(0, 10)).ifPresent(request::onDemandBaseCapacity);
            d.maybe(3, () -> d.pick(0, 100, 50, d.between(0, 100))).ifPresent(request::onDemandPercentageAboveBaseCapacity);
            d.maybe(3, () -> d.between(1, 10)).ifPresent(request::spotInstancePools);
            d.maybe(3, () -> d.flip()).ifPresent(request::compensateWithOnDemand);
        }
        if (d.chance(3)) {
            request.nesting(d.pick(Nesting.ZONE_MAJOR, Nesting.TYPE_MAJOR));
        }
        if (d.chance(3)) {
            request.overshoot(d.pick(Overshoot.ALLOW, Overshoot.MINIMIZE));
        }
        if (d.chance(3)) {
            request.unknownCapacity(d.pick(UnknownCapacity.OPTIMISTIC, UnknownCapacity.PESSIMISTIC));
        }
        List<MemberCount> members = new ArrayList<>();
        Set<String> memberKeys = new HashSet<>();
        int memberEntries = d.chance(3) ? d.between(1, 4) : 0;
        int current = 0;
        for (int i = 0; i < memberEntries; i++) {
            MemberCount member = MemberCount.of(d.pick(zones), d.pick(types), d.pick(Billing.PAYG, Billing.SPOT), d.between(0, 5));
            if (memberKeys.add(member.getZoneId() + "|" + member.getInstanceType() + "|" + member.getBilling())) {
                members.add(member);
                current += member.getCount();
            }
        }
        request.currentMembers(members);
        if (d.chance(3)) {
            int max = current + d.between(0, 3 * units);
            request.maxSize(max);
            if (d.flip()) {
                request.minSize(d.between(0, max));
            }
        }
        if (d.chance(4)) {
            request.minCount(d.between(1, units));
        }
        d.maybe(5, () -> d.longBetween(0, 999)).ifPresent(request::firstSequenceNumber);

        // snapshot
        CapacitySnapshot.Builder snapshot = CapacitySnapshot.builder();
        if (d.flip()) {
            for (String zone : zones) {
                for (String type : types) {
                    for (Billing billing : Billing.values()) {
                        if (d.chance(3)) {
                            continue;
                        }
                        snapshot.addPool(pool(d, zone, type, billing));
                    }
                }
            }
        }
        if (d.chance(4)) {
            Map<String, Integer> quotas = new LinkedHashMap<>();
            d.distinct(types, d.between(1, types.size())).forEach(type -> quotas.put(type, d.between(0, 20)));
            snapshot.quotas(quotas);
        }
        if (d.chance(4)) {
            Map<String, Integer> freeIps = new LinkedHashMap<>();
            d.distinct(List.copyOf(ids), d.between(1, ids.size())).forEach(id -> freeIps.put(id, d.between(0, 50)));
            snapshot.freeIps(freeIps);
        }
        if (d.chance(5)) {
            for (String zone : d.distinct(zones, d.between(1, zones.size()))) {
                for (String type : d.distinct(types, d.between(1, types.size()))) {
                    snapshot.addDiskOffer(DiskOffer.builder().zoneId(zone).instanceType(type)
                            .categories(d.distinct(DiskCategory.knownValues(), d.between(1, 4))).build());
                }
            }
        }
        if (comparison == PriceComparisonMode.PER_VCPU || d.chance(3)) {
            Map<String, Integer> vcpus = new LinkedHashMap<>();
            for (String type : types) {
                Catalog.Type known = Catalog.type(type);
                vcpus.put(type, known != null ? known.vcpus() : 2);
            }
            snapshot.vcpus(vcpus);
        }
        boolean shortages = s.shortages() && d.chance(3);
        if (shortages) {
            int entries = d.between(1, 3);
            for (int i = 0; i < entries; i++) {
                Shortage.Builder shortage = Shortage.builder().until(NOW.plusSeconds(60L * d.between(-30, 60)));
                d.maybe(2, () -> d.pick(zones)).ifPresent(shortage::zoneId);
                d.maybe(2, () -> d.pick(types)).ifPresent(shortage::instanceType);
                d.maybe(3, () -> d.pick(Billing.PAYG, Billing.SPOT)).ifPresent(shortage::billing);
                snapshot.addShortage(shortage.build());
            }
        }
        if (shortages || d.chance(3)) {
            request.now(NOW);
        }
        return new ScaleOutScenario(config, request.build(), snapshot.build());
    }

    private PoolCapacity pool(Draw d, String zone, String type, Billing billing) {
        PoolCapacity.Builder pool = PoolCapacity.builder().zoneId(zone).instanceType(type).billing(billing);
        if (d.chance(8)) {
            return pool.offered(false).build(); // not offered: no available count
        }
        if (!s.unknown() || !d.chance(5)) {
            pool.available(d.pick(10, 0, d.between(0, 5), d.between(0, 100))); // 0 = stock-out
        }
        if (d.chance(3)) {
            Catalog.Type known = Catalog.type(type);
            double payg = known != null ? known.pricePerHour() : 0.5;
            double price = billing == Billing.PAYG ? payg : payg * d.between(10, 60) / 100.0;
            pool.price(BigDecimal.valueOf(price).setScale(3, RoundingMode.HALF_UP));
        }
        return pool.build();
    }

    private DefaultScaleOutScenarioGenerator with(Settings settings) {
        return new DefaultScaleOutScenarioGenerator(settings);
    }

    @Override
    public ScaleOutScenarioGenerator configurations(ConfigurationGenerator configurations) {
        if (!(configurations instanceof DefaultConfigurationGenerator)) {
            throw new IllegalArgumentException("configurations: pass a generator from ScalingGenerators.configurations()");
        }
        return with(new Settings((DefaultConfigurationGenerator) configurations, null, s.policy(), s.minUnits(), s.maxUnits(),
                s.minVswitches(), s.maxVswitches(), s.shortages(), s.unknown()));
    }

    @Override
    public ScaleOutScenarioGenerator configuration(ScalingConfiguration configuration) {
        if (configuration.getInstanceTypes().isEmpty()) {
            throw new IllegalArgumentException("configuration: the launcher needs at least one instance type");
        }
        return with(new Settings(null, configuration, s.policy(), s.minUnits(), s.maxUnits(),
                s.minVswitches(), s.maxVswitches(), s.shortages(), s.unknown()));
    }

    @Override
    public ScaleOutScenarioGenerator policy(MultiAzPolicy policy) {
        return with(new Settings(s.configurations(), s.fixed(), policy, s.minUnits(), s.maxUnits(),
                s.minVswitches(), s.maxVswitches(), s.shortages(), s.unknown()));
    }

    @Override
    public ScaleOutScenarioGenerator units(int min, int max) {
        Checks.range("units", min, max, 1, 10_000);
        return with(new Settings(s.configurations(), s.fixed(), s.policy(), min, max,
                s.minVswitches(), s.maxVswitches(), s.shortages(), s.unknown()));
    }

    @Override
    public ScaleOutScenarioGenerator vswitches(int min, int max) {
        Checks.range("vswitches", min, max, 1, 8);
        return with(new Settings(s.configurations(), s.fixed(), s.policy(), s.minUnits(), s.maxUnits(),
                min, max, s.shortages(), s.unknown()));
    }

    @Override
    public ScaleOutScenarioGenerator withoutShortages() {
        return with(new Settings(s.configurations(), s.fixed(), s.policy(), s.minUnits(), s.maxUnits(),
                s.minVswitches(), s.maxVswitches(), false, s.unknown()));
    }

    @Override
    public ScaleOutScenarioGenerator knownCapacity() {
        return with(new Settings(s.configurations(), s.fixed(), s.policy(), s.minUnits(), s.maxUnits(),
                s.minVswitches(), s.maxVswitches(), s.shortages(), false));
    }

    @Override
    public String toString() {
        return "ScaleOutScenarioGenerator" + s;
    }
}
