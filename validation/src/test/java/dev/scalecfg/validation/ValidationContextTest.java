package dev.scalecfg.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scalecfg.core.ImageSpec;
import dev.scalecfg.core.ess.ApiVersion;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

final class ValidationContextTest {

    @ParameterizedTest
    @CsvSource({
        "win2019_1809_x64_dtc_en-us_40G_alibase_20230811.vhd, WINDOWS",
        "win2022_21H2_x64_dtc_zh-cn_40G_alibase_20240112.vhd, WINDOWS",
        "ubuntu_22_04_x64_20G_alibase_20240130.vhd, LINUX",
        "centos_7_9_x64_20G_alibase_20240128.vhd, LINUX",
        "centos6u5_64_20G_aliaegis_20140703.vhd, LINUX",
        "aliyun_3_x64_20G_alibase_20240819.vhd, LINUX",
        "alibaba_cloud_linux_3_x64.vhd, LINUX",
        "debian_12_x64_20G_alibase_20240119.vhd, LINUX",
        "rockylinux_9_3_x64_20G_alibase_20240108.vhd, LINUX",
    })
    void infersOsFromPublicImageIds(String imageId, OsType expected) {
        assertThat(OsType.inferFromImageId(imageId)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"m-bp67acfmxazb4p", "my_private_image.vhd", "Windows-like-m"})
    void unknownImageIds_inferNothing(String imageId) {
        assertThat(OsType.inferFromImageId(imageId)).isEmpty();
    }

    @Test
    void givenOs_beatsInference() {
        ValidationContext context = ValidationContext.builder().osType(OsType.LINUX).build();
        var windowsImage = Fixtures.builder()
                .image(ImageSpec.builder().imageId("win2019_1809_x64_dtc_en-us_40G_alibase_20230811.vhd").build()).build();

        assertThat(context.resolveOsType(windowsImage)).contains(OsType.LINUX);
        assertThat(ValidationContext.empty().resolveOsType(windowsImage)).contains(OsType.WINDOWS);
        assertThat(ValidationContext.empty().resolveOsType(Fixtures.builder()
                .image(ImageSpec.builder().imageFamily("hangzhou-daily-update").build()).build())).isEmpty();
    }

    @Test
    void networkType_fromVpcId() {
        assertThat(ValidationContext.empty().resolveNetworkType()).isEmpty();
        assertThat(ValidationContext.builder().vpcId("vpc-a").build().resolveNetworkType()).contains(NetworkType.VPC);
        assertThat(ValidationContext.builder().vpcId("vpc-a").networkType(NetworkType.CLASSIC).build().resolveNetworkType())
                .contains(NetworkType.CLASSIC);
    }

    @Test
    void builder_defaultsAndCopies() {
        ValidationContext context = ValidationContext.builder().vpcId("vpc-a").putSecurityGroupVpc("sg-1", "vpc-a")
                .apiVersion("2022-02-22").build();

        assertThat(ValidationContext.empty().getApiVersion()).isEqualTo(ApiVersion.V2014_08_28);
        assertThat(context.getApiVersion()).isEqualTo(ApiVersion.V2022_02_22);
        assertThat(context.toBuilder().build()).isEqualTo(context).hasSameHashCodeAs(context);
        assertThat(context.getSecurityGroupVpcs()).containsEntry("sg-1", "vpc-a");
        assertThat(context.getOsType()).isEqualTo(Optional.empty());
        assertThatThrownBy(() -> context.getSecurityGroupVpcs().put("sg-2", "x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ValidationContext.builder().apiVersion("2019-01-01")).isInstanceOf(IllegalArgumentException.class);
    }
}
