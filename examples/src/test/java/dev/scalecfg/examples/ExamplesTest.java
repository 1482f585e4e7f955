package dev.scalecfg.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import dev.scalecfg.validation.RuleChain;
import org.junit.jupiter.api.Test;

/** Runs the main method of every example program and checks what it prints. */
final class ExamplesTest {
    private static String run(Consumer<String[]> main) {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            main.accept(new String[0]);
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void buildConfiguration() {
        String out = run(BuildConfigurationExample::main);
        assertThat(out).containsSubsequence("Built web-tier with 3 instance types", "ecs.g7.large", "ecs.g6.large",
                "ecs.c7.xlarge", "Copy for staging: web-tier-staging, original still web-tier", "User data: UserData[");
        assertThat(out).doesNotContain("nginx");
    }

    @Test
    void readEssParameters() {
        String out = run(ReadEssParametersExample::main);
        assertThat(out).containsSubsequence("Read batch-workers: 2 instance types, system disk 10 GiB",
                "error(s):", "SystemDisk.Size DISK_SIZE_OUT_OF_RANGE", "As 2022-02-22 parameters:");
        assertThat(out).contains("Password PASSWORD_COMPLEXITY").doesNotContain("password\"");
    }

    @Test
    void customRule() {
        String out = run(CustomRuleExample::main);
        assertThat(out).containsSubsequence("{team=finance} -> invalid",
                "ERROR Tags COST_CENTER_TAG: every configuration must carry a cost-center tag",
                "-> valid");
        assertThat(CustomRuleExample.acmeChain().rules()).hasSize(RuleChain.defaultChain().rules().size() + 1);
    }

    @Test
    void planScaleOut() {
        String out = run(PlanScaleOutExample::main);
        assertThat(out).containsSubsequence("Status FULFILLED: 10 of 10 units, shortfall 0",
                "4 x ecs.g7.large in cn-hangzhou-h", "3 x ecs.g6.large in cn-hangzhou-h",
                "3 x ecs.g7.large in cn-hangzhou-i", "Why:", "NO_STOCK");
    }
}
