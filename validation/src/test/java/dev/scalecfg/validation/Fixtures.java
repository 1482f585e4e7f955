package dev.scalecfg.validation;

import dev.scalecfg.core.ImageSpec;
import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.NetworkSpec;
import dev.scalecfg.core.ScalingConfiguration;

/** The reference configuration R of the codes table: valid, no violation at all. */
final class Fixtures {

    static final String IMAGE = "aliyun_3_x64_20G_alibase_20240819.vhd";
    static final String SG = "sg-bp18kz60mefsxxxx";

    private Fixtures() {}

    static ScalingConfiguration reference() {
        return ScalingConfiguration.builder()
                .scalingGroupId("asg-bp14wlu85wrpchm0xxxx")
                .name("web-tier")
                .image(ImageSpec.builder().imageId(IMAGE).build())
                .addInstanceType(InstanceTypeSpec.of("ecs.g7.large"))
                .network(NetworkSpec.builder().securityGroupId(SG).build())
                .build();
    }

    static ScalingConfiguration.Builder builder() {
        return reference().toBuilder();
    }
}
