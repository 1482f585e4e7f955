package dev.scalecfg.core.scaleout;

/**
 * How the unit price of a pool is measured (ESS {@code CapacityOptions.PriceComparisonMode}).
 *
 * @since 0.1.0
 */
public enum PriceComparisonMode {
    /** price divided by the type's weighted capacity ({@code PricePerUnit}, the default). */
    PER_UNIT,
    /** price divided by the type's vCPU count ({@code PricePerVCpu}); the snapshot must give the vCPU count of every type. */
    PER_VCPU,
    /** the raw price of one instance. */
    PER_INSTANCE
}
