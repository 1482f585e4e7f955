package dev.scalecfg.testkit;

import dev.scalecfg.core.Password;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.scaleout.CapacitySnapshot;
import dev.scalecfg.core.scaleout.ScaleOutRequest;
import dev.scalecfg.testkit.internal.ArbitraryConfigurations;
import dev.scalecfg.testkit.internal.Catalog;
import dev.scalecfg.testkit.internal.ConfigSettings;
import dev.scalecfg.testkit.internal.DefaultConfigurationGenerator;
import dev.scalecfg.testkit.internal.DefaultInvalidConfigurationGenerator;
import dev.scalecfg.testkit.internal.DefaultScaleOutScenarioGenerator;
import dev.scalecfg.testkit.internal.Draw;
import dev.scalecfg.testkit.internal.Mutations;
import dev.scalecfg.testkit.internal.Parts;
import dev.scalecfg.testkit.internal.ValueGenerators;
import java.util.LinkedHashSet;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for scaling configurations and their parts: the entry point of the
 * testkit.
 *
 * <p>Every factory returns a fluent, immutable generator: each knob returns a new generator, and
 * each generator is a QuickTheories {@link Gen} (also reachable through {@code gen()}):
 * <pre>{@code
 * import static org.quicktheories.QuickTheory.qt;
 *
 * qt().forAll(ScalingGenerators.configurations().windows().dataDisks(0, 2).gen())
 *     .checkAssert(config -> assertThat(myPolicy.accepts(config)).isTrue());
 *
 * qt().forAll(ScalingGenerators.invalidConfigurations().gen())
 *     .checkAssert(sample -> assertThat(RuleChain.defaultChain()
 *         .validate(sample.configuration(), sample.context()).codes())
 *         .containsOnly(sample.expectedCode()));
 * }</pre>
 *
 * <p>Values are realistic (real ECS instance types including burstable ones, public image IDs,
 * {@code sg-}/{@code vsw-}/{@code asg-} IDs, zones such as {@code cn-hangzhou-h}) and are built
 * from QuickTheories primitives whose smallest draw is the simplest choice, so failing properties
 * shrink to small configurations. For a plain seeded draw without QuickTheories' runner, use
 * {@link ScalingSamples}.
 *
 * @since 0.1.0
 */
public final class ScalingGenerators {

    private ScalingGenerators() {}

    /**
     * Returns a generator of configurations that are valid by construction: any OS, billing and
     * network type, 1-4 instance types, 0-4 data disks, optional settings sometimes present.
     *
     * @return a configuration generator; narrow it with its knobs
     */
    public static ConfigurationGenerator configurations() {
        return new DefaultConfigurationGenerator(ConfigSettings.defaults());
    }

    /**
     * Returns a generator of configurations with every attribute drawn from awkward values (quotes,
     * backslashes, dots, non-ASCII text, empty strings, decimals of any scale and sign), valid or not:
     * for round trips of codecs and storage, and for fuzzing. What the ESS wire format cannot express
     * is left out (empty list elements, weighted and unweighted types mixed, repeated type names, empty
     * optional strings), so every value survives JSON, the ESS parameters of both API versions and an
     * aliyun command line. The lifecycle state, which is not an API parameter, is never set.
     *
     * @return a generator of arbitrary configurations
     * @since 0.2.0
     */
    public static Gen<ScalingConfiguration> anyConfigurations() {
        return ArbitraryConfigurations.configurations(false);
    }

    /**
     * Returns a generator of configurations with exactly one documented mistake each, paired with
     * the violation code the default rule chain must report.
     *
     * @return an invalid-configuration generator over every code of {@link #mutationCodes()}
     */
    public static InvalidConfigurationGenerator invalidConfigurations() {
        return new DefaultInvalidConfigurationGenerator(Mutations.codes());
    }

    /**
     * Returns the violation codes the built-in rules of {@code scalecfg-validation} declare: the codes
     * a configuration can break, read from the validator's code registry
     * ({@code RuleChain.defaultChain().codes()}, without the readers' codes).
     *
     * @return the codes, in the order of the registry (and of the codes table of docs/validation.md)
     */
    public static Set<String> documentedCodes() {
        return new LinkedHashSet<>(Mutations.documented());
    }

    /**
     * Returns the violation codes {@link #invalidConfigurations()} can produce: one mutation each.
     *
     * @return the codes, in draw order
     */
    public static Set<String> mutationCodes() {
        return new LinkedHashSet<>(Mutations.codes());
    }

    /**
     * Returns a generator of instance-type entries with real ECS type names.
     *
     * @return an instance-type generator
     */
    public static InstanceTypeSpecGenerator instanceTypeSpecs() {
        return new ValueGenerators.InstanceTypes(false, false, false);
    }

