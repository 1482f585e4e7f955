package dev.scalecfg.core.ess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalecfg.core.ScalingConfiguration;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Spellings that real clients send and the ESS API accepts (found by the real-world fixture audit). */
final class RealWorldSpellingsTest {

    private static Map<String, String> params(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("ScalingGroupId", "asg-bp1fxuqjw3dphkdx****");
        map.put("InstanceTypes.1", "ecs.g6.large");
        map.put("SecurityGroupId", "sg-bp1ic2ynpbg7ocpw****");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void anEmptyValueLeavesTheParameterOutAsInEveryRpcRequest() {
        // the Terraform provider sends SystemDisk.KMSKeyId (and ImageId) even when they are not set
        ScalingConfiguration withEmpties = EssParameters.fromParameters(params(
                "ImageId", "", "ImageName", "ubuntu-base", "SystemDisk.KMSKeyId", "", "SystemDisk.Encrypted", "false",
                "InternetMaxBandwidthIn", "", "KeyPairName", "", "Tags", "", "DataDisk.1.Size", "100",
                "DataDisk.1.SnapshotId", ""));
        ScalingConfiguration without = EssParameters.fromParameters(params(
                "ImageName", "ubuntu-base", "SystemDisk.Encrypted", "false", "DataDisk.1.Size", "100"));

        assertThat(withEmpties).isEqualTo(without);
        assertThat(withEmpties.getImage().getImageId()).isEmpty();
        assertThat(withEmpties.getSystemDisk().getKmsKeyId()).isEmpty();
        assertThat(EssParameters.toParameters(withEmpties, ApiVersion.V2014_08_28))
                .doesNotContainKeys("ImageId", "SystemDisk.KMSKeyId", "InternetMaxBandwidthIn", "KeyPairName", "Tags");
    }

    @Test
    void pythonSdkBooleansInAnyCaseAreRead() {
        ScalingConfiguration config = EssParameters.fromParameters(params(
                "SystemDisk.Encrypted", "True", "DataDisk.1.Size", "100", "DataDisk.1.DeleteWithInstance", "False",
                "DataDisk.1.Encrypted", "TRUE", "PasswordInherit", "false"));

        assertThat(config.getSystemDisk().getEncrypted()).contains(true);
        assertThat(config.getDataDisks().get(0).getDeleteWithInstance()).contains(false);
        assertThat(config.getDataDisks().get(0).getEncrypted()).contains(true);
        assertThat(EssParameters.toParameters(config, ApiVersion.V2014_08_28))
                .containsEntry("SystemDisk.Encrypted", "true").containsEntry("DataDisk.1.DeleteWithInstance", "false");
    }

    @Test
    void terraformMixesThe2014PatternListWithThe2022SubListNames() {
        Map<String, String> parameters = params("InstancePatternInfo.1.Cores", "2",
                "InstancePatternInfo.1.Memory", "4.00", "InstancePatternInfo.1.MaxPrice", "2.00",
                "InstancePatternInfo.1.Architectures.1", "X86", "InstancePatternInfo.1.ExcludedInstanceTypes.1", "ecs.c6.*");
        parameters.remove("InstanceTypes.1");

        ScalingConfiguration config = EssParameters.fromParameters(parameters);

        assertThat(config.getInstancePatterns().get(0).getArchitectures()).containsExactly("X86");
        assertThat(config.getInstancePatterns().get(0).getExcludedInstanceTypes()).containsExactly("ecs.c6.*");
        assertThat(config.getInstancePatterns().get(0).getMemory()).contains(new BigDecimal("4.00"));
        assertThat(EssParameters.toParameters(config, ApiVersion.V2014_08_28))
                .containsEntry("InstancePatternInfo.1.Architecture.1", "X86")
                .containsEntry("InstancePatternInfo.1.MaxPrice", "2.00");
    }

    @Test
    void theTableOutputOptionOfTheAliyunCliTakesSeveralWords() {
        Map<String, String> parameters = AliyunCommandLine.parse("aliyun ess CreateScalingConfiguration"
                + " --output cols=ScalingConfigurationId,RequestId rows=ScalingConfigurationId"
                + " --ScalingGroupId asg-1 --waiter expr=ScalingConfigurationId to=asc-1 --ImageId m-1");

        assertThat(parameters).containsExactly(Map.entry("ScalingGroupId", "asg-1"), Map.entry("ImageId", "m-1"));
    }

    @Test
    void aStrayWordAfterAnOrdinaryOptionIsStillReported() {
        List<String> errors = List.of();
        try {
            AliyunCommandLine.parse("aliyun ess CreateScalingConfiguration --profile prod extra=1 --ImageId m-1");
        } catch (dev.scalecfg.core.ConfigFormatException failure) {
            errors = failure.getErrors().stream().map(Object::toString).collect(java.util.stream.Collectors.toList());
        }
        assertThat(errors).singleElement().asString().contains("argument without a flag");
    }
}
