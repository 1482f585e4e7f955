/**
 * Property-based generators (QuickTheories) for every scalecfg value type, for the project's own
 * tests and for users' tests.
 *
 * <p>Entry points:
 * <ul>
 *   <li>{@link dev.scalecfg.testkit.ScalingGenerators}: fluent, immutable generators of valid
 *       configurations ({@code configurations()}), of configurations with exactly one documented
 *       mistake ({@code invalidConfigurations()}), of every part (instance types, disks, network,
 *       tags, names, sequential name patterns) and of launcher inputs ({@code scaleOutScenarios()});</li>
 *   <li>{@link dev.scalecfg.testkit.ScalingSamples}: seeded draws for any test framework.</li>
 * </ul>
 *
 * <pre>{@code
 * qt().forAll(ScalingGenerators.configurations().windows().preemptible().gen())
 *     .check(config -> myPolicy.accepts(config));
 *
 * ScalingConfiguration config = ScalingSamples.configuration(42L);   // same seed, equal value
 * }</pre>
 *
 * <p>Generators draw every choice through QuickTheories primitives whose smallest value is the
 * simplest choice, so QuickTheories shrinks a failing example toward one instance type, no data
 * disks, short names and no optional settings.
 *
 * @since 0.1.0
 */
package dev.scalecfg.testkit;
