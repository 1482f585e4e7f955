package dev.scalecfg.validation;

/**
 * How bad a {@link Violation} is. {@link ValidationResult#isValid()} fails on {@link #ERROR} only.
 *
 * @since 0.1.0
 */
public enum Severity {
    /** The ESS API would reject the configuration. */
    ERROR,
    /** The API accepts the configuration, but it is probably a mistake (an ignored or deprecated setting). */
    WARNING,
    /**
     * Neither an error nor a warning: a fact the user may want to know, such as an attribute set to
     * a value not known offline (a Terraform reference), whose rules were skipped.
     *
     * @since 0.2.0
     */
    INFO
}