    /**
     * Returns a generator of real ECS instance type names, such as {@code ecs.g6.large} or
     * {@code ecs.t6-c1m2.large}; shrinks to {@code ecs.g6.large}.
     *
     * @return a type-name generator
     */
    public static Gen<String> instanceTypeNames() {
        return Generate.pick(Catalog.TYPE_NAMES);
    }

    /**
     * Returns a generator of valid data disks.
     *
     * @return a data-disk generator
     */
    public static DiskSpecGenerator diskSpecs() {
        return new ValueGenerators.DataDisks(null, false);
    }

    /**
     * Returns a generator of valid system disks for images up to 40 GiB.
     *
     * @return a system-disk generator
     */
    public static SystemDiskSpecGenerator systemDiskSpecs() {
        return new ValueGenerators.SystemDisks(40);
    }

    /**
     * Returns a generator of valid network settings for either network type.
     *
     * @return a network generator
     */
    public static NetworkSpecGenerator networkSpecs() {
        return new ValueGenerators.Networks(ConfigSettings.Choice.ANY);
    }

    /**
     * Returns a generator of valid tag maps with 0-20 tags.
     *
     * @return a tag generator
     */
    public static TagsGenerator tags() {
        return new ValueGenerators.Tags(0, 20);
    }

    /**
     * Returns a generator of valid configuration names ({@code ScalingConfigurationName}): 2-64
     * letters, digits, {@code -}, {@code _} and {@code .}, starting with a letter, such as
     * {@code web-tier-v2}.
     *
     * @return a name generator
     */
    public static Gen<String> names() {
        return source -> Parts.configurationName(new Draw(source));
    }

    /**
     * Returns a generator of valid plain instance names ({@code InstanceName}).
     *
     * @return an instance-name generator
     */
    public static Gen<String> instanceNames() {
        return source -> Parts.instanceName(new Draw(source));
    }

    /**
     * Returns a generator of plain host names valid on every OS; narrow it with
     * {@link HostNameGenerator#linux()} for the longer Linux form.
     *
     * @return a host-name generator
     */
    public static HostNameGenerator hostNames() {
        return new ValueGenerators.HostNames(true);
    }

    /**
     * Returns a generator of sequential name patterns such as
     * {@code web-(AUTO_INCREMENT)[0,3]-ecshost} and {@code node-[1,4]}.
     *
     * @return a pattern generator
     */
    public static OrderedNamePatternGenerator orderedNamePatterns() {
        return new ValueGenerators.OrderedPatterns(ConfigSettings.Choice.ANY, 3, 6);
    }

    /**
     * Returns a generator of valid passwords: 8-30 characters with upper-case and lower-case
     * letters, digits and ECS special characters, never starting with {@code /}.
     *
     * @return a password generator
     */
    public static Gen<Password> passwords() {
        return source -> Parts.password(new Draw(source));
    }

    /**
     * Returns a generator of region IDs such as {@code cn-hangzhou}.
     *
     * @return a region generator
     */
    public static Gen<String> regions() {
        return source -> Parts.region(new Draw(source)).id();
    }

    /**
     * Returns a generator of zone IDs such as {@code cn-hangzhou-h}.
     *
     * @return a zone generator
     */
    public static Gen<String> zones() {
        return source -> {
            Draw d = new Draw(source);
            return Parts.zone(d, Parts.region(d));
        };
    }

    /**
     * Returns a generator of consistent launcher inputs: a valid configuration, a scale-out request
     * and a capacity snapshot (stock-outs, unknown capacity, pools not offered, prices, quotas, free
     * IPs, disk offers, shortage-cache entries).
     *
     * @return a scenario generator
     */
    public static ScaleOutScenarioGenerator scaleOutScenarios() {
        return DefaultScaleOutScenarioGenerator.defaults();
    }

    /**
     * Returns a generator of valid scale-out requests, the requests of {@link #scaleOutScenarios()};
     * narrow with {@code scaleOutScenarios().policy(...).requests()}.
     *
     * @return a request generator
     */
    public static Gen<ScaleOutRequest> scaleOutRequests() {
        return scaleOutScenarios().requests();
    }

    /**
     * Returns a generator of valid capacity snapshots, the snapshots of {@link #scaleOutScenarios()};
     * narrow with {@code scaleOutScenarios().knownCapacity().snapshots()}.
     *
     * @return a snapshot generator
     */
    public static Gen<CapacitySnapshot> capacitySnapshots() {
        return scaleOutScenarios().snapshots();
    }
}
