package dev.scalecfg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.validation.Rule;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Organisation rules from jars built outside the repository: each test jar is compiled here with
 * {@code javax.tools} against the validation API only, and registered in
 * {@code META-INF/services/dev.scalecfg.validation.Rule}.
 */
final class RuleJarOptionTest {
    private static final String OWNER_RULE = """
            package org.example.rules;

            import dev.scalecfg.core.ScalingConfiguration;
            import dev.scalecfg.validation.Rule;
            import dev.scalecfg.validation.ValidationContext;
            import dev.scalecfg.validation.Violation;
            import dev.scalecfg.validation.ViolationCode;
            import java.util.List;

            public final class OwnerTagRule implements Rule {
                @Override
                public String id() {
                    return "org.example.owner-tag";
                }

                @Override
                public List<ViolationCode> codes() {
                    return List.of(ViolationCode.error("ORG_OWNER_TAG_MISSING").description("no owner tag").build());
                }

                @Override
                public List<Violation> check(ScalingConfiguration configuration, ValidationContext context) {
                    return configuration.getTags().containsKey("owner") ? List.of()
                            : List.of(Violation.error("ORG_OWNER_TAG_MISSING", "tags", "Tags",
                                    "Tags has no 'owner' key; every configuration names its owning team"));
                }
            }
            """;

    private static final String UNDECLARED_RULE = """
            package org.example.rules;

            import dev.scalecfg.core.ScalingConfiguration;
            import dev.scalecfg.validation.Rule;
            import dev.scalecfg.validation.ValidationContext;
            import dev.scalecfg.validation.Violation;
            import java.util.List;

            public final class UndeclaredRule implements Rule {
                @Override
                public List<Violation> check(ScalingConfiguration configuration, ValidationContext context) {
                    return List.of(Violation.warning("ORG_SOMETHING", "", "-", "something"));
                }
            }
            """;

    private static final String THROWING_CONSTRUCTOR = """
            package org.example.rules;

            import dev.scalecfg.core.ScalingConfiguration;
            import dev.scalecfg.validation.Rule;
            import dev.scalecfg.validation.ValidationContext;
            import dev.scalecfg.validation.Violation;
            import java.util.List;

            public final class NeedsLicence implements Rule {
                public NeedsLicence() {
                    throw new IllegalStateException("no licence file");
                }

                @Override
                public List<Violation> check(ScalingConfiguration configuration, ValidationContext context) {
                    return List.of();
                }
            }
            """;

    private static final String THROWING_CHECK = """
            package org.example.rules;

            import dev.scalecfg.core.ScalingConfiguration;
            import dev.scalecfg.validation.Rule;
            import dev.scalecfg.validation.ValidationContext;
            import dev.scalecfg.validation.Violation;
            import java.util.List;

            public final class Careless implements Rule {
                @Override
                public String id() {
                    return "org.example.careless";
                }

                @Override
                public List<Violation> check(ScalingConfiguration configuration, ValidationContext context) {
                    throw new IllegalStateException("unexpected password "
                            + configuration.getCredentials().getPassword().map(p -> p.reveal()).orElse("?"));
                }
            }
            """;

    @TempDir
    static Path jars;

    @TempDir
    Path dir;

    @BeforeAll
    static void buildJars() throws IOException, URISyntaxException {
        Path classes = compile(Map.of("OwnerTagRule", OWNER_RULE, "UndeclaredRule", UNDECLARED_RULE,
                "NeedsLicence", THROWING_CONSTRUCTOR, "Careless", THROWING_CHECK));
        jar("org-rules.jar", classes, "org.example.rules.OwnerTagRule");
        jar("copy-of-org-rules.jar", classes, "org.example.rules.OwnerTagRule");
        jar("undeclared.jar", classes, "org.example.rules.UndeclaredRule");
        jar("licence.jar", classes, "org.example.rules.NeedsLicence");
        jar("careless.jar", classes, "org.example.rules.Careless");
        jar("missing-class.jar", classes, "org.example.rules.Gone");
    }

