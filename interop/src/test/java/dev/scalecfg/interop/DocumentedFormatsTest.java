package dev.scalecfg.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalecfg.core.LifecycleState;
import dev.scalecfg.core.ess.DescribeResponseReader;
import dev.scalecfg.core.io.ConfigDocument;
import dev.scalecfg.core.io.ConfigEntry;
import dev.scalecfg.core.io.ReadLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The examples of docs/model-and-formats.md read as the page says they do. */
final class DocumentedFormatsTest {
    private static final Pattern BLOCK = Pattern.compile("```(hcl|yaml|json)\\n(.*?)```", Pattern.DOTALL);

    private static List<String> blocks(String language) throws IOException {
        String page = Files.readString(Path.of("..", "docs", "model-and-formats.md"));
        String section = page.substring(page.indexOf("## Terraform, ROS and live configurations"));
        List<String> blocks = new ArrayList<>();
        Matcher matcher = BLOCK.matcher(section);
        while (matcher.find()) {
            if (matcher.group(1).equals(language)) {
                blocks.add(matcher.group(2));
            }
        }
        return blocks;
    }

    @Test
    void theTerraformExample() throws IOException {
        ConfigDocument document = new TerraformReader().read("main.tf", blocks("hcl").get(0), ReadLimits.defaults());
        assertThat(document.getEntries()).extracting(e -> e.getName().orElseThrow()).containsExactly(
                "alicloud_ess_scaling_configuration.web[0]", "alicloud_ess_scaling_configuration.web[1]");
        ConfigEntry second = document.getEntries().get(1);
        assertThat(second.getUnresolved()).containsExactly("scalingGroupId");
        assertThat(second.getConfiguration().getHostName()).contains("web-prod-1");
        assertThat(second.getConfiguration().getDataDisks()).hasSize(2);
        assertThat(second.getNotes()).containsExactly(
                "instance_name is not set: Terraform sends its default, ESS-Instance",
                "system_disk_category is not set: Terraform sends its default, cloud_efficiency");
    }

    @Test
    void theRosExample() throws IOException {
        ConfigEntry entry = RosReader.builder().parameter("Password", "Pa55-word!").build()
                .read("template.yml", blocks("yaml").get(0), ReadLimits.defaults()).getEntries().get(0);
        assertThat(entry.getName()).contains("ScalingConfiguration");
        assertThat(entry.getUnresolved()).containsExactly("scalingGroupId");
        assertThat(entry.getProblems()).singleElement().satisfies(problem ->
                assertThat(problem.message()).contains("it refers to the resource ScalingGroup"));
        assertThat(entry.getConfiguration().getInstanceTypes()).hasSize(2);
    }

    @Test
    void theDescribeExample() throws IOException {
        ConfigEntry entry = new DescribeResponseReader().read("response.json", blocks("json").get(0),
                ReadLimits.defaults()).getEntries().get(0);
        assertThat(entry.getName()).contains("asc-bp1ffogvv4bk5ydz5z3h");
        assertThat(entry.getProblems()).isEmpty();
        assertThat(entry.getConfiguration().getLifecycleState()).contains(LifecycleState.ACTIVE);
    }
}
