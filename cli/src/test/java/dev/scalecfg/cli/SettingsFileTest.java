package dev.scalecfg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The settings file (.scalecfg.json or --settings), --ignore and --warnings-as-errors, and their
 * precedence: an option over the file over the default.
 */
final class SettingsFileTest {
    /** Only a WARNING: two digits in the sequential name. */
    private static final String WARNING_ONLY = "{\"scalingGroupId\": \"asg-bp14wlu85wrpchm0a1b2\","
            + " \"image\": {\"imageId\": \"aliyun_3_x64_20G_alibase_20240819.vhd\"},"
            + " \"instanceTypes\": [{\"instanceType\": \"ecs.g7.large\"}],"
            + " \"network\": {\"securityGroupId\": \"sg-bp18kz60mefs3c4d\"},"
            + " \"instanceName\": \"web-(AUTO_INCREMENT)[0,2]\", \"ramRoleName\": \"WebRole\"}";

    @TempDir
    Path dir;

    @BeforeEach
    void configurations() throws IOException {
        Files.writeString(dir.resolve("warning.json"), WARNING_ONLY);
        Files.copy(Run.ROOT.resolve("examples/invalid.json"), dir.resolve("invalid.json"));
        Files.createDirectories(dir.resolve(".git")); // the search for .scalecfg.json stops here
    }

    private void settings(String json) throws IOException {
        Files.writeString(dir.resolve(".scalecfg.json"), json);
    }

    @Test
    void theContextOfTheSettingsFileAppliesAndAnOptionOverridesIt() throws IOException {
        settings("{\"context\": {\"networkType\": \"classic\"}}");

        Run fromFile = Run.in(dir, "validate", "warning.json");
        Run overridden = Run.in(dir, "validate", "--network-type", "vpc", "warning.json");
        Run noSettings = Run.in(dir, "validate", "--no-settings", "warning.json");

        assertThat(fromFile.exit).as(fromFile.toString()).isEqualTo(Main.EXIT_FINDINGS);
        assertThat(fromFile.out).contains("ERROR RamRoleName RAM_ROLE_REQUIRES_VPC");
        assertThat(overridden.exit).as(overridden.toString()).isZero();
        assertThat(noSettings.exit).as(noSettings.toString()).isZero();
    }

    @Test
    void theFileIsFoundFromASubdirectoryOfTheRepository() throws IOException {
        settings("{\"context\": {\"networkType\": \"classic\"}}");
        Path sub = Files.createDirectories(dir.resolve("deploy/web"));
        Files.copy(dir.resolve("warning.json"), sub.resolve("c.json"));

        Run run = Run.in(sub, "validate", "c.json");

        assertThat(run.out).as(run.toString()).contains("RAM_ROLE_REQUIRES_VPC");
    }

    @Test
    void theContextLayersAreFileThenContextFileThenOptions() throws IOException {
        settings("{\"context\": {\"networkType\": \"classic\", \"apiVersion\": \"2022-02-22\"}}");
        Files.writeString(dir.resolve("ctx.json"), "{\"networkType\": \"vpc\"}");

        Run contextFile = Run.in(dir, "validate", "--context", "ctx.json", "warning.json");
        Run options = Run.in(dir, "validate", "--context", "ctx.json", "--network-type", "classic", "warning.json");
        Run apiFromFile = Run.in(dir, "validate", "--network-type", "classic", Run.ROOT.resolve("examples/full.json").toString());

        assertThat(contextFile.exit).as(contextFile.toString()).isZero();
        assertThat(options.out).as(options.toString()).contains("RAM_ROLE_REQUIRES_VPC");
        assertThat(apiFromFile.out).as(apiFromFile.toString()).contains("InstancePatternInfos INSTANCE_PATTERN_REQUIRES_VPC");
    }

    @Test
    void ignoredCodesOfTheFileAndTheOptionsAreBothDropped() throws IOException {
        settings("{\"ignore\": [\"PASSWORD_COMPLEXITY\"]}");

        Run all = Run.in(dir, "validate", "--no-settings", "invalid.json");
        Run fromFile = Run.in(dir, "validate", "invalid.json");
        Run both = Run.in(dir, "validate", "--ignore", "SEQUENTIAL_NAME_BITS_LOW,TAG_RESERVED_PREFIX", "invalid.json");
        Run json = Run.in(dir, "validate", "--output", "json", "--ignore", "SEQUENTIAL_NAME_BITS_LOW", "invalid.json");

        assertThat(all.out).contains("PASSWORD_COMPLEXITY", "SEQUENTIAL_NAME_BITS_LOW", "TAG_RESERVED_PREFIX");
        assertThat(all.err).contains("7 errors, 1 warning");
        assertThat(fromFile.out).doesNotContain("PASSWORD_COMPLEXITY").contains("SEQUENTIAL_NAME_BITS_LOW");
        assertThat(fromFile.err).contains("6 errors, 1 warning");
        assertThat(both.out).doesNotContain("PASSWORD_COMPLEXITY", "SEQUENTIAL_NAME_BITS_LOW", "TAG_RESERVED_PREFIX");
        assertThat(both.err).contains("5 errors, 0 warnings");
        assertThat(json.out).doesNotContain("PASSWORD_COMPLEXITY", "SEQUENTIAL_NAME_BITS_LOW").contains("NAME_FORMAT");
    }

