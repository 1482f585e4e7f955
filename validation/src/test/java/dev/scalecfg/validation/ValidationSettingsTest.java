package dev.scalecfg.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.scalecfg.core.FormatError;
import dev.scalecfg.core.io.ReadCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ValidationSettingsTest {
    @TempDir
    Path dir;

    @Test
    void readsEverySetting() {
        ValidationSettings settings = ValidationSettings.parse(".scalecfg.json", """
                {"context": {"networkType": "classic", "apiVersion": "2022-02-22"},
                 "ignore": ["SEQUENTIAL_NAME_BITS_LOW", "KEY_PAIR_ON_WINDOWS"],
                 "warningsAsErrors": true,
                 "rules": ["tools/org-rules.jar", "/opt/rules", "../shared/"]}
                """, dir);

        assertThat(settings.getContext().getNetworkType()).contains(NetworkType.CLASSIC);
        assertThat(settings.getIgnoredCodes()).containsExactly("SEQUENTIAL_NAME_BITS_LOW", "KEY_PAIR_ON_WINDOWS");
        assertThat(settings.getWarningsAsErrors()).contains(true);
        assertThat(settings.getRuleJars()).containsExactly(dir.resolve("tools/org-rules.jar"), Path.of("/opt/rules"),
                dir.getParent().resolve("shared"));
    }

    @Test
    void nothingGivenIsTheDefaults() {
        assertThat(ValidationSettings.parse("s.json", "{}", dir)).isEqualTo(ValidationSettings.defaults());
        assertThat(ValidationSettings.defaults().getWarningsAsErrors()).isEmpty();
    }

    @Test
    void everyMistakeIsReportedWithItsLocation() {
        InvalidSettingsException invalid = catchThrowableOfType(() -> ValidationSettings.parse(".scalecfg.json", """
                {"context": {"osType": "beos"},
                 "ignore": ["key_pair_on_windows", 7, ""],
                 "warningsAsErrors": "yes",
                 "rules": "tools/org-rules.jar",
                 "warningAsErrors": true}""", dir), InvalidSettingsException.class);

        assertThat(invalid.getErrors()).extracting(FormatError::toString).containsExactly(
                "context.osType (line 1, column 24): \"beos\" is not one of linux, windows",
                "ignore[0] (line 2, column 13): \"key_pair_on_windows\" is not a code: codes are upper case with"
                        + " underscores, such as SEQUENTIAL_NAME_BITS_LOW",
                "ignore[1] (line 2, column 36): must be a string; found a number",
                "ignore[2] (line 2, column 39): is empty",
                "warningsAsErrors (line 3, column 22): must be true or false; found a string",
                "rules (line 4, column 11): must be an array of strings; found a string",
                "warningAsErrors (line 5, column 2): is not a setting; did you mean warningsAsErrors? (known: context,"
                        + " ignore, warningsAsErrors, rules)");
    }

    @Test
    void laterLayersAddCodesAndJarsAndOverrideTheSwitch() {
        ValidationSettings file = ValidationSettings.builder().addIgnoredCode("A_CODE").warningsAsErrors(true)
                .addRuleJar(Path.of("a.jar")).context(ContextSettings.builder().vpcId("vpc-1").build()).build();
        ValidationSettings flags = ValidationSettings.builder().addIgnoredCode("B_CODE").addIgnoredCode("A_CODE")
                .addRuleJar(Path.of("b.jar")).addRuleJar(Path.of("a.jar")).build();

        ValidationSettings layered = file.overriddenBy(flags);

        assertThat(layered.getIgnoredCodes()).containsExactly("A_CODE", "B_CODE");
        assertThat(layered.getRuleJars()).containsExactly(Path.of("a.jar"), Path.of("b.jar"));
        assertThat(layered.getWarningsAsErrors()).contains(true);
        assertThat(layered.getContext().getVpcId()).contains("vpc-1");
        assertThat(layered.overriddenBy(ValidationSettings.builder().warningsAsErrors(false).build())
                .getWarningsAsErrors()).contains(false);
    }

    @Test
    void ignoredCodesAreDroppedAndWarningsFailOnlyWhenAskedTo() {
        ValidationResult result = ValidationResult.of(List.of(
                Violation.warning("SEQUENTIAL_NAME_BITS_LOW", "instanceName", "InstanceName", "low"),
                Violation.error("PASSWORD_LENGTH", "credentials.password", "Password", "short")));
        ValidationSettings none = ValidationSettings.defaults();
        ValidationSettings ignoreError = ValidationSettings.builder().addIgnoredCode("PASSWORD_LENGTH").build();
        ValidationSettings strict = ignoreError.overriddenBy(ValidationSettings.builder().warningsAsErrors(true).build());
        ValidationSettings ignoreAll = strict.overriddenBy(
                ValidationSettings.builder().addIgnoredCode("SEQUENTIAL_NAME_BITS_LOW").build());

        assertThat(none.apply(result)).isSameAs(result);
        assertThat(none.passes(result)).isFalse();
        assertThat(ignoreError.apply(result).codes()).containsExactly("SEQUENTIAL_NAME_BITS_LOW");
        assertThat(ignoreError.passes(result)).isTrue();
        assertThat(strict.passes(result)).isFalse();
        assertThat(ignoreAll.passes(result)).isTrue();
    }

    @Test
    void misspeltIgnoredCodesAreFoundWithTheClosestKnownCode() {
        ValidationSettings settings = ValidationSettings.builder().addIgnoredCode("PASWORD_LENGTH")
                .addIgnoredCode("SEQUENTIAL_NAME_BITS_LOW").addIgnoredCode(ReadCodes.VALUE_UNRESOLVED)
                .addIgnoredCode("COST_CENTER_TAG_MISSING").addIgnoredCode("WHOLLY_UNKNOWN").build();
        RuleChain withOrgRule = RuleChain.builder().addDefaults()
                .add(Rule.of("org.example.cost-center",
                        List.of(ViolationCode.error("COST_CENTER_TAG_MISSING").description("no cost-center tag").build()),
                        (c, x) -> List.of())).build();

        assertThat(settings.unknownIgnoredCodes(withOrgRule)).containsExactly(
                "ignored code PASWORD_LENGTH is reported by no rule and no reader; did you mean PASSWORD_LENGTH?",
                "ignored code WHOLLY_UNKNOWN is reported by no rule and no reader");
        assertThat(settings.unknownIgnoredCodes(RuleChain.defaultChain())).hasSize(3)
                .anyMatch(message -> message.startsWith("ignored code COST_CENTER_TAG_MISSING"));
    }

    @Test
    void theFileIsFoundInTheDirectoryOrAParentUpToTheRepositoryRoot() throws IOException {
        Path repository = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(repository.resolve(".git"));
        Path deep = Files.createDirectories(repository.resolve("deploy/web"));
        Files.writeString(dir.resolve(ValidationSettings.FILE_NAME), "{}");

        assertThat(ValidationSettings.find(deep)).as("stops at the repository root").isEmpty();
        Files.writeString(repository.resolve(ValidationSettings.FILE_NAME), "{}");
        assertThat(ValidationSettings.find(deep)).contains(repository.resolve(ValidationSettings.FILE_NAME));
        Files.writeString(deep.resolve(ValidationSettings.FILE_NAME), "{}");
        assertThat(ValidationSettings.find(deep)).contains(deep.resolve(ValidationSettings.FILE_NAME));
        Files.delete(repository.resolve(".git"));
        Files.delete(repository.resolve(ValidationSettings.FILE_NAME));
        Files.delete(deep.resolve(ValidationSettings.FILE_NAME));
        assertThat(ValidationSettings.find(deep)).as("outside a repository: up the file system")
                .contains(dir.resolve(ValidationSettings.FILE_NAME));
    }

    @Test
    void readResolvesRulePathsAgainstTheFilesDirectory() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("conf"));
        Path file = sub.resolve("lint.json");
        Files.writeString(file, "{\"rules\": [\"rules.jar\"]}");

        assertThat(ValidationSettings.read(file).getRuleJars()).containsExactly(sub.resolve("rules.jar"));
    }
}
