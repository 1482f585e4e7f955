package dev.scalecfg.testkit;

import dev.scalecfg.core.ScalingConfiguration;
import org.quicktheories.core.Gen;

/**
 * A fluent generator of scaling configurations that are valid by construction: every value
 * respects the limits and cross-field rules of the ESS {@code CreateScalingConfiguration} API
 * (names, lengths, disk sizes per category and performance level, list sizes, tag limits,
 * password complexity, Base64 user data within size, VPC-only features only for VPC groups, key
 * pairs only on Linux, Windows host-name rules, ...).
 *
 * <p>Each knob returns a <em>new</em> generator; the receiver is unchanged, so a generator can be
 * shared and narrowed freely:
 * <pre>{@code
 * ConfigurationGenerator base = ScalingGenerators.configurations();
 * qt().forAll(base.windows().preemptible().gen())
 *     .checkAssert(config -> assertThat(config.preemptible()).isTrue());
 * }</pre>
 *
 * <p>Values are built from QuickTheories primitives whose smallest draw is the simplest choice,
 * so a failing property shrinks toward a small configuration: one instance type, no data disks,
 * short names, absent optional settings.
 *
 * @since 0.1.0
 */
public interface ConfigurationGenerator extends Gen<ScalingConfiguration> {

    /**
     * Narrows to Windows public images ({@code win20xx_...vhd}): Windows host names (2-15
     * characters, no dots), no key pair.
     *
     * @return a new generator
     */
    ConfigurationGenerator windows();

    /**
     * Narrows to Linux images: public Linux images, custom {@code m-...} images and image families.
     *
     * @return a new generator
     */
    ConfigurationGenerator linux();

    /**
     * Narrows to preemptible (spot) instances: {@code SpotAsPriceGo} or {@code SpotWithPriceLimit}
     * (then every instance type carries a price limit).
     *
     * @return a new generator
     */
    ConfigurationGenerator preemptible();

    /**
     * Narrows to pay-as-you-go instances: no spot strategy, or {@code NoSpot}.
     *
     * @return a new generator
     */
    ConfigurationGenerator payAsYouGo();

    /**
     * Sets how many data disks a configuration has.
     *
     * @param min the smallest count, at least 0
     * @param max the largest count, at most 16
     * @return a new generator
     * @throws IllegalArgumentException if the range is empty or outside 0..16
     */
    ConfigurationGenerator dataDisks(int min, int max);

    /**
     * Sets how many instance types a configuration lists.
     *
     * @param min the smallest count, at least 1
     * @param max the largest count, at most 10
     * @return a new generator
     * @throws IllegalArgumentException if the range is empty or outside 1..10
     */
    ConfigurationGenerator instanceTypes(int min, int max);

    /**
     * Narrows to configurations of VPC scaling groups, which may also use the VPC-only features
     * (RAM role, user data, network interfaces, IPv6, intelligent instance patterns, custom
     * priorities); each of them still appears only sometimes.
     *
     * @return a new generator
     */
    ConfigurationGenerator vpc();

    /**
     * Narrows to configurations that a classic-network scaling group accepts: no VPC-only feature.
     *
     * @return a new generator
     */
    ConfigurationGenerator classic();

    /**
     * Narrows to weighted instance types: every type carries a weighted capacity (1-500), so the
     * configuration is sent as {@code InstanceTypeOverride.N}.
     *
     * @return a new generator
     */
    ConfigurationGenerator weighted();

    /**
     * Narrows to instance types without weights ({@code InstanceTypes.N}).
     *
     * @return a new generator
     */
    ConfigurationGenerator unweighted();

    /**
     * Narrows to burstable instance types only ({@code ecs.t5-*}, {@code ecs.t6-*}), which may carry
     * a {@code CreditSpecification}.
     *
     * @return a new generator
     */
    ConfigurationGenerator burstable();

    /**
     * Narrows to configurations that choose their instance types by {@code Cpu} and {@code Memory}
     * (2 to 16 vCPUs, 2 to 8 GiB per vCPU) instead of listing them: no instance types, no custom
     * priorities, no credit specification. The {@link #instanceTypes(int, int)} and
     * {@link #burstable()} knobs do not apply.
     *
     * @return a new generator
     * @since 0.2.0
     */
    ConfigurationGenerator cpuAndMemory();

    /**
     * Leaves out every optional setting except those the other knobs ask for: the result has a
     * scaling group, an image, the instance types and a security group; data disks only when
     * {@link #dataDisks(int, int)} asks for them, and a spot strategy only with {@link #preemptible()}.
     *
     * @return a new generator
     */
    ConfigurationGenerator minimal();

    /**
     * Leaves out the parameters that only API version 2022-02-22 has ({@code HttpEndpoint},
     * {@code HttpTokens}, {@code ResourcePoolOptions.*}, {@code InstanceTypeCandidateOptions.*},
     * {@code NetworkInterfaces.N.SecondaryPrivateIpAddressCount}), so that the configuration
     * survives a round trip through the 2014-08-28 parameters too.
     *
     * @return a new generator
     */
    ConfigurationGenerator api20140828();

    /**
     * Returns this generator as a plain QuickTheories generator, for {@code qt().forAll(...)}.
     *
     * @return this generator
     */
    default Gen<ScalingConfiguration> gen() {
        return this;
    }
}
