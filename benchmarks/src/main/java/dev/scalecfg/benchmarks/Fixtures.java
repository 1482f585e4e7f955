package dev.scalecfg.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.scalecfg.core.ImageSpec;
import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.NetworkSpec;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.json.ScalingJacksonModule;
import dev.scalecfg.testkit.ScalingGenerators;
import dev.scalecfg.testkit.ScalingSamples;
import dev.scalecfg.validation.RuleChain;
import dev.scalecfg.validation.Violation;
import java.util.List;

/** The configurations every benchmark shares, and the plain Jackson mappers of the baselines. */
final class Fixtures {
    /** A plain Jackson mapper: default settings, no strictness, no limits, no error collection. */
    static final ObjectMapper PLAIN = JsonMapper.builder().build();

    /**
     * A plain Jackson mapper that can bind the model's classes: default settings plus the model's
     * module ({@code Optional} attributes, the short form of instance types).
     */
    static final ObjectMapper PLAIN_MODEL = JsonMapper.builder().addModule(new ScalingJacksonModule()).build();

    private Fixtures() {}

    /**
     * Returns the configuration of a size.
     *
     * @param size {@code large}: a testkit configuration with 10 instance types and 16 data disks
     *     (fixed seed); {@code minimal}: a scaling group, an image, one instance type and a security
     *     group, the least a valid configuration holds
     * @return the configuration, without any violation under the default rule chain
     */
    static ScalingConfiguration configuration(String size) {
        ScalingConfiguration configuration = switch (size) {
            case "large" -> ScalingSamples.sample(
                    ScalingGenerators.configurations().instanceTypes(10, 10).dataDisks(16, 16), 42L);
            case "minimal" -> ScalingConfiguration.builder()
                    .scalingGroupId("asg-bp14wlu85wrpchm0a1b2")
                    .image(ImageSpec.builder().imageId("aliyun_3_x64_20G_alibase_20240819.vhd").build())
                    .addInstanceType(InstanceTypeSpec.of("ecs.g7.large"))
                    .network(NetworkSpec.builder().securityGroupId("sg-bp18kz60mefs3c4d").build())
                    .build();
            default -> throw new IllegalArgumentException("unknown size: " + size);
        };
        List<Violation> violations = RuleChain.defaultChain().validate(configuration).getViolations();
        if (!violations.isEmpty()) {
            // the benchmarks measure the path of a valid configuration, not the reporting of mistakes
            throw new IllegalStateException("the " + size + " configuration is not valid: " + violations);
        }
        return configuration;
    }
}
