package dev.scalecfg.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ScalingConfigurationModelTest {

    private static ScalingConfiguration webTier() {
        return ScalingConfiguration.builder()
                .scalingGroupId("asg-bp14wlu85wrpchm0abcd")
                .name("web-tier")
                .image(ImageSpec.builder().imageId("aliyun_3_x64_20G_alibase_20240819.vhd").build())
                .addInstanceType(InstanceTypeSpec.of("ecs.g7.large"))
                .addInstanceType(InstanceTypeSpec.builder()
                        .instanceType("ecs.g6.large")
                        .weightedCapacity(2)
                        .spotPriceLimit(new BigDecimal("0.050"))
                        .build())
                .network(NetworkSpec.builder().securityGroupId("sg-bp18kz60mefsabcd").build())
                .credentials(CredentialsSpec.builder().password(Password.of("Sup3r-Secret!")).build())
                .userData(UserData.ofPlainText("#!/bin/sh\necho token=abc123\n"))
                .putTag("env", "prod")
                .build();
    }

    @Test
    void builder_keepsInstanceTypesInPriorityOrder() {
        ScalingConfiguration config = webTier();

        assertThat(config.getInstanceTypes()).extracting(InstanceTypeSpec::getInstanceType)
                .containsExactly("ecs.g7.large", "ecs.g6.large");
        assertThat(config.getInstanceTypes().get(1).getWeightedCapacity()).contains(2);
        assertThat(config.getInstanceTypes().get(1).getSpotPriceLimit()).contains(new BigDecimal("0.050"));
    }

    @Test
    void builder_missingRequiredAttribute_namesIt() {
        assertThatThrownBy(() -> InstanceTypeSpec.builder().weightedCapacity(3).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("InstanceTypeSpec")
                .hasMessageContaining("instanceType");
    }

    @Test
    void builder_null_namesTheAttribute() {
        assertThatThrownBy(() -> ScalingConfiguration.builder().name((String) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> ScalingConfiguration.builder().addInstanceType((InstanceTypeSpec) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("instanceTypes");
    }

    @Test
    void emptyConfiguration_hasEmptyCollectionsAndNestedSpecs() {
        ScalingConfiguration empty = ScalingConfiguration.builder().build();

        assertThat(empty.getInstanceTypes()).isEmpty();
        assertThat(empty.getDataDisks()).isEmpty();
        assertThat(empty.getTags()).isEmpty();
        assertThat(empty.getNetwork().getSecurityGroupIds()).isEmpty();
        assertThat(empty.getImage().getImageId()).isEmpty();
        assertThat(empty.preemptible()).isFalse();
    }

    @Test
    void collections_areUnmodifiable() {
        ScalingConfiguration config = webTier();
        List<InstanceTypeSpec> types = config.getInstanceTypes();

        assertThatThrownBy(() -> types.add(InstanceTypeSpec.of("ecs.c6.large")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> config.getTags().put("k", "v"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void toBuilderAndWithers_copyWithoutTouchingTheOriginal() {
        ScalingConfiguration original = webTier();

        ScalingConfiguration renamed = original.withName("api-tier");
        ScalingConfiguration rebuilt = original.toBuilder().spotStrategy(SpotStrategy.SPOT_AS_PRICE_GO).build();

        assertThat(original.getName()).contains("web-tier");
        assertThat(renamed.getName()).contains("api-tier");
        assertThat(renamed.withName("web-tier")).isEqualTo(original);
        assertThat(rebuilt.preemptible()).isTrue();
        assertThat(original.toBuilder().build()).isEqualTo(original);
    }

    @Test
    void toString_neverShowsSecrets() {
        String text = webTier().toString();

        assertThat(text).doesNotContain("Sup3r-Secret!").doesNotContain("abc123")
                .doesNotContain(UserData.ofPlainText("#!/bin/sh\necho token=abc123\n").base64())
                .contains("Password[set]")
                .contains("UserData[28 bytes]");
        assertThat(Password.of("x").toString()).isEqualTo("Password[set]");
    }

    @Test
    void userData_keepsInvalidBase64VerbatimForTheValidator() {
        UserData notBase64 = UserData.ofBase64("not base64!");

        assertThat(notBase64.base64()).isEqualTo("not base64!");
        assertThat(notBase64.decodedSize()).isEmpty();
        assertThat(notBase64.toString()).isEqualTo("UserData[not Base64]");
        assertThat(UserData.ofBase64("ZWNobyBoZWxsbyBlY3Mh").decodedSize()).contains(15);
    }

    @Test
    void diskCategory_isOpenButKnowsTheDocumentedValues() {
        assertThat(DiskCategory.of("cloud_essd")).isSameAs(DiskCategory.CLOUD_ESSD);
        assertThat(DiskCategory.CLOUD_ESSD.isKnown()).isTrue();
        assertThat(DiskCategory.CLOUD_ESSD.isCloudDisk()).isTrue();
        assertThat(DiskCategory.CLOUD_AUTO.isCloudDisk()).isFalse();

        DiskCategory future = DiskCategory.of("cloud_essd_entry");
        assertThat(future.isKnown()).isFalse();
        assertThat(future.apiValue()).isEqualTo("cloud_essd_entry");
        assertThat(future).isEqualTo(DiskCategory.of("cloud_essd_entry"));
        assertThatThrownBy(() -> DiskCategory.of(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void closedEnums_useTheExactApiSpellingAndListAllowedValues() {
        assertThat(SpotStrategy.fromApiValue("SpotWithPriceLimit")).isEqualTo(SpotStrategy.SPOT_WITH_PRICE_LIMIT);
        assertThat(EncryptAlgorithm.AES_256.apiValue()).isEqualTo("AES-256");
        assertThat(IoOptimized.fromApiValue("optimized")).isEqualTo(IoOptimized.OPTIMIZED);

        assertThatThrownBy(() -> SpotStrategy.fromApiValue("spotwithpricelimit"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'spotwithpricelimit'")
                .hasMessageContaining("NoSpot, SpotWithPriceLimit, SpotAsPriceGo");
    }
}
