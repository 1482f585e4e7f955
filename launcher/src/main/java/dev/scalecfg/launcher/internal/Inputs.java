package dev.scalecfg.launcher.internal;

import static dev.scalecfg.launcher.PlanInput.CONFIGURATION;
import static dev.scalecfg.launcher.PlanInput.REQUEST;

import dev.scalecfg.core.DiskCategory;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.Shown;
import dev.scalecfg.core.SpotStrategy;
import dev.scalecfg.core.SystemDiskSpec;
import dev.scalecfg.core.scaleout.AllocationStrategy;
import dev.scalecfg.core.scaleout.Billing;
import dev.scalecfg.core.scaleout.BillingMode;
import dev.scalecfg.core.scaleout.CapacitySnapshot;
import dev.scalecfg.core.scaleout.DiskOffer;
import dev.scalecfg.core.scaleout.MemberCount;
import dev.scalecfg.core.scaleout.MultiAzPolicy;
import dev.scalecfg.core.scaleout.PoolCapacity;
import dev.scalecfg.core.scaleout.PriceComparisonMode;
import dev.scalecfg.core.scaleout.ScaleOutRequest;
import dev.scalecfg.core.scaleout.Shortage;
import dev.scalecfg.core.scaleout.UnknownCapacity;
import dev.scalecfg.core.scaleout.VSwitch;
import dev.scalecfg.core.scaleout.InstanceTypeInfo;
import dev.scalecfg.launcher.CandidateType;
import dev.scalecfg.launcher.InstanceTypeResolver;
import dev.scalecfg.launcher.PlanInput;
import dev.scalecfg.launcher.PlanInputException;
import dev.scalecfg.launcher.ResolvedTypes;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The three inputs checked (§3.8 A33) and indexed by position in the configuration's and the
 * request's order, so that the planner never iterates snapshot order (R5).
 */
final class Inputs {
    static final long UNLIMITED = Long.MAX_VALUE / 8;
    static final int PAYG = 0;
    static final int SPOT = 1;

    final ScalingConfiguration cfg;
    final ScaleOutRequest req;

    // types
    final int typeCount;
    final String[] typeName;
    final int[] weight;
    final BigDecimal[] priceLimit;
    final Map<String, Integer> typeIndex = new HashMap<>();
    /** The resolver's candidate list and decisions. */
    final ResolvedTypes resolved;

    // vSwitches and zones
    final int vsCount;
    final String[] vsId;
    final int[] vsZone;
    final boolean[] requested;
    final List<String> zoneIds = new ArrayList<>();
    final Map<String, Integer> zoneIndex = new HashMap<>();
    /** Requested vSwitches per zone, in request order. */
    final int[][] zoneVs;
    /** Zones with at least one requested vSwitch, by rank (lowest requested vSwitch index first). */
    final int[] rankedZones;
    final int[] zoneRank;

    // policy
    final MultiAzPolicy policy;
    final BillingMode billing;
    final boolean azBalance;
    final AllocationStrategy allocation;
    final AllocationStrategy spotAllocation;
    final boolean compensate;
    final int onDemandBase;
    final int onDemandPct;
    final int spotPools;

    // snapshot, indexed [zone][type][billing]
    final long[][][] stock;
    final boolean[][][] confirmed;
    final boolean[][][] notOffered;
    final BigDecimal[][][] price;
    final Instant[][][] unavailableUntil;
    final long[] quota;
    final long[] freeIps;
    final int[] vcpu;
    /** Chosen system disk category per [zone][type]; null with {@link #diskFilter} false = no filter. */
    final DiskCategory[][] disk;
    final boolean diskFilter;
    final List<DiskCategory> configuredDisks;

    // current members
    final long currentUnits;
    final long currentPaygUnits;
    final long[] currentZoneUnits;

