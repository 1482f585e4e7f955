/**
 * The scaling-configuration model: immutable value types for every parameter of the ESS
 * {@code CreateScalingConfiguration} API, built with fluent builders.
 *
 * <p>Entry point: {@link dev.scalecfg.core.ScalingConfiguration#builder()}. Codecs for the
 * canonical JSON document and the ESS API parameters live in {@code dev.scalecfg.core.json} and
 * {@code dev.scalecfg.core.ess}.
 *
 * <p>Builders only reject nulls and missing required attributes. Every documented API limit
 * (sizes, lengths, ranges, cross-field rules) is checked by the {@code scalecfg-validation}
 * module, so that an invalid configuration can be built and all of its mistakes reported at once.
 *
 * @since 0.1.0
 */
@ScalingStyle
package dev.scalecfg.core;
