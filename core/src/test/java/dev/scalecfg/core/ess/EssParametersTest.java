package dev.scalecfg.core.ess;

import static dev.scalecfg.core.ess.ApiVersion.V2014_08_28;
import static dev.scalecfg.core.ess.ApiVersion.V2022_02_22;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.scalecfg.core.ConfigFormatException;
import dev.scalecfg.core.DiskSpec;
import dev.scalecfg.core.FormatError;
import dev.scalecfg.core.Fixtures;
import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.LifecycleState;
import dev.scalecfg.core.ScalingConfiguration;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class EssParametersTest {

    private static ConfigFormatException failure(Map<String, String> parameters) {
        return catchThrowableOfType(ConfigFormatException.class, () -> EssParameters.fromParameters(parameters));
    }

    private static List<String> lines(ConfigFormatException failure) {
        return failure.getErrors().stream().map(FormatError::toString).collect(Collectors.toList());
    }

    private static Map<String, String> params(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    // ---- round trips ----------------------------------------------------------------------

    @Test
    void writesEveryParameterIn2014SpellingInAStableOrder() {
        assertThat(EssParameters.toParameters(Fixtures.full(), V2014_08_28)).containsExactlyEntriesOf(Fixtures.full2014());
    }

    @Test
    void writesEveryParameterIn2022SpellingInAStableOrder() {
        Map<String, String> written = EssParameters.toParameters(Fixtures.full(), V2022_02_22);
        assertThat(written).containsExactlyEntriesOf(Fixtures.full2022());
        assertThat(written).containsKeys("DataDisks.2.Categories.2", "InstanceTypeOverrides.1.WeightedCapacity",
                "SpotPriceLimits.1.PriceLimit", "InstancePatternInfos.1.Architectures.2",
                "InstancePatternInfos.1.ExcludedInstanceTypes.1");
    }

    @Test
    void readsEveryParameterOfBothVersions() {
        assertThat(EssParameters.fromParameters(Fixtures.full2014())).isEqualTo(Fixtures.full());
        assertThat(EssParameters.fromParameters(Fixtures.full2022())).isEqualTo(Fixtures.full());
    }

    @Test
    void fullMapsRoundTripUnchanged() {
        for (ApiVersion version : ApiVersion.values()) {
            Map<String, String> map = version == V2014_08_28 ? Fixtures.full2014() : Fixtures.full2022();
            assertThat(EssParameters.toParameters(EssParameters.fromParameters(map), version))
                    .containsExactlyEntriesOf(map);
            ScalingConfiguration config = Fixtures.full();
            assertThat(EssParameters.fromParameters(EssParameters.toParameters(config, version))).isEqualTo(config);
        }
    }

    @Test
    void pricesKeepTheirExactDecimalText() {
        ScalingConfiguration config = EssParameters.fromParameters(params("InstanceTypes.1", "ecs.g7.large",
                "SpotPriceLimit.1.InstanceType", "ecs.g7.large", "SpotPriceLimit.1.PriceLimit", "0.050"));
        assertThat(config.getInstanceTypes().get(0).getSpotPriceLimit()).contains(new BigDecimal("0.050"));
        assertThat(config.getInstanceTypes().get(0).getSpotPriceLimit().orElseThrow().scale()).isEqualTo(3);
        assertThat(EssParameters.toParameters(config, V2022_02_22)).containsEntry("SpotPriceLimits.1.PriceLimit", "0.050");
    }

    @Test
    void legacyInstanceTypeIsReadAsAListOfOneAndWrittenAsInstanceTypes1() {
        ScalingConfiguration config = EssParameters.fromParameters(params("InstanceType", "ecs.g7.large"));
        assertThat(config.getInstanceTypes()).containsExactly(InstanceTypeSpec.of("ecs.g7.large"));
        assertThat(EssParameters.toParameters(config, V2014_08_28)).containsExactly(Map.entry("InstanceTypes.1", "ecs.g7.large"));
    }

    @Test
    void typesAllWeightedAreWrittenAsOverridesOnly() {
        ScalingConfiguration config = ScalingConfiguration.builder()
                .addInstanceType(InstanceTypeSpec.builder().instanceType("ecs.a").weightedCapacity(1).build())
                .addInstanceType(InstanceTypeSpec.builder().instanceType("ecs.b").weightedCapacity(3).build())
                .build();
        assertThat(EssParameters.toParameters(config, V2022_02_22).keySet()).containsExactly(
                "InstanceTypeOverrides.1.InstanceType", "InstanceTypeOverrides.1.WeightedCapacity",
                "InstanceTypeOverrides.2.InstanceType", "InstanceTypeOverrides.2.WeightedCapacity");
    }

    @Test
    void dataDiskEncryptedIsATrueFalseString() {
        ScalingConfiguration config = ScalingConfiguration.builder()
                .addDataDisk(DiskSpec.builder().encrypted(true).build()).build();
        assertThat(EssParameters.toParameters(config, V2014_08_28)).containsEntry("DataDisk.1.Encrypted", "true");
        assertThat(EssParameters.fromParameters(params("DataDisks.1.Encrypted", "false")).getDataDisks().get(0)
                .getEncrypted()).contains(false);
    }

    @Test
    void ownerParametersAreIgnoredAndLifecycleStateIsNotWritten() {
        ScalingConfiguration config = EssParameters.fromParameters(params("OwnerId", "123", "OwnerAccount", "me",
                "ResourceOwnerAccount", "you", "ResourceOwnerId", "456", "ScalingGroupId", "asg-1"));
        assertThat(config).isEqualTo(ScalingConfiguration.builder().scalingGroupId("asg-1").build());
        assertThat(EssParameters.toParameters(config.withLifecycleState(LifecycleState.ACTIVE), V2014_08_28))
                .containsOnlyKeys("ScalingGroupId");
    }

    @Test
    void tagsAreAJsonObjectKeptInOrder() {
        ScalingConfiguration config = EssParameters.fromParameters(params("Tags", "{\"b\":\"2\",\"a\":\"\"}"));
        assertThat(config.getTags()).containsExactly(Map.entry("b", "2"), Map.entry("a", ""));
        assertThat(EssParameters.toParameters(config, V2014_08_28)).containsEntry("Tags", "{\"b\":\"2\",\"a\":\"\"}");
    }

    @Test
    void booleansAcceptAnyCaseAndWriteLowerCase() {
        ScalingConfiguration config = EssParameters.fromParameters(params("DeletionProtection", "True"));
        assertThat(config.getDeletionProtection()).contains(true);
        assertThat(EssParameters.toParameters(config, V2014_08_28)).containsEntry("DeletionProtection", "true");
    }

    // ---- errors ---------------------------------------------------------------------------

    @Test
    void unknownParameterSuggestsTheClosestName() {
        assertThat(lines(failure(params("DataDsk.3.Size", "40", "ImagId", "m-1")))).containsExactly(
                "DataDsk.3.Size: is not a parameter of CreateScalingConfiguration; did you mean DataDisk.3.Size?",
                "ImagId: is not a parameter of CreateScalingConfiguration; did you mean ImageId?");
    }

    @Test
    void collectsEveryErrorInOnePass() {
        ConfigFormatException failure = failure(params(
                "SystemDisk.Size", "abc",
                "DataDisk.1.Encrypted", "yes",
                "DataDisk.3.Size", "40",
                "SpotStrategy", "Spot",
                "SecurityGroupIds.0", "sg-1",
                "InstancePatternInfo.x.Cores", "2",
                "Tags", "[\"env\"]",
                "Cpu", "99999999999"));
        assertThat(lines(failure)).containsExactlyInAnyOrder(
                "SystemDisk.Size: \"abc\" is not an integer",
                "DataDisk.1.Encrypted: \"yes\" is not a boolean; expected true or false",
                "DataDisk.2: is missing: the indexes of DataDisk.N must run 1, 2, 3, … without gaps (found [1, 3])",
                "SpotStrategy: \"Spot\" is not one of NoSpot, SpotWithPriceLimit, SpotAsPriceGo",
                "SecurityGroupIds.0: has the index '0'; indexes are whole numbers from 1 (1, 2, 3, …) without leading zeros",
                "InstancePatternInfo.x.Cores: has the index 'x'; indexes are whole numbers from 1 (1, 2, 3, …) without leading zeros",
                "Tags: \"[\\\"env\\\"]\" is not a JSON object of string keys and string values, such as {\"env\":\"prod\"}",
                "Cpu: \"99999999999\" is too large for an integer (at most 2147483647)");
        assertThat(failure.getMessage()).startsWith("8 errors in the scaling configuration:\n  ");
        assertThat(failure.getMessage().lines()).hasSize(9);
    }

    @Test
    void errorCarriesLocationValueAndRule() {
        FormatError error = failure(params("DataDisks.2.Size", "big", "DataDisks.1.Size", "1")).getErrors().get(0);
        assertThat(error.location()).isEqualTo("DataDisks.2.Size");
        assertThat(error.value()).contains("big");
        assertThat(error.message()).isEqualTo("is not an integer");
        assertThat(error.line()).isEmpty();
    }

    @Test
    void tagValuesMustBeStrings() {
        assertThat(lines(failure(params("Tags", "{\"env\":1}")))).containsExactly(
                "Tags: \"{\\\"env\\\":1}\" is not a JSON object of string keys and string values, such as "
                        + "{\"env\":\"prod\"} (the value of \"env\" is not a string)");
        assertThat(failure(params("Tags", "{\"a\":\"1\",\"a\":\"2\"}")).getErrors()).hasSize(1);
        assertThat(failure(params("Tags", "not json")).getErrors().get(0).location()).isEqualTo("Tags");
    }

    @Test
    void overridesNeedBothFields() {
        assertThat(lines(failure(params("InstanceTypeOverride.1.InstanceType", "ecs.a",
                "InstanceTypeOverrides.2.WeightedCapacity", "2")))).containsExactlyInAnyOrder(
                "InstanceTypeOverride.1.WeightedCapacity: is missing: every InstanceTypeOverride.N needs "
                        + "InstanceType and WeightedCapacity",
                "InstanceTypeOverride.2.InstanceType: is missing: every InstanceTypeOverride.N needs "
                        + "InstanceType and WeightedCapacity");
    }

    @Test
    void customPrioritiesAndPoolTagsNeedBothFields() {
        assertThat(lines(failure(params("CustomPriorities.1.InstanceType", "ecs.a",
                "ResourcePoolOptions.PrivatePoolTags.1.Value", "v")))).containsExactlyInAnyOrder(
                "CustomPriorities.1.VswitchId: is missing: every CustomPriorities.N needs InstanceType and VswitchId",
                "ResourcePoolOptions.PrivatePoolTags.1.Key: is missing: every ResourcePoolOptions.PrivatePoolTags.N "
                        + "needs Key and Value");
    }

    @Test
    void legacyInstanceTypeCannotBeMixedWithInstanceTypes() {
        assertThat(lines(failure(params("InstanceType", "ecs.a", "InstanceTypes.1", "ecs.b")))).containsExactly(
                "InstanceType: \"ecs.a\" cannot be combined with InstanceTypes.N; list every type in InstanceTypes.N "
                        + "(the first is tried first)");
    }

    @Test
    void spotPriceLimitMustNameAListedType() {
        assertThat(lines(failure(params("InstanceTypes.1", "ecs.a", "SpotPriceLimits.1.InstanceType", "ecs.b",
                "SpotPriceLimits.1.PriceLimit", "0.5", "SpotPriceLimits.2.InstanceType", "ecs.a",
                "SpotPriceLimits.2.PriceLimit", "0.5", "SpotPriceLimits.3.InstanceType", "ecs.a",
                "SpotPriceLimits.3.PriceLimit", "0.6")))).containsExactly(
                "SpotPriceLimits.1.InstanceType: \"ecs.b\" is not one of the configuration's instance types "
                        + "(InstanceType, InstanceTypes.N, InstanceTypeOverride.N.InstanceType); a spot price limit "
                        + "must name a listed type",
                "SpotPriceLimits.3.InstanceType: \"ecs.a\" already has a price limit; give one SpotPriceLimits.N per "
                        + "instance type");
    }

    @Test
    void theSameParameterInBothSpellingsIsAnError() {
        assertThat(lines(failure(params("DataDisk.1.Size", "40", "DataDisks.1.Size", "50")))).containsExactly(
                "DataDisks.1.Size: is given twice (also as DataDisk.1.Size); give each parameter once");
    }

    @Test
    void listWithoutIndexOrFieldIsAnError() {
        assertThat(lines(failure(params("SecurityGroupIds", "sg-1", "DataDisk.1", "x")))).containsExactly(
                "DataDisk.1: needs a field after the index, such as DataDisk.1.Category",
                "SecurityGroupIds: needs an index: write SecurityGroupIds.1, SecurityGroupIds.2, …");
    }

    @Test
    void decimalsAndEnumsAreChecked() {
        assertThat(lines(failure(params("InstancePatternInfos.1.Memory", "lots", "IoOptimized", "Optimized",
                "SystemDisk.Category", " ")))).containsExactly(
                "InstancePatternInfos.1.Memory: \"lots\" is not a decimal number (such as 0.05)",
                "IoOptimized: \"Optimized\" is not one of none, optimized",
                "SystemDisk.Category: \" \" is not a disk category (it is blank)");
    }

    @Test
    void secretsNeverAppearInErrors() {
        Map<String, String> bad = params("Password", Fixtures.SECRET_PASSWORD, "Password.1", Fixtures.SECRET_PASSWORD,
                "UserData", Fixtures.SECRET_USER_DATA, "Cpu", "x");
        bad.put("UserData.2", Fixtures.SECRET_USER_DATA);
        ConfigFormatException failure = failure(bad);
        assertThat(failure.getErrors()).hasSize(3);
        assertThat(failure.getMessage()).doesNotContain(Fixtures.SECRET_PASSWORD).doesNotContain(Fixtures.SECRET_USER_DATA);
        assertThat(failure.toString()).doesNotContain(Fixtures.SECRET_PASSWORD);
        assertThat(FormatError.of("Password", Fixtures.SECRET_PASSWORD, "is bad").toString())
                .isEqualTo("Password: \"****\" is bad");
    }

    @Test
    void nullsAreRejected() {
        assertThatThrownBy(() -> EssParameters.fromParameters(null)).isInstanceOf(NullPointerException.class);
        Map<String, String> withNull = new LinkedHashMap<>();
        withNull.put("ImageId", null);
        assertThat(lines(failure(withNull))).containsExactly("ImageId: has no value");
    }
}
