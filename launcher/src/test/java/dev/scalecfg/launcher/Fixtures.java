package dev.scalecfg.launcher;

import dev.scalecfg.core.ImageSpec;
import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.NetworkSpec;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.SpotStrategy;
import dev.scalecfg.core.scaleout.Billing;
import dev.scalecfg.core.scaleout.BillingMode;
import dev.scalecfg.core.scaleout.CapacitySnapshot;
import dev.scalecfg.core.scaleout.PoolCapacity;
import dev.scalecfg.core.scaleout.ScaleOutRequest;
import dev.scalecfg.core.scaleout.VSwitch;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Compact builders and renderings for launcher tests. */
final class Fixtures {
    static final InstanceLauncher LAUNCHER = InstanceLauncher.create();

    static final String A = "ecs.a.large";
    static final String B = "ecs.b.large";
    static final String C = "ecs.c.large";
    static final String T1 = "ecs.t1.large";
    static final String T2 = "ecs.t2.large";
    private static final Pattern LABEL = Pattern.compile("ecs\\.([a-z0-9]+)\\.large");

    private Fixtures() {}

    /**
     * Plans with the default launcher, giving a configuration without a spot strategy the one the
     * request's billing needs: SPOT or MIXED billing is only planned from a preemptible
     * configuration, and these tests mean "spot with the types' price limits", which is
     * {@code SpotWithPriceLimit}. A configuration that names its strategy is left alone.
     */
    static LaunchPlan plan(ScalingConfiguration cfg, ScaleOutRequest req, CapacitySnapshot snap) {
        return LAUNCHER.plan(billedAs(cfg, req), req, snap);
    }

    /** The configuration {@link #plan} plans with. */
    static ScalingConfiguration billedAs(ScalingConfiguration cfg, ScaleOutRequest req) {
        BillingMode billing = req.getBilling().orElse(BillingMode.PAYG);
        if (billing != BillingMode.PAYG && cfg.getSpotStrategy().isEmpty()) {
            return cfg.withSpotStrategy(SpotStrategy.SPOT_WITH_PRICE_LIMIT);
        }
        return cfg;
    }

    /** A configuration builder that passes the default rule chain once instance types are added. */
    static ScalingConfiguration.Builder base() {
        return ScalingConfiguration.builder()
                .image(ImageSpec.builder().imageId("aliyun_3_x64_20G_alibase_20240819.vhd").build())
                .network(NetworkSpec.builder().securityGroupId("sg-bp18kz60mefsxxxx").build());
    }

    /** Renders a type name back to its label: ecs.a.large as A. */
    static String label(String type) {
        Matcher m = LABEL.matcher(type);
        return m.matches() ? m.group(1).toUpperCase(Locale.ROOT) : type;
    }

    /** Renders a vSwitch ID back to its label: vsw-1 as v1. */
    static String vs(String id) {
        return id.startsWith("vsw-") ? "v" + id.substring(4) : id;
    }

    static ScalingConfiguration cfg(String... types) {
        ScalingConfiguration.Builder b = base();
        for (String t : types) {
            b.addInstanceType(InstanceTypeSpec.of(t));
        }
        return b.build();
    }

    static InstanceTypeSpec weighted(String type, int weight) {
        return InstanceTypeSpec.builder().instanceType(type).weightedCapacity(weight).build();
    }

    /** A request over v1→z1, v2→z2, v3→z3 (the first {@code n}). */
    static ScaleOutRequest.Builder request(int units, int vswitches) {
        ScaleOutRequest.Builder b = ScaleOutRequest.builder().units(units);
        for (int i = 1; i <= vswitches; i++) {
            b.addVswitch(VSwitch.of("vsw-" + i, "z" + i));
        }
        return b;
    }

    static PoolCapacity payg(String zone, String type, int n) {
        return PoolCapacity.of(zone, type, Billing.PAYG, n);
    }

    static PoolCapacity spot(String zone, String type, int n) {
        return PoolCapacity.of(zone, type, Billing.SPOT, n);
    }

    static PoolCapacity priced(PoolCapacity pool, String price) {
        return pool.withPrice(new BigDecimal(price));
    }

    static CapacitySnapshot snap(PoolCapacity... pools) {
        return CapacitySnapshot.builder().addPools(pools).build();
    }

    /** Renders allocations as "v1 A PAYG 4" (+ " comp", + " unconfirmed", + " disk"). */
    static List<String> allocs(LaunchPlan plan) {
        return plan.getAllocations().stream().map(a -> vs(a.getVswitchId()) + " " + label(a.getInstanceType()) + " "
                + a.getBilling() + " " + a.getCount() + (a.isCompensated() ? " comp" : "")
                + (a.isCapacityConfirmed() ? "" : " unconfirmed")
                + a.getSystemDiskCategory().map(c -> " " + c.apiValue()).orElse(""))
                .collect(Collectors.toList());
    }

    /** Renders trace entries as "v1 A PAYG ALLOCATED 4 NO_STOCK" or "z2 ZONE_EXHAUSTED" for notes. */
    static List<String> trace(LaunchPlan plan) {
        return plan.getTrace().stream().map(Fixtures::render).collect(Collectors.toList());
    }

    /** Renders a decision; a resolver decision about a type as "P2 PATTERN_MATCH #1" (#: the pattern). */
    static String render(Decision d) {
        if (d.getVswitchId().isEmpty() && d.getInstanceType().isPresent()) {
            return label(d.getInstanceType().get()) + " " + d.getReason().map(Enum::name).orElse("?")
                    + d.getPattern().map(p -> " #" + p).orElse("");
        }
        if (d.getVswitchId().isEmpty()) {
            return (d.getZoneId().map(z -> z + " ").orElse("")) + d.getReason().map(Enum::name).orElse("?");
        }
        return vs(d.getVswitchId().get()) + " " + d.getInstanceType().map(Fixtures::label).orElse("") + " " + d.getBilling().map(Enum::name).orElse("")
                + " " + d.getOutcome() + " " + d.getCount() + d.getReason().map(r -> " " + r).orElse("");
    }
}