    @Test
    void aMisspeltCodeIsAnErrorWithTheClosestCode() {
        Run run = Run.in(dir, "validate", "--ignore", "SEQUENTIAL_NAME_BIT_LOW", "warning.json");

        assertThat(run.exit).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.errLines()).containsExactly("scalecfg: ignored code SEQUENTIAL_NAME_BIT_LOW is reported by no rule"
                + " and no reader; did you mean SEQUENTIAL_NAME_BITS_LOW? (see 'scalecfg rules' for the codes)");
        assertThat(run.out).isEmpty();
    }

    @Test
    void warningsFailOnlyWithWarningsAsErrorsAndTheOptionBeatsTheFile() throws IOException {
        Run plain = Run.in(dir, "validate", "warning.json");
        Run flag = Run.in(dir, "validate", "--warnings-as-errors", "warning.json");
        settings("{\"warningsAsErrors\": true}");
        Run fromFile = Run.in(dir, "validate", "warning.json");
        Run negated = Run.in(dir, "validate", "--no-warnings-as-errors", "warning.json");
        Run preview = Run.in(dir, "preview", "warning.json");
        Run ignored = Run.in(dir, "validate", "--ignore", "SEQUENTIAL_NAME_BITS_LOW", "warning.json");

        assertThat(plain.exit).as(plain.toString()).isZero();
        assertThat(plain.out).contains("WARNING InstanceName SEQUENTIAL_NAME_BITS_LOW");
        assertThat(flag.exit).isEqualTo(Main.EXIT_FINDINGS);
        assertThat(flag.out).as("severities are not changed").contains("WARNING InstanceName SEQUENTIAL_NAME_BITS_LOW");
        assertThat(fromFile.exit).isEqualTo(Main.EXIT_FINDINGS);
        assertThat(negated.exit).isZero();
        assertThat(preview.exit).isEqualTo(Main.EXIT_FINDINGS);
        assertThat(ignored.exit).isZero();
    }

    @Test
    void anExplicitSettingsFileReplacesTheOneFound() throws IOException {
        settings("{\"warningsAsErrors\": true}");
        Files.writeString(dir.resolve("ci.json"), "{\"ignore\": [\"SEQUENTIAL_NAME_BITS_LOW\"]}");

        Run run = Run.in(dir, "validate", "--settings", "ci.json", "warning.json");
        Run both = Run.in(dir, "validate", "--settings", "ci.json", "--no-settings", "warning.json");
        Run missing = Run.in(dir, "validate", "--settings", "nope.json", "warning.json");

        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.out).isEmpty();
        assertThat(both.exit).isEqualTo(Main.EXIT_USAGE);
        assertThat(both.errLines()).containsExactly("scalecfg: --settings and --no-settings exclude each other; give one");
        assertThat(missing.errLines()).containsExactly("nope.json: no such file");
        assertThat(missing.exit).isEqualTo(Main.EXIT_USAGE);
    }

    @Test
    void aBrokenSettingsFileIsOneLocatedLineAndVerboseListsEveryProblem() throws IOException {
        settings("{\n  \"warningAsErrors\": true,\n  \"context\": {\"osType\": \"beos\"}\n}");

        Run run = Run.in(dir, "validate", "warning.json");
        Run verbose = Run.in(dir, "validate", "--verbose", "warning.json");

        assertThat(run.exit).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.errLines()).containsExactly(".scalecfg.json:2:3: warningAsErrors: is not a setting; did you mean"
                + " warningsAsErrors? (known: context, ignore, warningsAsErrors, rules) (and 1 more problem; --verbose"
                + " lists them)");
        assertThat(verbose.errLines()).hasSize(3).last().asString()
                .isEqualTo("  context.osType (line 3, column 25): \"beos\" is not one of linux, windows");
    }

    @Test
    void aSettingsFileFoundInAParentIsNamedRelatively() throws IOException {
        settings("{\"ignore\": 3}");
        Path sub = Files.createDirectories(dir.resolve("deploy"));

        Run run = Run.in(sub, "validate", "../warning.json");

        assertThat(run.errLines()).containsExactly("../.scalecfg.json:1:12: ignore: must be an array of strings; found a"
                + " number");
    }
}
