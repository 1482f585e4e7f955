package dev.scalecfg.testkit.internal;

/**
 * The knobs of a configuration generator, immutable; each {@code with*} returns a copy.
 *
 * @param os        which images
 * @param billing   pay-as-you-go, preemptible, or either
 * @param network   VPC, classic, or either
 * @param weights   weighted types, unweighted types, or either
 * @param minDisks  fewest data disks
 * @param maxDisks  most data disks
 * @param minTypes  fewest instance types
 * @param maxTypes  most instance types
 * @param burstable burstable types only
 * @param minimal   no optional settings
 * @param api2014   no parameters that only API version 2022-02-22 has
 * @param disksSet  whether {@code dataDisks(min, max)} was called (then {@code minimal} keeps the disks)
 * @param cpuMemory instance types chosen by Cpu and Memory instead of a list
 */
public record ConfigSettings(Choice os, Choice billing, Choice network, Choice weights, int minDisks, int maxDisks,
        int minTypes, int maxTypes, boolean burstable, boolean minimal, boolean api2014, boolean disksSet, boolean cpuMemory) {

    /** A three-way knob: either (the default; shrinks to {@link #FIRST}), first, or second. */
    public enum Choice {
        /** Either side, drawn per example. */
        ANY,
        /** The first side: Linux, pay-as-you-go, classic, unweighted. */
        FIRST,
        /** The second side: Windows, preemptible, VPC, weighted. */
        SECOND;

        /** Resolves the knob, drawing when it is {@link #ANY}. */
        boolean second(Draw d) {
            return this == SECOND || (this == ANY && d.flip());
        }
    }

    /** The data disks to draw: none for {@code minimal} unless {@code dataDisks(min, max)} asked for some. */
    int[] diskRange() {
        return minimal && !disksSet ? new int[] {0, 0} : new int[] {minDisks, maxDisks};
    }

    /** The defaults: anything valid, up to 4 data disks and up to 4 instance types. */
    public static ConfigSettings defaults() {
        return new ConfigSettings(Choice.ANY, Choice.ANY, Choice.ANY, Choice.ANY, 0, 4, 1, 4, false, false, false, false, false);
    }

    ConfigSettings withOs(Choice value) {
        return new ConfigSettings(value, billing, network, weights, minDisks, maxDisks, minTypes, maxTypes, burstable, minimal, api2014, disksSet, cpuMemory);
    }

    ConfigSettings withBilling(Choice value) {
        return new ConfigSettings(os, value, network, weights, minDisks, maxDisks, minTypes, maxTypes, burstable, minimal, api2014, disksSet, cpuMemory);
    }

    ConfigSettings withNetwork(Choice value) {
        return new ConfigSettings(os, billing, value, weights, minDisks, maxDisks, minTypes, maxTypes, burstable, minimal, api2014, disksSet, cpuMemory);
    }

    ConfigSettings withWeights(Choice value) {
        return new ConfigSettings(os, billing, network, value, minDisks, maxDisks, minTypes, maxTypes, burstable, minimal, api2014, disksSet, cpuMemory);
    }

    ConfigSettings withDisks(int min, int max) {
        return new ConfigSettings(os, billing, network, weights, min, max, minTypes, maxTypes, burstable, minimal, api2014, true, cpuMemory);
    }

    ConfigSettings withTypes(int min, int max) {
        return new ConfigSettings(os, billing, network, weights, minDisks, maxDisks, min, max, burstable, minimal, api2014, disksSet, cpuMemory);
    }

    ConfigSettings withBurstable() {
        return new ConfigSettings(os, billing, network, weights, minDisks, maxDisks, minTypes, maxTypes, true, minimal, api2014, disksSet, cpuMemory);
    }

    ConfigSettings withMinimal() {
        return new ConfigSettings(os, billing, network, weights, minDisks, maxDisks, minTypes, maxTypes, burstable, true, api2014, disksSet, cpuMemory);
    }

    ConfigSettings withCpuMemory() {
        return new ConfigSettings(os, billing, network, weights, minDisks, maxDisks, minTypes, maxTypes, burstable, minimal, api2014,
                disksSet, true);
    }

    ConfigSettings withApi2014() {
        return new ConfigSettings(os, billing, network, weights, minDisks, maxDisks, minTypes, maxTypes, burstable, minimal, true, disksSet, cpuMemory);
    }
}
