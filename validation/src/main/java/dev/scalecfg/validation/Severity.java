package dev.scalecfg.validation;

/**
 * How bad a {@link Violation} is.
 *
 * @since 0.1.0
 */
public enum Severity {
    /** The ESS API would reject the configuration. */
    ERROR,
    /** The API accepts the configuration, but it is probably a mistake (an ignored or deprecated setting). */
    WARNING
}
