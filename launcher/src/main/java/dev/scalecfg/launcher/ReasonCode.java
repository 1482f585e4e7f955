package dev.scalecfg.launcher;

/**
 * Why the planner skipped, stopped using or noted something about a pool (or the resolver about
 * an instance type a pattern matched), with the real cloud error each code stands for.
 *
 * @since 0.1.0
 */
public enum ReasonCode {
    /** The type matches an intelligent-mode pattern and joins the candidate list. */
    PATTERN_MATCH("matches an instance pattern", ""),
    /** The type matches a pattern's shape but the pattern's {@code ExcludedInstanceTypes} names it. */
    PATTERN_EXCLUDED("excluded by the pattern", ""),
    /** The type matches a pattern but its price is above the pattern's {@code MaxPrice}. */
    PATTERN_PRICE_ABOVE_MAX("price above the pattern's MaxPrice", ""),
    /** The pattern filters on an attribute the snapshot's catalog does not give for the type. */
    PATTERN_ATTRIBUTE_UNKNOWN("attribute the pattern filters on unknown", ""),
    /** The type matches a pattern but is already one of the configuration's explicit types. */
    PATTERN_ALREADY_LISTED("already an explicit instance type", ""),
    /** The type matches a pattern but the candidate list already holds the most types ESS allows. */
    PATTERN_LIMIT_REACHED("instance-type limit reached", ""),
    /** The configuration's patterns were not resolved: the snapshot has no instance-type catalog. */
    PATTERN_NOT_RESOLVED("patterns not resolved (no catalog)", ""),
    /** No instance type is left to plan with: the patterns matched none. */
    NO_CANDIDATE_TYPE("no instance type to plan with", "no instance type matches the configuration (scaling activity Failed)"),
    /** The pool's vSwitch is outside the vSwitches the request asks for. */
    NOT_REQUESTED("vSwitch outside the requested subset", ""),
    /** The instance type is not sold in the zone with this billing. */
    NOT_OFFERED("instance type not offered in the zone", "InvalidResourceType.NotSupported, Zone.NotOnSale (EC2: Unsupported)"),
    /** The pool's stock is exhausted (also recorded on a partial take). */
    NO_STOCK("stock exhausted", "OperationDenied.NoStock (EC2: InsufficientInstanceCapacity)"),
    /** The per-type instance quota is exhausted. */
    QUOTA_EXCEEDED("instance-type quota exhausted", "QuotaExceed.ElasticQuota (EC2: VcpuLimitExceeded)"),
    /** The vSwitch has no free IP address left. */
    VSWITCH_NO_FREE_IP("vSwitch out of free IP addresses", "InvalidVSwitchId.IpNotEnough (EC2: InsufficientFreeAddressesInSubnet)"),
    /** No configured system disk category is offered for the type in the zone. */
    DISK_CATEGORY_UNAVAILABLE("no configured disk category offered", "InvalidSystemDiskCategory.ValueNotSupported"),
    /** The spot price is above the type's spot price limit. */
    PRICE_ABOVE_LIMIT("spot price above the type's limit", "spot price limit below the market price (EC2: SpotMaxPriceTooLow)"),
    /** The caller's shortage cache excludes the pool until a later instant. */
    RECENTLY_UNAVAILABLE("excluded by the shortage cache", ""),
    /** The spot pool is outside the cheapest spot pools used for diversification. */
    NOT_IN_SPOT_POOL_SET("outside the spot instance pools", ""),
    /** A zone could supply no more capacity in this phase (balance bookkeeping). */
    ZONE_EXHAUSTED("zone cannot supply more", "OperationDenied.NoStock"),
    /**
     * A zone received its balanced share (balance bookkeeping): a zone note, and under
     * {@code BALANCED_ONLY} also the reason of each pool of that zone that was not needed.
     */
    ZONE_TARGET_REACHED("zone reached its balanced target", ""),
    /** Spot demand that could not be placed was handed to pay-as-you-go. */
    SPOT_SHORTFALL_COMPENSATED("spot shortfall compensated with pay-as-you-go", ""),
    /**
     * The pool was not needed: the phase's demand was met before it, and it still had room (every
     * policy: the priority and cheapest-first walks, zone balance and spot round-robin). A pool
     * without room says its limit instead.
     */
    REQUEST_SATISFIED("demand already met", ""),
    /** The group is at or above its maximum size; nothing is planned. */
    MAX_SIZE_REACHED("group at its maximum size", "scaling activity Rejected (ESS StatusCode; the group is at MaxSize)"),
    /** The requested units were reduced to the group's headroom. */
    CLAMPED_TO_MAX_SIZE("request clamped to the maximum size", ""),
    /** Fewer units than the minimum count could be planned; nothing is planned. */
    BELOW_MIN_COUNT("fewer units than the minimum count", "MinAmount not reached (RunInstances fails)"),
    /**
     * The ordered instance or host name of the last planned instance would exceed the pattern's
     * digits; ESS fails the scale-out, so nothing is planned.
     */
    NAME_SEQUENCE_EXHAUSTED("ordered names would overflow their digits",
            "scaling activity Failed (ESS suspends scale-outs whose ordered names overflow)");

    private final String meaning;
    private final String cloudError;

    ReasonCode(String meaning, String cloudError) {
        this.meaning = meaning;
        this.cloudError = cloudError;
    }

    /**
     * Returns a short English description of the code.
     *
     * @return the meaning
     */
    public String meaning() {
        return meaning;
    }

    /**
     * Returns the ECS/ESS error code the real cloud reports in the situation this code stands for,
     * or an empty string when the situation is planner bookkeeping with no cloud error.
     *
     * @return the real cloud error, or empty
     */
    public String cloudError() {
        return cloudError;
    }
}
