package dev.scalecfg.core.scaleout;

/**
 * How the PRIORITY walk nests the vSwitch list and the instance-type list.
 *
 * @since 0.1.0
 */
public enum Nesting {
    /** every type in the first vSwitch, then every type in the second vSwitch (the default, the ESS reading). */
    ZONE_MAJOR,
    /** the first type in every vSwitch, then the second type in every vSwitch. */
    TYPE_MAJOR
}
