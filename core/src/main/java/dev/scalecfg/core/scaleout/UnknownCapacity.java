package dev.scalecfg.core.scaleout;

/**
 * How a pool whose stock is unknown is counted.
 *
 * @since 0.1.0
 */
public enum UnknownCapacity {
    /** unknown stock is unlimited; the allocation is marked as not confirmed (the default). */
    OPTIMISTIC,
    /** unknown stock counts as zero. */
    PESSIMISTIC
}
