package dev.scalecfg.core.ess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.scalecfg.core.ConfigFormatException;
import dev.scalecfg.core.FormatError;
import dev.scalecfg.core.Fixtures;
import dev.scalecfg.core.ScalingConfiguration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class AliyunCommandLineTest {

    private static List<String> errors(String commandLine) {
        ConfigFormatException failure = catchThrowableOfType(ConfigFormatException.class,
                () -> AliyunCommandLine.read(commandLine));
        assertThat(failure).as("expected a ConfigFormatException").isNotNull();
        return failure.getErrors().stream().map(FormatError::toString).collect(Collectors.toList());
    }

    @Test
    void readsAScriptWithCommentsContinuationsAndQuotes() {
        String script = "#!/bin/bash\n"
                + "\n"
                + "# create the web tier\n"
                + "aliyun ess CreateScalingConfiguration \\\n"
                + "  --region cn-hangzhou \\\n"
                + "  --ScalingGroupId asg-1 \\\n"
                + "  --ScalingConfigurationName=\"web tier\" \\\n"
                + "  --InstanceTypes.1 'ecs.g7.large' \\\n"
                + "  --InstanceTypes.2 ecs.g6\\.large \\\n"
                + "  --Tags '{\"env\":\"prod\",\"team\":\"web\"}' \\\n"
                + "  --InstanceDescription \"say \\\"hi\\\" \\$5\" \\\n"
                + "  --UserData='echo $HOME' \\\n"
                + "  --force --profile prod -p other > out.json 2>&1\n"
                + "# done\n";
        assertThat(AliyunCommandLine.parse(script)).containsExactly(
                Map.entry("ScalingGroupId", "asg-1"),
                Map.entry("ScalingConfigurationName", "web tier"),
                Map.entry("InstanceTypes.1", "ecs.g7.large"),
                Map.entry("InstanceTypes.2", "ecs.g6.large"),
                Map.entry("Tags", "{\"env\":\"prod\",\"team\":\"web\"}"),
                Map.entry("InstanceDescription", "say \"hi\" $5"),
                Map.entry("UserData", "echo $HOME"),
                Map.entry("RegionId", "cn-hangzhou"));
        ScalingConfiguration config = AliyunCommandLine.read(script);
        assertThat(config.getTags()).containsExactly(Map.entry("env", "prod"), Map.entry("team", "web"));
        assertThat(config.getRegionId()).contains("cn-hangzhou");
    }

    @Test
    void explicitRegionIdWinsOverTheRegionOption() {
        assertThat(AliyunCommandLine.parse("aliyun ess CreateScalingConfiguration --RegionId cn-beijing "
                + "--region cn-hangzhou")).containsExactly(Map.entry("RegionId", "cn-beijing"));
    }

    @Test
    void theFullConfigurationSurvivesACommandLine() {
        StringBuilder command = new StringBuilder("aliyun ess CreateScalingConfiguration --version 2022-02-22");
        for (Map.Entry<String, String> parameter : Fixtures.full2022().entrySet()) {
            command.append(" \\\n  --").append(parameter.getKey()).append(" '")
                    .append(parameter.getValue().replace("'", "'\\''")).append('\'');
        }
        assertThat(AliyunCommandLine.read(command.toString())).isEqualTo(Fixtures.full());
    }

    @Test
    void rejectsAnotherCommand() {
        assertThat(errors("\n  aliyun ecs RunInstances --ImageId m-1")).containsExactly(
                "command line (line 2, column 3): \"aliyun ecs RunInstances\" is not an aliyun ess "
                        + "CreateScalingConfiguration command");
        assertThat(errors("aws autoscaling create-launch-configuration")).hasSize(1);
        assertThat(errors("# nothing here\n")).containsExactly(
                "command line: is empty; expected an aliyun ess CreateScalingConfiguration command");
        assertThat(errors("aliyun ess CreateScalingConfiguration --ImageId m-1; rm -rf /tmp/x")).containsExactly(
                "command line (line 1, column 54): \"rm\" starts a second command; the text must hold exactly one "
                        + "aliyun ess CreateScalingConfiguration command");
    }

    @Test
    void reportsUnterminatedQuotesWithTheirPosition() {
        assertThat(errors("aliyun ess CreateScalingConfiguration \\\n  --Tags '{\"env\":\"prod\"}")).containsExactly(
                "command line (line 2, column 10): has a single quote that is never closed");
        assertThat(errors("aliyun ess CreateScalingConfiguration --ImageId \"m-1")).containsExactly(
                "command line (line 1, column 49): has a double quote that is never closed");
    }

    @Test
    void reportsFlagsWithoutValueStrayArgumentsAndUnknownOptions() {
        assertThat(errors("aliyun ess CreateScalingConfiguration --ImageId --ScalingGroupId asg-1 stray "
                + "--colour red --InstanceTypes.1")).containsExactly(
                "--ImageId (line 1, column 39): has no value; write --ImageId value or --ImageId=value",
                "command line (line 1, column 72): has an argument without a flag; write --Name value or "
                        + "--Name=value",
                "--colour (line 1, column 78): is not an option of the aliyun CLI nor a parameter of "
                        + "CreateScalingConfiguration (parameters start with an upper-case letter, such as --ImageId)",
                "--InstanceTypes.1 (line 1, column 91): has no value; write --InstanceTypes.1 value or "
                        + "--InstanceTypes.1=value");
    }

    @Test
    void reportsShellExpansionsAndUnknownVersions() {
        assertThat(errors("aliyun ess CreateScalingConfiguration --ImageId $IMAGE --HostName \"$(hostname)\" "
                + "--version 2019-01-01")).containsExactly(
                "command line (line 1, column 49): uses the shell expansion $IMAGE, which cannot be expanded here; "
                        + "write the value itself (or quote it with single quotes)",
                "command line (line 1, column 68): uses the shell expansion $(hostname, which cannot be expanded "
                        + "here; write the value itself (or quote it with single quotes)",
                "--version (line 1, column 81): \"2019-01-01\" is not an ESS API version; expected 2014-08-28 or "
                        + "2022-02-22");
    }

    @Test
    void parameterErrorsCarryThePositionOfTheirFlag() {
        assertThat(errors("aliyun ess CreateScalingConfiguration\\\n --SystemDisk.Size abc\\\n --ImagId=m-1"))
                .containsExactly(
                        "ImagId (line 3, column 2): is not a parameter of CreateScalingConfiguration; did you mean "
                                + "ImageId?",
                        "SystemDisk.Size (line 2, column 2): \"abc\" is not an integer");
        assertThat(errors("aliyun ess CreateScalingConfiguration --Cpu 1 --Cpu 2")).containsExactly(
                "--Cpu (line 1, column 47): is given twice; give it once");
    }

    @Test
    void secretsNeverAppearInErrors() {
        List<String> lines = errors("aliyun ess CreateScalingConfiguration --Password '" + Fixtures.SECRET_PASSWORD
                + "' --Password=" + Fixtures.SECRET_PASSWORD + " --UserData " + Fixtures.SECRET_USER_DATA
                + " --UserData.1 " + Fixtures.SECRET_USER_DATA + " -- " + Fixtures.SECRET_PASSWORD);
        assertThat(String.join("\n", lines)).doesNotContain(Fixtures.SECRET_PASSWORD)
                .doesNotContain(Fixtures.SECRET_USER_DATA);
        assertThat(lines).hasSize(3);
    }
}
