package dev.scalecfg.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalecfg.core.DiskSpec;
import dev.scalecfg.core.FieldCodes;
import dev.scalecfg.core.NetworkSpec;
import dev.scalecfg.core.ScalingConfiguration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A stock Jakarta validator ({@code Validation.buildDefaultValidatorFactory()}, as Spring injects
 * for {@code @Valid}) sees the field constraints of the model: JavaBeans getters, constraints on
 * the abstract getters, Optional values and nested lists.
 */
final class StockValidatorTest {

    @Test
    void stockValidator_seesTheFieldViolations() {
        ScalingConfiguration config = Fixtures.builder()
                .name("a")
                .loadBalancerWeight(101)
                .putTag("aliyun-env", "prod")
                .addDataDisk(DiskSpec.builder().size(40).device("/dev/sda").build())
                .network(NetworkSpec.builder().securityGroupId("bp18").build())
                .build();

        Map<String, String> found = new TreeMap<>();
        Map<String, String> codes = new TreeMap<>();
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            Set<ConstraintViolation<ScalingConfiguration>> violations = validator.validate(config);
            for (ConstraintViolation<ScalingConfiguration> violation : violations) {
                found.put(violation.getPropertyPath().toString(), violation.getMessage());
                codes.put(violation.getPropertyPath().toString(),
                        FieldCodes.codeOf(violation.getConstraintDescriptor().getPayload()).orElseThrow());
            }
        }

        // plain messages: the stable code travels in the constraint's payload, not in the text
        assertThat(found).hasSize(5);
        assertThat(found).containsEntry("name", "must be 2 to 64 characters long");
        assertThat(found).containsEntry("loadBalancerWeight", "must be 1 to 100");
        assertThat(found).containsEntry("dataDisks[0].device", "must be /dev/xvdb to /dev/xvdz");
        assertThat(found).containsEntry("network.securityGroupId", "must start with 'sg-' followed by the ID");
        assertThat(found.keySet()).anyMatch(path -> path.startsWith("tags") && path.contains("aliyun-env"));
        assertThat(found.values()).noneMatch(message -> message.matches("[A-Z_]+:.*"));
        assertThat(codes).containsEntry("name", "NAME_LENGTH").containsEntry("loadBalancerWeight",
                "LOAD_BALANCER_WEIGHT_OUT_OF_RANGE").containsEntry("dataDisks[0].device", "DEVICE_FORMAT")
                .containsEntry("network.securityGroupId", "ID_FORMAT");
    }

    @Test
    void stockValidator_acceptsTheReference() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            assertThat(factory.getValidator().validate(Fixtures.reference())).isEmpty();
        }
    }

    @Test
    void stockValidator_andChain_agreeOnFieldCodes() {
        ScalingConfiguration config = Fixtures.builder().name("a").clientToken("x".repeat(65)).spotDuration(7).build();

        Set<String> stockCodes = new java.util.TreeSet<>();
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            factory.getValidator().validate(config)
                    .forEach(v -> stockCodes.add(FieldCodes.codeOf(v.getConstraintDescriptor().getPayload()).orElseThrow()));
        }

        assertThat(RuleChain.defaultChain().validate(config).codes()).containsExactlyInAnyOrderElementsOf(stockCodes);
    }
}
