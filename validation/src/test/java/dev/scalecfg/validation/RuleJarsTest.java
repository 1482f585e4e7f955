package dev.scalecfg.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.scalecfg.core.CredentialsSpec;
import dev.scalecfg.core.Password;
import dev.scalecfg.validation.plugins.BrokenRules;
import dev.scalecfg.validation.plugins.GoodRule;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule jars: their rules join a chain with their origin, and every way a jar can be broken is an
 * error naming it. Runs on the class path (like {@link ServiceLoaderRuleTest}), where ServiceLoader
 * reads the services files of plain jars; the jars name test classes, which the parent loader has.
 * Run it with a full {@code verify}: with {@code -Dtest=RuleJarsTest} Surefire also runs it inside the
 * named module, where ServiceLoader ignores services-file providers whose classes are in a named module.
 */
final class RuleJarsTest {
    @TempDir
    Path dir;

    @Test
    void aJarsRulesJoinTheChainWithTheirOriginAndCodes() throws IOException {
        jar("org-rules.jar", GoodRule.class.getName());

        try (RuleJars jars = RuleJars.load(dir, List.of(Path.of("org-rules.jar")))) {
            RuleChain chain = jars.addTo(RuleChain.builder().addDefaults()).build();

            Rule rule = jars.getRules().get(0);
            assertThat(jars.getRules()).extracting(Rule::id).containsExactly("test.named");
            assertThat(rule.codes()).extracting(ViolationCode::getCode).containsExactly("TEST_NAME_MISSING");
            assertThat(jars.originOf(rule)).contains(Path.of("org-rules.jar"));
            assertThat(jars.originOf(BuiltInRules.SPOT)).isEmpty();
            assertThat(chain.rules()).last().isSameAs(rule);
            assertThat(chain.validate(Fixtures.builder().name("web").build()).codes()).isEmpty();
            assertThat(chain.validate(Fixtures.builder().name(java.util.Optional.empty()).build()).codes())
                    .containsExactly("TEST_NAME_MISSING");
        }
    }

    @Test
    void aDirectoryContributesItsJarsInNameOrderAndMayHoldLibraries() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        jar("rules/b-more.jar", CostCenterTagRule.class.getName());
        jar("rules/a-org.jar", GoodRule.class.getName());
        jar("rules/c-library.jar", null);
        Files.writeString(rules.resolve("README.txt"), "not a jar");

