package dev.scalecfg.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

final class ShrinkingTest {

    @Test
    void failingProperty_shrinksToSmallConfiguration() {
        // a deliberately wrong "policy": it rejects every configuration that uses a single security group ID
        Throwable failure = catchThrowable(() -> qt().withFixedSeed(42).withExamples(200)
                .forAll(ScalingGenerators.configurations().instanceTypes(1, 10).dataDisks(0, 16).gen())
                .check(config -> config.getNetwork().getSecurityGroupId().isEmpty()));

        assertThat(failure).isInstanceOf(AssertionError.class);
        String report = failure.getMessage();
        String smallest = report.substring(report.indexOf("Smallest found falsifying value"), report.indexOf("Other found"));
        assertThat(smallest)
                .contains("instanceTypes=[InstanceTypeSpec{instanceType=ecs.g6.large}]")
                .contains("dataDisks=[]")
                .contains("tags={}")
                .contains("imageId=aliyun_3_x64_20G_alibase_20240819.vhd")
                .contains("scalingGroupId=asg-bpaaaaaaaaaaaaaaaaaa")
                .doesNotContain(" name=")
                .doesNotContain("hostName=")
                .doesNotContain("instanceName=")
                .contains("securityGroupId=sg-");
    }
}