    @Test
    void aRuleJarJoinsTheChainAndItsCodeIsReported() {
        Run run = Run.of("validate", "--no-settings", "--rules", jar("org-rules.jar"), "examples/minimal.json");

        assertThat(run.exit).as(run.toString()).isEqualTo(Main.EXIT_FINDINGS);
        assertThat(run.outLines()).containsExactly("examples/minimal.json: ERROR Tags ORG_OWNER_TAG_MISSING: Tags has no"
                + " 'owner' key; every configuration names its owning team");
    }

    @Test
    void rulesListsEveryRuleWithItsOriginAndCodes() throws IOException {
        Files.copy(Path.of(jar("org-rules.jar")), dir.resolve("org-rules.jar"));

        Run builtIn = Run.in(dir, "rules", "--no-settings");
        Run withJar = Run.in(dir, "rules", "--no-settings", "--rules", "org-rules.jar");

        assertThat(builtIn.exit).as(builtIn.toString()).isZero();
        assertThat(builtIn.outLines().get(0)).matches("RULE +ORIGIN +CODES");
        assertThat(builtIn.out).contains("credentials", "built-in", "PASSWORD_COMPLEXITY").doesNotContain("org.example");
        assertThat(builtIn.outLines()).last().asString().matches("20 rules, \\d{3} codes");
        assertThat(withJar.outLines()).anyMatch(line -> line.matches(
                "org\\.example\\.owner-tag +org-rules\\.jar +ORG_OWNER_TAG_MISSING"));
        assertThat(withJar.outLines()).last().asString().startsWith("21 rules, ");
    }

    @Test
    void theSettingsFileNamesRuleJarsRelativeToItself() throws IOException {
        Path lib = Files.createDirectories(dir.resolve("tools/rules"));
        Files.copy(Path.of(jar("org-rules.jar")), lib.resolve("org-rules.jar"));
        Files.writeString(dir.resolve(".scalecfg.json"), "{\"rules\": [\"tools/rules\"]}");
        Files.createDirectories(dir.resolve(".git"));
        Path sub = Files.createDirectories(dir.resolve("deploy"));
        Files.copy(Run.ROOT.resolve("examples/minimal.json"), sub.resolve("c.json"));

        Run validate = Run.in(sub, "validate", "c.json");
        Run rules = Run.in(dir, "rules", "--rules", "tools/rules/org-rules.jar");

        assertThat(validate.out).as(validate.toString()).contains("ORG_OWNER_TAG_MISSING");
        assertThat(rules.exit).as("the same jar from the file and the option is loaded once").isZero();
        assertThat(rules.out).contains("tools/rules/org-rules.jar");
    }