        try (RuleJars jars = RuleJars.load(dir, List.of(Path.of("rules")))) {
            assertThat(jars.getRules()).extracting(Rule::id).containsExactly("test.named", "test.cost-center-tag");
            assertThat(jars.getRules()).extracting(rule -> jars.originOf(rule).orElseThrow())
                    .containsExactly(Path.of("rules/a-org.jar"), Path.of("rules/b-more.jar"));
        }
    }

    @Test
    void aJarReachedTwiceIsLoadedOnce() throws IOException {
        Files.createDirectories(dir.resolve("rules"));
        jar("rules/org.jar", GoodRule.class.getName());

        try (RuleJars jars = RuleJars.load(dir, List.of(Path.of("rules"), Path.of("rules/../rules/org.jar")))) {
            assertThat(jars.getRules()).extracting(Rule::id).containsExactly("test.named");
        }
    }

    @Test
    void brokenJarsAreErrorsNamingTheJar() throws IOException {
        Files.writeString(dir.resolve("text.jar"), "this is not a zip file");
        jar("library.jar", null);
        jar("missing-class.jar", "org.example.DoesNotExist");
        jar("not-a-rule.jar", BrokenRules.NotARule.class.getName());
        jar("constructor.jar", BrokenRules.ThrowingConstructor.class.getName());
        jar("argument.jar", BrokenRules.NeedsAnArgument.class.getName());
        jar("blank-id.jar", BrokenRules.BlankId.class.getName());
        jar("syntax.jar", "not a class name");
        Files.createDirectories(dir.resolve("empty"));
        Files.createDirectories(dir.resolve("libraries"));
        jar("libraries/lib.jar", null);

        assertFails("nope.jar", "nope.jar: no such file or directory");
        assertFails("text.jar", "text.jar: is not a readable jar file (ZipException");
        assertFails("library.jar", "library.jar: declares no rule: the jar has no META-INF/services/"
                + "dev.scalecfg.validation.Rule");
        assertFails("missing-class.jar", "missing-class.jar: cannot load a rule: Provider org.example.DoesNotExist not"
                + " found");
        assertFails("not-a-rule.jar", "not-a-rule.jar: cannot load a rule: " + BrokenRules.NotARule.class.getName()
                + " not a subtype");
        assertFails("constructor.jar", "constructor.jar: cannot load a rule: Provider "
                + BrokenRules.ThrowingConstructor.class.getName() + " could not be instantiated (IllegalStateException:"
                + " no licence file)");
        assertFails("argument.jar", "argument.jar: cannot load a rule: " + BrokenRules.NeedsAnArgument.class.getName()
                + " Unable to get public no-arg constructor");
        assertFails("blank-id.jar", "blank-id.jar: rule " + BrokenRules.BlankId.class.getName()
                + " has no ID: id() returned a blank string");
        assertFails("syntax.jar", "syntax.jar: cannot load a rule: ");
        assertFails("empty", "empty: is a directory without any .jar file");
        assertFails("libraries", "libraries: no jar in the directory declares a rule");
    }

    @Test
    void twoRulesWithOneIdAreAnErrorNamingTheSecondJar() throws IOException {
        jar("first.jar", GoodRule.class.getName());
        jar("second.jar", GoodRule.class.getName());

        RuleJarException duplicate = catchThrowableOfType(
                () -> RuleJars.load(dir, List.of(Path.of("first.jar"), Path.of("second.jar"))), RuleJarException.class);

        assertThat(duplicate.getJar()).isEqualTo(Path.of("second.jar"));
        assertThat(duplicate).hasMessage("second.jar: rule 'test.named' has the same ID as a rule of first.jar;"
                + " rule IDs must be unique");
    }

    @Test
    void aRuleWithTheIdOfABuiltInRuleCannotJoinTheDefaults() throws IOException {
        jar("spot.jar", BrokenRules.BuiltInId.class.getName());

        try (RuleJars jars = RuleJars.load(dir, List.of(Path.of("spot.jar")))) {
            assertThatThrownBy(() -> jars.addTo(RuleChain.builder().addDefaults())).isInstanceOf(RuleJarException.class)
                    .hasMessage("spot.jar: rule 'spot' has the ID of a built-in rule; rule IDs must be unique");
            assertThat(jars.addTo(RuleChain.builder()).build().rules()).hasSize(1);
        }
    }

    @Test
    void aRuleThatThrowsWhileCheckingNamesItsJarButNotTheMessage() throws IOException {
        jar("fails.jar", BrokenRules.FailsWhileChecking.class.getName());
        var config = Fixtures.builder().credentials(CredentialsSpec.builder().password(Password.of("Sup3r-Secret!"))
                .build()).build();

        try (RuleJars jars = RuleJars.load(dir, List.of(Path.of("fails.jar")))) {
            RuleChain chain = jars.addTo(RuleChain.builder()).build();

            assertThatThrownBy(() -> chain.validate(config)).isInstanceOf(RuleJarException.class)
                    .hasMessage("fails.jar: rule 'test.fails' failed while checking a configuration: it threw"
                            + " java.lang.IllegalArgumentException (its message is not shown: it may quote the"
                            + " configuration)")
                    .hasMessageNotContaining("Sup3r-Secret!");
        }
    }

    private void assertFails(String path, String messageStart) {
        RuleJarException failure = catchThrowableOfType(() -> RuleJars.load(dir, List.of(Path.of(path))),
                RuleJarException.class);
        assertThat(failure).as(path).isNotNull();
        assertThat(failure.getMessage()).startsWith(messageStart);
        assertThat(failure.getJar()).isEqualTo(Path.of(path));
    }

    /** Writes a jar whose services file names the given provider (none: a jar without a services file). */
    private void jar(String name, String provider) throws IOException {
        try (OutputStream file = Files.newOutputStream(dir.resolve(name)); JarOutputStream jar = new JarOutputStream(file)) {
            jar.putNextEntry(new JarEntry("README.txt"));
            jar.write("a test jar".getBytes(StandardCharsets.UTF_8));
            if (provider != null) {
                jar.putNextEntry(new JarEntry("META-INF/services/" + Rule.class.getName()));
                jar.write(("# a comment\n" + provider + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
    }
}
