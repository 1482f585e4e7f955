package dev.scalecfg.core.scaleout;

/**
 * What to do when the remaining demand is smaller than the weight of the next instance.
 *
 * @since 0.1.0
 */
public enum Overshoot {
    /** start the instance the policy picks anyway (the default; overshoot stays below its weight). */
    ALLOW,
    /** pick, among the pools the policy accepts at this step, the one that overshoots least. */
    MINIMIZE
}
