/**
 * Validation of scaling configurations: a rule chain that reports every mistake the ESS API
 * would reject, with stable codes and precise messages.
 *
 * @since 0.1.0
 */
package dev.scalecfg.validation;
