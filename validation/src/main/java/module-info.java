/**
 * Validation of scaling configurations: a pluggable, thread-safe rule chain reporting every
 * mistake the ESS API would reject, with stable codes. Extra rules are found through
 * {@link java.util.ServiceLoader} when the user opts in.
 */
module dev.scalecfg.validation {
    requires transitive dev.scalecfg.core;
    requires transitive jakarta.validation;
    requires static org.immutables.value;
    requires org.hibernate.validator;
    requires org.slf4j;

    exports dev.scalecfg.validation;
    exports dev.scalecfg.validation.rules;

    opens dev.scalecfg.validation to com.fasterxml.jackson.databind;

    uses dev.scalecfg.validation.Rule;
}
