package dev.scalecfg.validation;

/**
 * The network type of the scaling group a configuration belongs to. A group is VPC-type iff it was
 * created with {@code VSwitchId}/{@code VSwitchIds.N}.
 *
 * @since 0.1.0
 */
public enum NetworkType {
    /** A VPC scaling group. */
    VPC,
    /** A classic-network scaling group. */
    CLASSIC
}
