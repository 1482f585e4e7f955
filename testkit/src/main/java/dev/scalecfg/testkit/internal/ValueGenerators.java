package dev.scalecfg.testkit.internal;

import dev.scalecfg.core.ApiLimits;
import dev.scalecfg.core.DiskCategory;
import dev.scalecfg.core.DiskSpec;
import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.NetworkSpec;
import dev.scalecfg.core.SystemDiskSpec;
import dev.scalecfg.testkit.DiskSpecGenerator;
import dev.scalecfg.testkit.HostNameGenerator;
import dev.scalecfg.testkit.InstanceTypeSpecGenerator;
import dev.scalecfg.testkit.NetworkSpecGenerator;
import dev.scalecfg.testkit.OrderedNamePatternGenerator;
import dev.scalecfg.testkit.SystemDiskSpecGenerator;
import dev.scalecfg.testkit.TagsGenerator;
import java.util.Map;
import org.quicktheories.core.RandomnessSource;

/** The standard implementations of the value-type generators. */
public final class ValueGenerators {

    private ValueGenerators() {}

    /** Instance-type entries. */
    public record InstanceTypes(boolean onlyBurstable, boolean withWeights, boolean withLimit) implements InstanceTypeSpecGenerator {
        @Override
        public InstanceTypeSpec generate(RandomnessSource source) {
            Draw d = new Draw(source);
            return Parts.instanceType(d, d.pick(onlyBurstable ? Catalog.BURSTABLE : Catalog.TYPES), withWeights, withLimit);
        }

        @Override
        public InstanceTypeSpecGenerator burstable() {
            return new InstanceTypes(true, withWeights, withLimit);
        }

        @Override
        public InstanceTypeSpecGenerator weighted() {
            return new InstanceTypes(onlyBurstable, true, withLimit);
        }

        @Override
        public InstanceTypeSpecGenerator withSpotPriceLimit() {
            return new InstanceTypes(onlyBurstable, withWeights, true);
        }
    }

    /** Data disks; {@code category} null means any. */
    public record DataDisks(DiskCategory fixedCategory, boolean noOptionals) implements DiskSpecGenerator {
        @Override
        public DiskSpec generate(RandomnessSource source) {
            return Parts.dataDisk(new Draw(source), 0, !noOptionals, fixedCategory);
        }

        @Override
        public DiskSpecGenerator category(DiskCategory value) {
            if (!value.isKnown()) {
                throw new IllegalArgumentException("category '" + value + "' is not one of " + DiskCategory.knownValues());
            }
            return new DataDisks(value, noOptionals);
        }

        @Override
        public DiskSpecGenerator minimal() {
            return new DataDisks(fixedCategory, true);
        }
    }

    /** System disks. */
    public record SystemDisks(int imageSize) implements SystemDiskSpecGenerator {
        @Override
        public SystemDiskSpec generate(RandomnessSource source) {
            return Parts.systemDisk(new Draw(source), imageSize, true);
        }

        @Override
        public SystemDiskSpecGenerator forImageSize(int gib) {
            Checks.range("imageSize", gib, gib, 1, Parts.MAX_SYSTEM_SIZE);
            return new SystemDisks(gib);
        }
    }

    /** Network settings. */
    public record Networks(ConfigSettings.Choice network) implements NetworkSpecGenerator {
        @Override
        public NetworkSpec generate(RandomnessSource source) {
            Draw d = new Draw(source);
            Catalog.Region region = Parts.region(d);
            return Parts.network(d, region, network.second(d), true, true);
        }

        @Override
        public NetworkSpecGenerator vpc() {
            return new Networks(ConfigSettings.Choice.SECOND);
        }

        @Override
        public NetworkSpecGenerator classic() {
            return new Networks(ConfigSettings.Choice.FIRST);
        }
    }

    /** Tag maps. */
    public record Tags(int min, int max) implements TagsGenerator {
        @Override
        public Map<String, String> generate(RandomnessSource source) {
            return Parts.tags(new Draw(source), min, max);
        }

        @Override
        public TagsGenerator size(int newMin, int newMax) {
            Checks.range("tags", newMin, newMax, 0, ApiLimits.TAGS_MAX);
            return new Tags(newMin, newMax);
        }
    }

    /** Host names; {@code windows} true keeps to the Windows rule. */
    public record HostNames(boolean windowsRule) implements HostNameGenerator {
        @Override
        public String generate(RandomnessSource source) {
            return Parts.hostName(new Draw(source), windowsRule);
        }

        @Override
        public HostNameGenerator windows() {
            return new HostNames(true);
        }

        @Override
        public HostNameGenerator linux() {
            return new HostNames(false);
        }
    }

    /** Sequential name patterns; {@code form} FIRST = auto-increment, SECOND = batch. */
    public record OrderedPatterns(ConfigSettings.Choice form, int minBits, int maxBits) implements OrderedNamePatternGenerator {
        @Override
        public String generate(RandomnessSource source) {
            Draw d = new Draw(source);
            boolean batch = form.second(d);
            return Parts.orderedPattern(d, !batch, minBits, maxBits, true);
        }

        @Override
        public OrderedNamePatternGenerator autoIncrement() {
            return new OrderedPatterns(ConfigSettings.Choice.FIRST, minBits, maxBits);
        }

        @Override
        public OrderedNamePatternGenerator batch() {
            return new OrderedPatterns(ConfigSettings.Choice.SECOND, minBits, maxBits);
        }

        @Override
        public OrderedNamePatternGenerator bits(int min, int max) {
            Checks.range("bits", min, max, ApiLimits.SEQUENTIAL_BITS_MIN, ApiLimits.SEQUENTIAL_BITS_MAX);
            return new OrderedPatterns(form, min, max);
        }
    }
}
