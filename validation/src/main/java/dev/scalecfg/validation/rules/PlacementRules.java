package dev.scalecfg.validation.rules;

import dev.scalecfg.core.Affinity;
import dev.scalecfg.core.PlacementSpec;
import dev.scalecfg.core.PrivatePoolMatchCriteria;
import dev.scalecfg.core.PrivatePoolSpec;
import dev.scalecfg.core.ResourcePoolSpec;
import dev.scalecfg.core.ResourcePoolStrategy;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.Tenancy;
import dev.scalecfg.validation.Rule;
import dev.scalecfg.validation.ValidationContext;
import dev.scalecfg.validation.ViolationCode;
import dev.scalecfg.validation.internal.Report;
import dev.scalecfg.validation.internal.ReportingRule;
import java.util.List;

/**
 * Placement ({@code placement}) and capacity pools ({@code pools}). The placement codes are
 * warnings because the sources only say these settings "make sense together";
 * {@link #DEPLOYMENT_SET_ON_DEDICATED_HOST} is an ECS rule, unverified for ESS.
 * {@link #POOL_OPTIONS_WITH_SPOT}: ResourcePoolOptions, or PrivatePoolOptions other than
 * MatchCriteria=None, with a spot strategy; the SDK docs and spec §3 rule 17 say pools are for
 * pay-as-you-go instances only, in the "takes effect only" wording, so ignored rather than rejected.
 *
 * @since 0.2.0
 */
public final class PlacementRules {

    /** Dedicated-host settings that do not fit together. */
    public static final ViolationCode DEDICATED_HOST_SETTINGS = ViolationCode.warning("DEDICATED_HOST_SETTINGS")
            .addParameters("Affinity", "Tenancy")
            .description("Affinity=host needs Tenancy=host or DedicatedHostId; DedicatedHostId not with an explicit"
                    + " Tenancy=default")
            .source("spec §3.18").build();
    /** A deployment set on dedicated hosts. */
    public static final ViolationCode DEPLOYMENT_SET_ON_DEDICATED_HOST = ViolationCode
            .warning("DEPLOYMENT_SET_ON_DEDICATED_HOST")
            .addParameters("DeploymentSetId")
            .description("not with dedicated hosts")
            .source("ECS (unverified)").build();
    /** Resource pool options together with private pool options. */
    public static final ViolationCode PRIVATE_POOL_CONFLICT = ViolationCode.error("PRIVATE_POOL_CONFLICT")
            .addParameters("ResourcePoolOptions.Strategy", "PrivatePoolOptions.MatchCriteria", "PrivatePoolOptions.Id")
            .description("ResourcePoolOptions or PrivatePoolOptions, not both")
            .source("SDK 2022").build();
    /** MatchCriteria=Target without a pool ID. */
    public static final ViolationCode PRIVATE_POOL_ID_REQUIRED = ViolationCode.error("PRIVATE_POOL_ID_REQUIRED")
            .addParameters("PrivatePoolOptions.Id")
            .description("required with MatchCriteria=Target")
            .source("API doc").build();
    /** PrivatePoolOnly without pools. */
    public static final ViolationCode RESOURCE_POOL_IDS_REQUIRED = ViolationCode.error("RESOURCE_POOL_IDS_REQUIRED")
            .addParameters("ResourcePoolOptions.PrivatePoolIds.N")
            .description("required with Strategy=PrivatePoolOnly")
            .source("SDK 2022").build();
    /** Pools selected both by ID and by tags. */
    public static final ViolationCode RESOURCE_POOL_IDS_AND_TAGS = ViolationCode.error("RESOURCE_POOL_IDS_AND_TAGS")
            .addParameters("ResourcePoolOptions.PrivatePoolTags.N")
            .description("not with PrivatePoolIds")
            .source("SDK 2026").build();
    /** Pool options with a spot strategy. */
    public static final ViolationCode POOL_OPTIONS_WITH_SPOT = ViolationCode.warning("POOL_OPTIONS_WITH_SPOT")
            .addParameters("ResourcePoolOptions.Strategy", "PrivatePoolOptions.MatchCriteria")
            .description("pools serve pay-as-you-go instances only, not a spot strategy")
            .source("SDK docs, spec §3.17").build();

    /** The codes of {@link #PLACEMENT}. */
    public static final List<ViolationCode> PLACEMENT_CODES = List.of(DEDICATED_HOST_SETTINGS,
            DEPLOYMENT_SET_ON_DEDICATED_HOST);
    /** The codes of {@link #POOLS}. */
    public static final List<ViolationCode> POOL_CODES = List.of(PRIVATE_POOL_CONFLICT, PRIVATE_POOL_ID_REQUIRED,
            RESOURCE_POOL_IDS_REQUIRED, RESOURCE_POOL_IDS_AND_TAGS, POOL_OPTIONS_WITH_SPOT);

