/**
 * Validation of scaling configurations: a rule chain that reports every mistake the ESS API
 * would reject, all at once, with stable codes and precise messages.
 *
 * <p>Entry points:
 * <ul>
 *   <li>{@link dev.scalecfg.validation.RuleChain#defaultChain()} and
 *       {@link dev.scalecfg.validation.RuleChain#validate(dev.scalecfg.core.ScalingConfiguration,
 *       dev.scalecfg.validation.ValidationContext)} — validate;</li>
 *   <li>{@link dev.scalecfg.validation.ValidationResult} and
 *       {@link dev.scalecfg.validation.Violation} — the outcome (code, severity, model path, API
 *       parameter, message; never a secret);</li>
 *   <li>{@link dev.scalecfg.validation.ValidationContext} — facts beyond the configuration
 *       (network type, VPCs, OS type, API version); unknown facts skip the rules needing them;</li>
 *   <li>{@link dev.scalecfg.validation.Rule}, {@link dev.scalecfg.validation.BuiltInRules} and
 *       {@link dev.scalecfg.validation.RuleChain#builder()} — compose a chain, add your own rules,
 *       opt in to rules installed through {@link java.util.ServiceLoader}.</li>
 * </ul>
 *
 * <pre>{@code
 * ValidationResult result = RuleChain.defaultChain().validate(config);
 * result.throwIfInvalid(); // InvalidConfigurationException listing every violation
 * }</pre>
 *
 * <p>The field limits are Jakarta Validation constraints on the model getters, so a stock
 * {@code jakarta.validation.Validator} sees them too; cross-field and context rules need the chain.
 *
 * @since 0.1.0
 */
package dev.scalecfg.validation;