    Inputs(ScalingConfiguration cfg, ScaleOutRequest req, CapacitySnapshot snap) {
        this.cfg = cfg;
        this.req = req;

        // ---- request scalars
        RequestChecks.check(req);

        // ---- vSwitches
        List<VSwitch> vswitches = req.getVswitches();
        vsCount = vswitches.size();
        vsId = new String[vsCount];
        vsZone = new int[vsCount];
        requested = new boolean[vsCount];
        Map<String, Integer> vsIndex = new HashMap<>();
        for (int v = 0; v < vsCount; v++) {
            vsId[v] = vswitches.get(v).getId();
            if (vsIndex.put(vsId[v], v) != null) {
                throw bad(REQUEST, "vswitches: vSwitch '" + Shown.text(vsId[v]) + "' is listed twice");
            }
            String zone = vswitches.get(v).getZoneId();
            Integer z = zoneIndex.get(zone);
            if (z == null) {
                z = zoneIds.size();
                zoneIds.add(zone);
                zoneIndex.put(zone, z);
            }
            vsZone[v] = z;
        }
        if (req.getRequestedVswitchIds().isPresent()) {
            for (String id : req.getRequestedVswitchIds().get()) {
                Integer v = vsIndex.get(id);
                if (v == null) {
                    throw bad(REQUEST, "requestedVswitchIds: '" + Shown.text(id) + "' is not one of the group's vSwitches "
                            + vsIndex.keySet().stream().sorted().map(Shown::text).toList());
                }
                requested[v] = true;
            }
        } else {
            java.util.Arrays.fill(requested, true);
        }
        int zoneCount = zoneIds.size();
        List<List<Integer>> perZone = new ArrayList<>();
        for (int z = 0; z < zoneCount; z++) {
            perZone.add(new ArrayList<>());
        }
        List<Integer> ranked = new ArrayList<>();
        for (int v = 0; v < vsCount; v++) {
            if (requested[v]) {
                if (perZone.get(vsZone[v]).isEmpty()) {
                    ranked.add(vsZone[v]);
                }
                perZone.get(vsZone[v]).add(v);
            }
        }
        zoneVs = new int[zoneCount][];
        for (int z = 0; z < zoneCount; z++) {
            zoneVs[z] = perZone.get(z).stream().mapToInt(Integer::intValue).toArray();
        }
        rankedZones = ranked.stream().mapToInt(Integer::intValue).toArray();
        zoneRank = new int[zoneCount];
        java.util.Arrays.fill(zoneRank, -1);
        for (int i = 0; i < rankedZones.length; i++) {
            zoneRank[rankedZones[i]] = i;
        }

        // ---- instance types: the explicit ones, then what the patterns match in the catalog
        if (cfg.getInstanceTypes().isEmpty() && cfg.getInstancePatterns().isEmpty()) {
            throw bad(CONFIGURATION, cfg.getCpu().isPresent() || cfg.getMemory().isPresent()
                    ? "Cpu/Memory: the configuration gives a vCPU count and memory instead of instance types, a mode"
                            + " ESS honours only under its cost optimization policy and the launcher does not resolve;"
                            + " list InstanceTypes or use InstancePatternInfos"
                    : "InstanceTypes: the configuration lists no instance type and no instance pattern; the launcher"
                            + " needs at least one");
        }
        List<String> zonesInPlay = new ArrayList<>();
        for (int z : rankedZones) {
            zonesInPlay.add(zoneIds.get(z));
        }
        resolved = InstanceTypeResolver.resolve(cfg, snap, zonesInPlay);
        List<CandidateType> types = resolved.getTypes();
        typeCount = types.size();
        typeName = new String[typeCount];
        weight = new int[typeCount];
        priceLimit = new BigDecimal[typeCount];
        // ESS reads SpotPriceLimit only with SpotWithPriceLimit; SpotAsPriceGo ignores it (market price)
        boolean limitsIgnored = cfg.getSpotStrategy().orElse(null) == SpotStrategy.SPOT_AS_PRICE_GO;
        // the launcher's rule chain guarantees unique names, weights of 1..500 and positive limits
        // (ConfigurationGate.REQUIRED): they are not checked again here
        for (int t = 0; t < typeCount; t++) {
            CandidateType type = types.get(t);
            typeName[t] = type.getInstanceType();
            typeIndex.putIfAbsent(typeName[t], t);
            weight[t] = type.getWeightedCapacity();
            priceLimit[t] = limitsIgnored ? null : type.getSpotPriceLimit().orElse(null);
        }

        // ---- policy presets (§3.3, A9, A10) and the billing, which follows the configuration
        policy = req.getPolicy();
        billing = BillingRules.billing(cfg, req);
        // Presets force the zone rule and both strategies (A9); only COMPOSABLE takes the user's.
        // compensateWithOnDemand and the on-demand base/percentage are overridable defaults.
        boolean costOptimized = policy == MultiAzPolicy.COST_OPTIMIZED;
        if (policy == MultiAzPolicy.COMPOSABLE) {
            azBalance = req.getAzBalance().orElse(false);
            allocation = req.getAllocationStrategy().orElse(AllocationStrategy.PRIORITY);
            spotAllocation = req.getSpotAllocationStrategy().orElse(AllocationStrategy.PRIORITY);
        } else {
            azBalance = policy == MultiAzPolicy.BALANCE;
            allocation = costOptimized ? AllocationStrategy.LOWEST_PRICE : AllocationStrategy.PRIORITY;
            spotAllocation = allocation;
        }
        compensate = req.getCompensateWithOnDemand().orElse(costOptimized);
        onDemandBase = req.getOnDemandBaseCapacity().orElse(0);
        onDemandPct = req.getOnDemandPercentageAboveBaseCapacity().orElse(costOptimized ? 0 : 100);
        spotPools = req.getSpotInstancePools().orElse(0);
        if (policy == MultiAzPolicy.PRIORITY) {
            // that each pair names a listed type is the rule chain's (CUSTOM_PRIORITY_TYPE_NOT_LISTED);
            // its vSwitch can only be checked against the request
            cfg.getCustomPriorities().forEach(cp -> {
                if (!vsIndex.containsKey(cp.getVswitchId())) {
                    throw new PlanInputException("CustomPriorities: vSwitch '" + Shown.text(cp.getVswitchId())
                            + "' is not one of the scaling group's vSwitches in the request", CONFIGURATION, REQUEST);
                }
            });
        }

        // ---- snapshot
        boolean pessimistic = req.getUnknownCapacity() == UnknownCapacity.PESSIMISTIC;
        stock = new long[zoneCount][typeCount][2];
        confirmed = new boolean[zoneCount][typeCount][2];
        notOffered = new boolean[zoneCount][typeCount][2];
        price = new BigDecimal[zoneCount][typeCount][2];
        unavailableUntil = new Instant[zoneCount][typeCount][2];
        for (long[][] a : stock) {
            for (long[] b : a) {
                java.util.Arrays.fill(b, pessimistic ? 0 : UNLIMITED);
            }
        }
        SnapshotChecks.check(snap);
        for (PoolCapacity pool : snap.getPools()) {
            Integer z = zoneIndex.get(pool.getZoneId());
            Integer t = typeIndex.get(pool.getInstanceType());
            if (z == null || t == null) {
                continue;
            }
            int b = pool.getBilling() == Billing.PAYG ? PAYG : SPOT;
            notOffered[z][t][b] = !pool.isOffered();
            if (pool.getAvailable().isPresent()) {
                stock[z][t][b] = pool.getAvailable().get();
                confirmed[z][t][b] = true;
            }
            price[z][t][b] = pool.getPrice().orElse(null);
        }
        quota = new long[typeCount];
        java.util.Arrays.fill(quota, UNLIMITED);
        snap.getQuotas().forEach((type, q) -> {
            Integer t = typeIndex.get(type);
            if (t != null) {
                quota[t] = q;
            }
        });
        freeIps = new long[vsCount];
        java.util.Arrays.fill(freeIps, UNLIMITED);
        snap.getFreeIps().forEach((id, n) -> {
            Integer v = vsIndex.get(id);
            if (v != null) {
                freeIps[v] = n;
            }
        });
        vcpu = new int[typeCount];
        snap.getVcpus().forEach((type, n) -> {
            Integer t = typeIndex.get(type);
            if (t != null) {
                vcpu[t] = n;
            }
        });
        for (InstanceTypeInfo info : snap.getCatalog()) {
            Integer t = typeIndex.get(info.getInstanceType());
            if (t == null) {
                continue;
            }
            if (vcpu[t] != 0 && vcpu[t] != info.getVcpus()) {
                throw bad(PlanInput.SNAPSHOT, "vcpus: '" + Shown.text(typeName[t]) + "' has " + vcpu[t]
                        + " vCPUs, but its catalog entry says " + info.getVcpus() + "; the two must agree");
            }
            vcpu[t] = info.getVcpus();
        }
        if (req.getPriceComparison() == PriceComparisonMode.PER_VCPU) {
            for (int t = 0; t < typeCount; t++) {
                if (vcpu[t] == 0) {
                    throw new PlanInputException("vcpus: priceComparison PER_VCPU needs the vCPU count of '"
                            + Shown.text(typeName[t]) + "', which the snapshot does not give", REQUEST, PlanInput.SNAPSHOT);
                }
            }
        }
        configuredDisks = configuredDisks(cfg.getSystemDisk());
        diskFilter = !configuredDisks.isEmpty();
        disk = new DiskCategory[zoneCount][typeCount];
        if (diskFilter) {
            for (DiskCategory[] row : disk) {
                java.util.Arrays.fill(row, configuredDisks.get(0));
            }
        }
        for (DiskOffer offer : snap.getDiskOffers()) {
            Integer z = zoneIndex.get(offer.getZoneId());
            Integer t = typeIndex.get(offer.getInstanceType());
            if (z == null || t == null || !diskFilter) {
                continue;
            }
            disk[z][t] = null;
            for (DiskCategory c : configuredDisks) {
                if (offer.getCategories().contains(c)) {
                    disk[z][t] = c;
                    break;
                }
            }
        }
        if (!snap.getShortages().isEmpty() && req.getNow().isEmpty()) {
            throw new PlanInputException("now: the snapshot has shortage entries, so the request must give the planning"
                    + " instant 'now'", REQUEST, PlanInput.SNAPSHOT);
        }
        for (Shortage s : snap.getShortages()) {
            for (int z = 0; z < zoneCount; z++) {
                if (s.getZoneId().isPresent() && !s.getZoneId().get().equals(zoneIds.get(z))) {
                    continue;
                }
                for (int t = 0; t < typeCount; t++) {
                    if (s.getInstanceType().isPresent() && !s.getInstanceType().get().equals(typeName[t])) {
                        continue;
                    }
                    for (int b = 0; b < 2; b++) {
                        if (s.getBilling().isPresent() && (s.getBilling().get() == Billing.PAYG ? PAYG : SPOT) != b) {
                            continue;
                        }
                        Instant old = unavailableUntil[z][t][b];
                        if (old == null || s.getUntil().isAfter(old)) {
                            unavailableUntil[z][t][b] = s.getUntil();
                        }
                    }
                }
            }
        }

        // ---- current members (A6)
        long units = 0;
        long payg = 0;
        currentZoneUnits = new long[zoneCount];
        for (MemberCount m : req.getCurrentMembers()) {
            Integer t = typeIndex.get(m.getInstanceType());
            long u = (long) m.getCount() * (t == null ? 1 : weight[t]);
            units += u;
            if (m.getBilling() == Billing.PAYG) {
                payg += u;
            }
            Integer z = zoneIndex.get(m.getZoneId());
            if (z != null) {
                currentZoneUnits[z] += u;
            }
        }
        currentUnits = units;
        currentPaygUnits = payg;
    }

    private static List<DiskCategory> configuredDisks(SystemDiskSpec disk) {
        if (!disk.getCategories().isEmpty()) {
            return disk.getCategories();
        }
        return disk.getCategory().map(List::of).orElse(List.of());
    }

    /** The spot price limit of each type that has one (ignored under SpotAsPriceGo: none). */
    Map<String, BigDecimal> spotPriceLimits() {
        Map<String, BigDecimal> limits = new HashMap<>();
        for (int t = 0; t < typeCount; t++) {
            if (priceLimit[t] != null) {
                limits.put(typeName[t], priceLimit[t]);
            }
        }
        return limits;
    }

    private static PlanInputException bad(PlanInput input, String message) {
        return new PlanInputException(message, input);
    }
}