    /** The rule {@code placement}. */
    public static final Rule PLACEMENT = ReportingRule.of("placement", PLACEMENT_CODES, PlacementRules::placement);
    /** The rule {@code pools}. */
    public static final Rule POOLS = ReportingRule.of("pools", POOL_CODES, PlacementRules::pools);

    private PlacementRules() {}

    /** Dedicated hosts, tenancy, affinity, deployment sets. */
    private static void placement(ScalingConfiguration c, ValidationContext ctx, Report r) {
        PlacementSpec placement = c.getPlacement();
        boolean hostTenancy = placement.getTenancy().orElse(Tenancy.DEFAULT) == Tenancy.HOST;
        boolean dedicated = hostTenancy || placement.getDedicatedHostId().isPresent();
        if (placement.getAffinity().orElse(Affinity.DEFAULT) == Affinity.HOST && !dedicated) {
            r.add(DEDICATED_HOST_SETTINGS, "placement.affinity", p -> p + " is host but neither Tenancy=host nor"
                    + " DedicatedHostId is set, so it has no effect; set Tenancy to host or remove Affinity");
        }
        if (placement.getDedicatedHostId().isPresent() && placement.getTenancy().orElse(null) == Tenancy.DEFAULT) {
            r.add(DEDICATED_HOST_SETTINGS, "placement.tenancy", p -> p + " is default but DedicatedHostId is set;"
                    + " set Tenancy to host or remove it");
        }
        if (placement.getDeploymentSetId().isPresent() && dedicated) {
            r.add(DEPLOYMENT_SET_ON_DEDICATED_HOST, "placement.deploymentSetId", p -> p + " is set for instances"
                    + " on dedicated hosts; deployment sets do not place instances on dedicated hosts, remove one of them");
        }
    }

    /** Private pool vs resource pool options. */
    private static void pools(ScalingConfiguration c, ValidationContext ctx, Report r) {
        PrivatePoolSpec privatePool = c.getPrivatePool();
        ResourcePoolSpec resourcePool = c.getResourcePool();
        boolean resourceSet = resourcePool.getStrategy().filter(s -> s != ResourcePoolStrategy.NONE).isPresent()
                || !resourcePool.getPrivatePoolIds().isEmpty() || !resourcePool.getPrivatePoolTags().isEmpty();
        boolean privateSet = privatePool.getMatchCriteria().isPresent() || privatePool.getId().isPresent();
        if (resourceSet && privateSet) {
            r.add(PRIVATE_POOL_CONFLICT, "resourcePool.strategy", p -> "ResourcePoolOptions are set together with"
                    + " PrivatePoolOptions; use one of them");
        }
        if (privatePool.getMatchCriteria().orElse(null) == PrivatePoolMatchCriteria.TARGET && privatePool.getId().isEmpty()) {
            r.add(PRIVATE_POOL_ID_REQUIRED, "privatePool.id", p -> p + " is missing while MatchCriteria is Target;"
                    + " give the private pool ID (eap-…)");
        }
        if (resourcePool.getStrategy().orElse(null) == ResourcePoolStrategy.PRIVATE_POOL_ONLY
                && resourcePool.getPrivatePoolIds().isEmpty() && resourcePool.getPrivatePoolTags().isEmpty()) {
            r.add(RESOURCE_POOL_IDS_REQUIRED, "resourcePool.privatePoolIds", p -> p + " is empty while Strategy is"
                    + " PrivatePoolOnly; list the private pools (eap-…) to use");
        }
        boolean privateUsed = privatePool.getMatchCriteria().filter(m -> m != PrivatePoolMatchCriteria.NONE).isPresent()
                || privatePool.getId().isPresent();
        if (c.preemptible() && (resourceSet || privateUsed)) {
            String which = resourceSet ? "ResourcePoolOptions" : "PrivatePoolOptions";
            r.add(POOL_OPTIONS_WITH_SPOT, resourceSet ? "resourcePool.strategy" : "privatePool.matchCriteria", p -> p
                    + ": " + which + " are set while SpotStrategy is " + c.getSpotStrategy().get().apiValue()
                    + "; private pools serve pay-as-you-go instances only, remove the pool options or the spot strategy");
        }
        if (!resourcePool.getPrivatePoolIds().isEmpty() && !resourcePool.getPrivatePoolTags().isEmpty()) {
            r.add(RESOURCE_POOL_IDS_AND_TAGS, "resourcePool.privatePoolTags", p -> p + " is set together with"
                    + " PrivatePoolIds; select pools either by ID or by tags");
        }
    }
}
