/**
 * Property-based generators (QuickTheories) for every scalecfg value type.
 *
 * @since 0.1.0
 */
package dev.scalecfg.testkit;