    @Test
    void aPluginCodeCanBeIgnored() {
        Run run = Run.of("validate", "--no-settings", "--rules", jar("org-rules.jar"), "--ignore", "ORG_OWNER_TAG_MISSING",
                "examples/minimal.json");

        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.out).isEmpty();
    }

    @Test
    void withARuleThatDeclaresNoCodesAnUnknownCodeIsOnlyAWarning() {
        Run run = Run.of("validate", "--no-settings", "--rules", jar("undeclared.jar"), "--ignore", "ORG_SOMETHING",
                "examples/minimal.json");

        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.errLines()).first().asString().isEqualTo("scalecfg: warning: ignored code ORG_SOMETHING is"
                + " reported by no rule and no reader (a plugin rule that does not declare its codes may report it)");
        assertThat(run.out).isEmpty();
    }

    @Test
    void brokenJarsAreOneLineNamingTheJarAndExitTwo() {
        assertUsageError(Run.of("validate", "--no-settings", "--rules", jar("licence.jar"), "examples/minimal.json"),
                jar("licence.jar") + ": cannot load a rule: Provider org.example.rules.NeedsLicence could not be"
                        + " instantiated (IllegalStateException: no licence file)");
        assertUsageError(Run.of("rules", "--no-settings", "--rules", jar("missing-class.jar")),
                jar("missing-class.jar") + ": cannot load a rule: Provider org.example.rules.Gone not found");
        assertUsageError(Run.of("rules", "--no-settings", "--rules", jar("org-rules.jar"), "--rules",
                jar("copy-of-org-rules.jar")), jar("copy-of-org-rules.jar") + ": rule 'org.example.owner-tag' has the"
                        + " same ID as a rule of " + jar("org-rules.jar") + "; rule IDs must be unique");
        assertUsageError(Run.of("rules", "--no-settings", "--rules", "no/such.jar"),
                "no/such.jar: no such file or directory");
        assertUsageError(Run.of("rules", "--no-settings", "--rules", "examples/minimal.json"),
                "examples/minimal.json: is not a readable jar file (ZipException");
    }

    @Test
    void aRuleThatThrowsNamesItsJarAndNeverTheConfiguration() throws IOException {
        String password = "Sup3r-Secret-Pw";
        Files.writeString(dir.resolve("c.json"), "{\"scalingGroupId\": \"asg-bp14wlu85wrpchm0a1b2\","
                + " \"image\": {\"imageId\": \"aliyun_3_x64_20G_alibase_20240819.vhd\"},"
                + " \"instanceTypes\": [{\"instanceType\": \"ecs.g7.large\"}],"
                + " \"network\": {\"securityGroupId\": \"sg-bp18kz60mefs3c4d\"},"
                + " \"credentials\": {\"password\": \"" + password + "\"}}");

        Run run = Run.in(dir, "validate", "--no-settings", "--debug", "--verbose", "--rules", jar("careless.jar"), "c.json");

        assertThat(run.exit).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.errLines().get(0)).isEqualTo(jar("careless.jar") + ": rule 'org.example.careless' failed while"
                + " checking a configuration: it threw java.lang.IllegalStateException (its message is not shown: it may"
                + " quote the configuration)");
        assertThat(run.err).contains("\tat scalecfg-rule-jars//org.example.rules.Careless.check(").doesNotContain(password);
    }

    private static void assertUsageError(Run run, String firstLineStart) {
        assertThat(run.exit).as(run.toString()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.errLines()).as(run.toString()).singleElement().asString().startsWith(firstLineStart);
        assertThat(run.out).isEmpty();
    }

    private static String jar(String name) {
        return jars.resolve(name).toString();
    }

    /** Compiles the sources against the validation and core classes only (no test class path). */
    private static Path compile(Map<String, String> sources) throws IOException, URISyntaxException {
        Path src = Files.createDirectories(jars.resolve("src/org/example/rules"));
        Path classes = Files.createDirectories(jars.resolve("classes"));
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "--release", "17", "-classpath",
                location(Rule.class) + java.io.File.pathSeparator + location(ScalingConfiguration.class)));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = src.resolve(source.getKey() + ".java");
            Files.writeString(file, source.getValue());
            args.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter output = new StringWriter();
        int exit = javac.run(null, null, null, args.toArray(String[]::new));
        assertThat(exit).as("javac: %s", output).isZero();
        return classes;
    }

    private static String location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    private static void jar(String name, Path classes, String provider) throws IOException {
        try (OutputStream file = Files.newOutputStream(jars.resolve(name)); JarOutputStream jar = new JarOutputStream(file);
                Stream<Path> walk = Files.walk(classes)) {
            for (Path clazz : walk.filter(Files::isRegularFile).toList()) {
                jar.putNextEntry(new JarEntry(classes.relativize(clazz).toString().replace('\\', '/')));
                jar.write(Files.readAllBytes(clazz));
            }
            jar.putNextEntry(new JarEntry("META-INF/services/" + Rule.class.getName()));
            jar.write((provider + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}
