package dev.scalecfg.core.usage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalecfg.core.DiskSpec;
import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.ScalingConfiguration;
import org.junit.jupiter.api.Test;

/** Users live in other packages: builders, with-ers and toBuilder must be usable from there. */
final class PublicApiFromAnotherPackageTest {

    @Test
    void buildersWithersAndToBuilder_areUsableOutsideTheModelPackage() {
        ScalingConfiguration config = ScalingConfiguration.builder()
                .addInstanceType(InstanceTypeSpec.of("ecs.g6.large"))
                .addDataDisk(DiskSpec.builder().size(100).build())
                .build();

        ScalingConfiguration changed = config.withInstanceDescription("batch workers")
                .toBuilder()
                .addInstanceType(InstanceTypeSpec.of("ecs.c6.large").withWeightedCapacity(2))
                .build();

        assertThat(changed.getInstanceTypes()).hasSize(2);
        assertThat(changed.getInstanceTypes().get(1).getWeightedCapacity()).contains(2);
        assertThat(changed.getInstanceDescription()).contains("batch workers");
        assertThat(config.getInstanceDescription()).isEmpty();
    }
}
