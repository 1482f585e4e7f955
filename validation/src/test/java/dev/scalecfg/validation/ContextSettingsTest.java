package dev.scalecfg.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import dev.scalecfg.core.FormatError;
import dev.scalecfg.core.ess.ApiVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ContextSettingsTest {
    @TempDir
    Path dir;

    @Test
    void readsEveryFact() {
        ContextSettings settings = ContextSettings.parse("context.json", """
                {"networkType": "VPC", "vpcId": "vpc-bp1web", "osType": "windows", "apiVersion": "2022-02-22",
                 "securityGroupVpcs": {"sg-bp1a": "vpc-bp1web", "sg-bp1b": "vpc-bp1other"}}
                """);

        assertThat(settings.toContext()).isEqualTo(ValidationContext.builder().networkType(NetworkType.VPC)
                .vpcId("vpc-bp1web").osType(OsType.WINDOWS).apiVersion(ApiVersion.V2022_02_22)
                .putSecurityGroupVpc("sg-bp1a", "vpc-bp1web").putSecurityGroupVpc("sg-bp1b", "vpc-bp1other").build());
        assertThat(settings.getSecurityGroupVpcs().keySet()).containsExactly("sg-bp1a", "sg-bp1b");
    }

    @Test
    void anEmptyDocumentGivesNoFactAndTheDefaultContext() {
        ContextSettings settings = ContextSettings.parse("context.json", "{}");

        assertThat(settings).isEqualTo(ContextSettings.empty());
        assertThat(settings.toContext()).isEqualTo(ValidationContext.empty());
    }

    @Test
    void anUnknownKeyIsNamedWithTheClosestKnownOneAndItsPosition() {
        InvalidSettingsException invalid = invalid("{\n  \"netwrokType\": \"vpc\"\n}");

        assertThat(invalid.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.location()).isEqualTo("netwrokType");
            assertThat(error.line()).hasValue(2);
            assertThat(error.column()).hasValue(3);
            assertThat(error.message()).startsWith("is not a setting; did you mean networkType?")
                    .contains("known: networkType, vpcId, osType, apiVersion, securityGroupVpcs");
        });
        assertThat(invalid.getMessage()).startsWith("context.json: netwrokType (line 2, column 3): is not a setting");
    }

    @Test
    void aKeyInAnotherCaseIsSuggestedAsIs() {
        assertThat(invalid("{\"VpcId\": \"vpc-1\"}").getErrors().get(0).message()).contains("did you mean vpcId?");
        assertThat(invalid("{\"colour\": \"blue\"}").getErrors().get(0).message()).doesNotContain("did you mean");
    }

    @Test
    void everyMistakeIsReportedAtOnce() {
        InvalidSettingsException invalid = invalid("""
                {"networkType": "vlan", "osType": 3, "apiVersion": "2020-01-01", "vpcId": "",
                 "securityGroupVpcs": {"sg-1": true}, "extra": 1}""");

        assertThat(invalid.getErrors()).extracting(FormatError::location).containsExactly("networkType", "osType",
                "apiVersion", "vpcId", "securityGroupVpcs.sg-1", "extra");
        assertThat(invalid.getErrors()).extracting(FormatError::toString).containsExactly(
                "networkType (line 1, column 17): \"vlan\" is not one of vpc, classic",
                "osType (line 1, column 35): must be a string; found a number",
                "apiVersion (line 1, column 52): \"2020-01-01\" is not one of 2014-08-28, 2022-02-22",
                "vpcId (line 1, column 75): is empty; give a value or leave the setting out",
                "securityGroupVpcs.sg-1 (line 2, column 32): must be a string; found a boolean",
                "extra (line 2, column 39): is not a setting (known: networkType, vpcId, osType, apiVersion,"
                        + " securityGroupVpcs)");
        assertThat(invalid.getMessage()).startsWith("context.json: 6 problems:\n  networkType (line 1, column 17)");
    }

    @Test
    void aDocumentThatIsNotAnObjectOrNotJson() {
        assertThat(invalid("[]").getErrors()).singleElement().hasToString("(document) (line 1, column 1): must be a"
                + " JSON object; found an array");
        assertThat(invalid("").getErrors()).singleElement().hasToString("(document): is empty; expected a JSON object");
        assertThat(invalid("{\"vpcId\": \"vpc-1\",}").getErrors()).singleElement().satisfies(error -> {
            assertThat(error.message()).startsWith("malformed JSON: ");
            assertThat(error.line()).hasValue(1);
        });
        assertThat(invalid("{} {}").getErrors()).singleElement().extracting(FormatError::message)
                .isEqualTo("malformed JSON: more text after the end of the document");
    }

    @Test
    void aDuplicateKeyIsAMistake() {
        assertThat(invalid("{\"vpcId\": \"vpc-1\",\n \"vpcId\": \"vpc-2\"}").getErrors()).singleElement()
                .hasToString("vpcId (line 2, column 2): appears twice (first on line 1); give each setting once");
    }

    @Test
    void nestingBeyondTheLimitIsRefusedWithoutAStackOverflow() {
        String deep = "{\"securityGroupVpcs\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";

        assertThat(invalid(deep).getErrors()).singleElement().extracting(FormatError::message).asString()
                .startsWith("is over a reading limit");
    }

    @Test
    void aHugeValueIsQuotedShortened() {
        String huge = "x".repeat(100_000);

        String message = invalid("{\"networkType\": \"" + huge + "\"}").getMessage();
        assertThat(message).hasSizeLessThan(400).contains("… (100000 characters)");
    }

    @Test
    void laterLayersWinFactByFactAndSecurityGroupsMerge() {
        ContextSettings file = ContextSettings.builder().networkType(NetworkType.CLASSIC).vpcId("vpc-a")
                .putSecurityGroupVpc("sg-1", "vpc-a").putSecurityGroupVpc("sg-2", "vpc-a").build();
        ContextSettings flags = ContextSettings.builder().networkType(NetworkType.VPC)
                .putSecurityGroupVpc("sg-2", "vpc-b").build();

        ContextSettings layered = file.overriddenBy(flags);

        assertThat(layered.getNetworkType()).contains(NetworkType.VPC);
        assertThat(layered.getVpcId()).contains("vpc-a");
        assertThat(layered.getSecurityGroupVpcs()).containsExactly(entry("sg-1", "vpc-a"), entry("sg-2", "vpc-b"));
        assertThat(layered.getApiVersion()).isEmpty();
    }

    @Test
    void blankFactsAreRefusedByTheBuilder() {
        assertThatThrownBy(() -> ContextSettings.builder().vpcId(" ").build()).hasMessageContaining("vpcId");
        assertThatThrownBy(() -> ContextSettings.builder().putSecurityGroupVpc("sg-1", "").build())
                .hasMessageContaining("securityGroupVpcs");
    }

    @Test
    void readsAFileAndNamesAMissingOne() throws IOException {
        Path file = dir.resolve("context.json");
        Files.writeString(file, "\uFEFF{\"osType\": \"linux\"}");

        assertThat(ContextSettings.read(file).getOsType()).contains(OsType.LINUX);
        assertThat(catchThrowableOfType(() -> ContextSettings.read(dir.resolve("nope.json")),
                InvalidSettingsException.class)).hasMessage(dir.resolve("nope.json") + ": (document): no such file");
        assertThat(catchThrowableOfType(() -> ContextSettings.read(dir), InvalidSettingsException.class))
                .hasMessageEndingWith("is a directory, expected a file");
        Files.write(file, new byte[] {'{', (byte) 0xC3, '}'});
        assertThat(catchThrowableOfType(() -> ContextSettings.read(file), InvalidSettingsException.class))
                .hasMessageEndingWith("is not UTF-8 text");
        Files.writeString(file, "{\"osType\": \"linux\"}", StandardCharsets.UTF_8);
    }

    private static InvalidSettingsException invalid(String text) {
        return catchThrowableOfType(() -> ContextSettings.parse("context.json", text), InvalidSettingsException.class);
    }
}
