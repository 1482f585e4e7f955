package dev.scalecfg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input gives exit code 2 and exactly one clear line, without a stack trace. */
final class MalformedInputTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private Run runIn(String... args) {
        return Run.in(dir, args);
    }

    private static void assertOneLine(Run run, String... fragments) {
        assertThat(run.exit).as(run.toString()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.errLines()).as(run.toString()).hasSize(1);
        assertThat(run.errLines().get(0)).contains(fragments);
        assertThat(run.err).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void missingFile() {
        assertOneLine(runIn("validate", "nope.json"), "nope.json: no such file");
    }

    @Test
    void directory() throws IOException {
        Files.createDirectory(dir.resolve("configs"));
        assertOneLine(runIn("validate", "configs"), "configs: is a directory");
    }

    @Test
    void emptyFile() throws IOException {
        write("empty.json", "  \n\n");
        assertOneLine(runIn("validate", "empty.json"), "empty.json: empty file");
    }

    @Test
    void notUtf8() throws IOException {
        Files.write(dir.resolve("latin1.json"), new byte[] {'{', '"', 'n', (byte) 0xE9, '"', '}'});
        assertOneLine(runIn("validate", "latin1.json"), "latin1.json: not a UTF-8 text file");
    }

    @Test
    void badJsonNamesLineAndColumn() throws IOException {
        write("bad.json", "{\n  \"name\": \"web\"\n  \"image\": {}\n}\n");
        assertOneLine(runIn("validate", "bad.json"), "bad.json:3:3: malformed JSON");
    }

    @Test
    void truncatedJson() throws IOException {
        write("cut.json", "{\"name\": \"web\",");
        assertOneLine(runIn("validate", "cut.json"), "cut.json:1:", "malformed JSON");
    }

    @Test
    void jsonArrayIsNotAConfiguration() throws IOException {
        write("list.json", "[{\"name\": \"web\"}]");
        assertOneLine(runIn("validate", "list.json"), "list.json: expected a JSON object, found an array");
    }

    @Test
    void duplicateKey() throws IOException {
        write("dup.json", "{\"ImageId\": \"a.vhd\",\n \"ImageId\": \"b.vhd\"}");
        assertOneLine(runIn("validate", "dup.json"), "dup.json:2:", "duplicate key 'ImageId'");
    }

    @Test
    void unknownCanonicalField() throws IOException {
        write("unknown.json", "{\"name\": \"web\",\n \"imageid\": \"x\"}");
        assertOneLine(runIn("validate", "unknown.json"), "unknown.json:2:", "imageid");
    }

    @Test
    void wrongValueType() throws IOException {
        write("type.json", "{\"loadBalancerWeight\": \"heavy\"}");
        assertOneLine(runIn("validate", "type.json"), "type.json:1:", "loadBalancerWeight");
    }

    @Test
    void nullEssParameter() throws IOException {
        write("ess.json", "{\"ImageId\": \"a.vhd\",\n \"InstanceTypes.1\": null}");
        assertOneLine(runIn("validate", "ess.json"), "ess.json:2:2: parameter InstanceTypes.1: null");
    }

    @Test
    void arrayEssParameter() throws IOException {
        write("ess.json", "{\"ImageId\": \"a.vhd\", \"InstanceTypes\": [\"ecs.g7.large\"]}");
        assertOneLine(runIn("validate", "ess.json"), "parameter InstanceTypes", "InstanceTypes.1");
    }

    @Test
    void undetectableFormat() throws IOException {
        write("notes.txt", "name: web\nimage: aliyun\n");
        assertOneLine(runIn("validate", "notes.txt"), "notes.txt:1:1: cannot tell the format", "--format");
    }

    @Test
    void wrongFormatOption() throws IOException {
        write("c.json", "{}");
        assertOneLine(runIn("validate", "--format", "yaml", "c.json"), "--format", "'yaml'", "json, ess, aliyun-cli");
    }

    @Test
    void unknownOption() {
        assertOneLine(runIn("validate", "--strict", "c.json"), "scalecfg validate: Unknown option: '--strict'");
    }

    @Test
    void missingCommand() {
        assertOneLine(runIn(), "scalecfg: missing a command");
    }

    @Test
    void unknownCommand() {
        assertOneLine(runIn("lint", "c.json"), "scalecfg:", "lint");
    }

    @Test
    void missingFileArgument() {
        assertOneLine(runIn("validate"), "scalecfg validate: Missing required parameter", "FILE");
    }

    @Test
    void badOptionValues() {
        assertOneLine(runIn("validate", "--network-type", "vlan", "c.json"), "--network-type", "vpc, classic");
        assertOneLine(runIn("validate", "--api-version", "2020-01-01", "c.json"), "2014-08-28, 2022-02-22");
        assertOneLine(runIn("validate", "--output", "xml", "c.json"), "--output", "text, json");
        assertOneLine(runIn("convert", "--to", "yaml", "c.json"), "--to", "json, ess");
    }

    @Test
    void planNeedsConfigAndRequest() {
        assertOneLine(runIn("plan", "--config", "c.json"), "scalecfg plan: Missing required option", "--request");
    }

    @Test
    void stackTraceOnlyWithDebug() {
        Run quiet = runIn("validate", "nope.json");
        Run verbose = runIn("--verbose", "validate", "nope.json");
        Run debug = runIn("--debug", "validate", "nope.json");
        Run debugAfter = runIn("validate", "--debug", "nope.json");
        assertThat(quiet.err).doesNotContain("\tat ");
        assertThat(verbose.err).doesNotContain("\tat ");
        assertThat(debug.exit).isEqualTo(Main.EXIT_USAGE);
        assertThat(debug.err).startsWith("nope.json: no such file").contains("\tat ");
        assertThat(debugAfter.err).contains("\tat ");
    }

    @Test
    void otherFilesAreStillCheckedAfterABadOne() throws IOException {
        write("bad.json", "{");
        Run run = runIn("validate", "--output", "json", "bad.json", "nope.json");
        assertThat(run.exit).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.outLines()).hasSize(2).allSatisfy(line -> assertThat(line)
                .contains("\"valid\":false", "\"error\":"));
    }

    @Test
    void unknownEssParameter() throws IOException {
        write("ess.json", "{\"ImageId\": \"aliyun_3_x64_20G_alibase_20240819.vhd\",\n \"Fooo\": \"1\"}");
        assertOneLine(runIn("validate", "ess.json"), "ess.json:2:2: Fooo: is not a parameter of CreateScalingConfiguration");
    }

    @Test
    void badEssValueNamesTheParameterLine() throws IOException {
        write("ess.json", "{\"ImageId\": \"aliyun_3_x64_20G_alibase_20240819.vhd\",\n  \"SystemDisk.Size\": \"forty\"}");
        assertOneLine(runIn("validate", "ess.json"), "ess.json:2:3: SystemDisk.Size: \"forty\" is not an integer");
    }

    @Test
    void badAliyunLines() throws IOException {
        write("quote.sh", "aliyun ess CreateScalingConfiguration \\\n  --ImageId \"aliyun_3_x64.vhd\n");
        assertOneLine(runIn("validate", "quote.sh"), "quote.sh:2:", "never closed");
        write("other.sh", "aliyun ecs RunInstances --ImageId x\n");
        assertOneLine(runIn("validate", "other.sh"), "other.sh:1:1:", "is not an aliyun ess CreateScalingConfiguration command");
        write("novalue.sh", "aliyun ess CreateScalingConfiguration --ImageId\n");
        assertOneLine(runIn("validate", "novalue.sh"), "novalue.sh:1:", "--ImageId: has no value");
        write("unknown.sh", "aliyun ess CreateScalingConfiguration --ScalingGroupId asg-1 \\\n --Foo 1 --SystemDisk.Size abc\n");
        assertOneLine(runIn("validate", "unknown.sh"), "unknown.sh:2:2: Foo:", "and 1 more problem");
    }

    @Test
    void wrongFormatForced() throws IOException {
        write("c.json", "{\"name\": \"web\"}");
        assertOneLine(runIn("validate", "--format", "aliyun-cli", "c.json"), "c.json:");
        assertOneLine(runIn("validate", "--format", "ess", "c.json"), "c.json:1:2: name:");
    }

    @Test
    void malformedRequestAndSnapshot() throws IOException {
        write("request.json", "{\"units\": \"ten\"}");
        write("snapshot.json", "{\"pools\": [{\"zoneId\": \"z\"}]}");
        Path config = Run.ROOT.resolve("examples/minimal.json");
        assertOneLine(runIn("plan", "--config", config.toString(), "--request", "request.json"), "request.json:1:", "units");
        assertOneLine(runIn("plan", "--config", config.toString(), "--request",
                Run.ROOT.resolve("examples/scale-out-10.json").toString(), "--capacity", "snapshot.json"), "snapshot.json:");
        write("units.json", "{\"units\": 0, \"vswitches\": [{\"id\": \"v1\", \"zoneId\": \"z1\"}]}");
        assertOneLine(runIn("plan", "--config", config.toString(), "--request", "units.json"), "scalecfg plan: units.json:", "units");
    }
}
