package dev.scalecfg.launcher;

/**
 * The outcome of a plan, with the ESS scaling-activity status it corresponds to.
 *
 * @since 0.1.0
 */
public enum PlanStatus {
    /** Every effective unit is planned (ESS {@code Successful}). */
    FULFILLED("Successful"),
    /** Some units, at least the minimum count, are planned (ESS {@code Warning}: partially successful). */
    PARTIAL("Warning"),
    /**
     * Nothing is planned (ESS {@code Failed}): fewer units than the minimum count could be planned,
     * or the ordered names of the planned instances would overflow their digits.
     */
    NONE("Failed"),
    /** The group is already at its maximum size (ESS {@code Rejected}). */
    REJECTED("Rejected");

    private final String essStatus;

    PlanStatus(String essStatus) {
        this.essStatus = essStatus;
    }

    /**
     * Returns the ESS scaling-activity {@code StatusCode} this status corresponds to.
     *
     * @return {@code Successful}, {@code Warning}, {@code Failed} or {@code Rejected}
     */
    public String essStatus() {
        return essStatus;
    }
}
