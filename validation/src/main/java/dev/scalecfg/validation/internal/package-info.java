/**
 * Implementation of the built-in rules: the Hibernate Validator bootstrap, the mapping of
 * constraint violations to {@code Violation}s and the cross-field rules. Not exported.
 */
package dev.scalecfg.validation.internal;
