/**
 * The instance launcher: a pure function that plans a scale-out from a scaling configuration, a
 * scale-out request and a capacity snapshot, and explains every decision.
 *
 * <p>Entry point: {@link dev.scalecfg.launcher.InstanceLauncher#create()} and
 * {@link dev.scalecfg.launcher.InstanceLauncher#plan}. The result, a
 * {@link dev.scalecfg.launcher.LaunchPlan}, lists allocations per pool, a decision trace with a
 * machine-readable {@link dev.scalecfg.launcher.ReasonCode} per visited pool, and the planned
 * instances, expanded lazily.
 *
 * @since 0.1.0
 */
@ScalingStyle
package dev.scalecfg.launcher;

import dev.scalecfg.core.ScalingStyle;
