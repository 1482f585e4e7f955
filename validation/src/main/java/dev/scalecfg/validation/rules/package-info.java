/**
 * The built-in rules by area, each owning its violation codes, the limits it checks and the
 * documentation of its choices where the sources disagree. Every class holds public
 * {@link dev.scalecfg.validation.ViolationCode} constants (typed codes to match on, such as
 * {@code DiskRules.DISK_SIZE_OUT_OF_RANGE}), the list of codes of each rule, and the rules themselves
 * (the same instances as the constants of {@link dev.scalecfg.validation.BuiltInRules}).
 *
 * <pre>{@code
 * boolean tooSmall = result.getViolations().stream().anyMatch(v -> v.is(DiskRules.DISK_SIZE_OUT_OF_RANGE));
 * }</pre>
 *
 * <p>The limits themselves are written once, in {@link dev.scalecfg.core.ApiLimits}; the registry of
 * every code is {@link dev.scalecfg.validation.CodeRegistry}.
 *
 * @since 0.2.0
 */
package dev.scalecfg.validation.rules;
