/**
 * The scalecfg launcher: plans a scale-out from a scaling configuration, a scale-out request and a
 * capacity snapshot, as a pure function, and explains every decision.
 */
module dev.scalecfg.launcher {
    requires static org.immutables.value;
    requires transitive dev.scalecfg.core;
    requires transitive dev.scalecfg.validation;

    exports dev.scalecfg.launcher;

    opens dev.scalecfg.launcher to com.fasterxml.jackson.databind;
}
