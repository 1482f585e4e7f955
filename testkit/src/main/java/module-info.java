/**
 * The scalecfg testkit: QuickTheories generators of valid and invalid scaling configurations and
 * their parts, plus seeded sampling for any test framework.
 */
module dev.scalecfg.testkit {
    requires transitive dev.scalecfg.core;
    requires transitive quicktheories;
    requires transitive dev.scalecfg.validation;
    requires transitive dev.scalecfg.launcher;

    exports dev.scalecfg.testkit;
}
