package dev.scalecfg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class PreviewTest {
    @TempDir
    Path dir;

    @Test
    void showsTheConsoleSectionsInOrder() {
        Run run = Run.of("preview", "examples/web-tier.json");
        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.out).containsSubsequence("Scaling configuration web-tier", "Basic settings", "Billing method:",
                "Pay-as-you-go", "Instance types:", "1. ecs.g7.large", "2. ecs.g6.large", "3. ecs.c7.xlarge", "Image:",
                "Storage:", "system disk: cloud_essd, PL0, 40 GiB", "data disk 1: cloud_essd", "Public IP address:",
                "not assigned", "Security groups:", "sg-bp18kz60mefs3c4d", "System settings", "Tags:", "env=prod",
                "Resource group:", "Logon credentials:", "key pair web-ops-2026", "Instance name:", "Host name:",
                "RAM role:", "WebTierEcsRole", "User data:", "bytes (not shown)", "Violations");
    }

    @Test
    void preemptibleShowsPriceLimitsInPriorityOrder() {
        Run run = Run.of("preview", "examples/preemptible-multi-type.json");
        assertThat(run.out).contains("Preemptible instance").containsSubsequence(
                "1. ecs.c7.xlarge  (weight 4, price limit 0.25/h)", "2. ecs.c6.xlarge", "3. ecs.c7.2xlarge",
                "4. ecs.c6.large");
    }

    @Test
    void showsTheIpv6AddressCountAndTheLifecycleState() throws IOException {
        Files.writeString(dir.resolve("c.json"), "{\"scalingGroupId\": \"asg-bp14wlu85wrpchm0a1b2\","
                + " \"lifecycleState\": \"Inactive\","
                + " \"image\": {\"imageId\": \"aliyun_3_x64_20G_alibase_20240819.vhd\"},"
                + " \"instanceTypes\": [{\"instanceType\": \"ecs.g7.large\"}],"
                + " \"network\": {\"securityGroupId\": \"sg-bp18kz60mefs3c4d\", \"ipv6AddressCount\": 2}}");
        Files.writeString(dir.resolve("nic.json"), "{\"scalingGroupId\": \"asg-bp14wlu85wrpchm0a1b2\","
                + " \"image\": {\"imageId\": \"aliyun_3_x64_20G_alibase_20240819.vhd\"},"
                + " \"instanceTypes\": [{\"instanceType\": \"ecs.g7.large\"}],"
                + " \"network\": {\"networkInterfaces\": [{\"interfaceType\": \"Secondary\", \"ipv6AddressCount\": 0},"
                + " {\"interfaceType\": \"Primary\", \"securityGroupIds\": [\"sg-bp18kz60mefs3c4d\"],"
                + " \"ipv6AddressCount\": 1}]}}");

        Run top = Run.in(dir, "preview", "c.json");
        Run primary = Run.in(dir, "preview", "nic.json");
        Run neither = Run.of("preview", "examples/minimal.json");

        assertThat(top.out).as(top.toString()).containsSubsequence("Scaling group:", "Lifecycle state:    Inactive",
                "Public IP address:", "IPv6 addresses:     2 per instance", "Security groups:");
        assertThat(primary.out).as(primary.toString()).contains("IPv6 addresses:     1 per instance")
                .doesNotContain("Lifecycle state:");
        assertThat(neither.out).contains("IPv6 addresses:     -");
    }

    @Test
    void secretsAreMasked() throws IOException {
        String password = "S3cret!Passw0rd";
        String userData = java.util.Base64.getEncoder().encodeToString("echo top-secret".getBytes());
        Files.writeString(dir.resolve("s.json"), "{\"scalingGroupId\": \"asg-bp14wlu85wrpchm0a1b2\","
                + " \"image\": {\"imageId\": \"aliyun_3_x64_20G_alibase_20240819.vhd\"},"
                + " \"instanceTypes\": [{\"instanceType\": \"ecs.g7.large\"}],"
                + " \"network\": {\"securityGroupId\": \"sg-bp18kz60mefs3c4d\"},"
                + " \"credentials\": {\"password\": \"" + password + "\"}, \"userData\": \"" + userData + "\"}");
        Run run = Run.in(dir, "preview", "s.json");
        assertThat(run.out).contains("password ******** (set)", "15 bytes (not shown)")
                .doesNotContain(password).doesNotContain(userData).doesNotContain("top-secret");
        assertThat(run.err).doesNotContain(password);
    }
}
