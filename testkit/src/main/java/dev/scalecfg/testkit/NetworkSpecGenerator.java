package dev.scalecfg.testkit;

import dev.scalecfg.core.NetworkSpec;
import org.quicktheories.core.Gen;

/**
 * A fluent generator of valid network settings: exactly one way of naming the primary security
 * group ({@code SecurityGroupId}, {@code SecurityGroupIds.N} with 1-5 IDs, or
 * {@code NetworkInterfaces.N} with one {@code Primary} entry), outbound bandwidth 0-100 Mbit/s with
 * an inbound bandwidth that follows it, an explicit outbound bandwidth with {@code PayByTraffic}.
 * Each knob returns a new generator.
 *
 * @since 0.1.0
 */
public interface NetworkSpecGenerator extends Gen<NetworkSpec> {

    /**
     * Allows the VPC-only settings: network interfaces and IPv6 addresses.
     *
     * @return a new generator
     */
    NetworkSpecGenerator vpc();

    /**
     * Leaves out the VPC-only settings.
     *
     * @return a new generator
     */
    NetworkSpecGenerator classic();

    /**
     * Returns this generator as a plain QuickTheories generator.
     *
     * @return this generator
     */
    default Gen<NetworkSpec> gen() {
        return this;
    }
}
