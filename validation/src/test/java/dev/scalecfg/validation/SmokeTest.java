package dev.scalecfg.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalecfg.core.DiskCategory;
import dev.scalecfg.core.DiskSpec;
import dev.scalecfg.core.PerformanceLevel;
import org.junit.jupiter.api.Test;

final class SmokeTest {
    @Test
    void smoke() {
        assertThat(RuleChain.defaultChain().validate(Fixtures.reference()).getViolations()).isEmpty();
        var c = Fixtures.builder().name("a").putTag("aliyun-x", "v").addDataDisk(DiskSpec.builder().build())
                .addDataDisk(DiskSpec.builder().category(DiskCategory.CLOUD_ESSD).performanceLevel(PerformanceLevel.PL1).size(10).build())
                .clientToken("x".repeat(70)).build();
        RuleChain.defaultChain().validate(c).getViolations().forEach(System.out::println);
        RuleChain.defaultChain().validate(c, ValidationContext.builder().apiVersion("2022-02-22").build()).getViolations().forEach(System.out::println);
    }
}
