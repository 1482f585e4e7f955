/**
 * The inputs of a scale-out plan: the scaling group's side of a scale-out
 * ({@link dev.scalecfg.core.scaleout.ScaleOutRequest}) and what the cloud can deliver
 * ({@link dev.scalecfg.core.scaleout.CapacitySnapshot}).
 *
 * <p>Both are immutable value types built with fluent builders and readable from JSON with
 * Jackson (register {@code Jdk8Module}; instants are ISO-8601 strings such as
 * {@code "2026-11-28T10:00:00Z"}). The {@code scalecfg-launcher} module turns a scaling
 * configuration, a request and a snapshot into a launch plan.
 *
 * <p>Builders reject only nulls and missing required attributes; the launcher reports every
 * other input error (unknown vSwitch IDs, negative counts, duplicate keys...) as an
 * {@link java.lang.IllegalArgumentException} naming the field, the value and the rule.
 *
 * @since 0.1.0
 */
@ScalingStyle
package dev.scalecfg.core.scaleout;

import dev.scalecfg.core.ScalingStyle;
