/**
 * The instance launcher: a pure function that plans a scale-out from a configuration, a request
 * and a capacity snapshot, and explains every decision.
 *
 * @since 0.1.0
 */
package dev.scalecfg.launcher;
