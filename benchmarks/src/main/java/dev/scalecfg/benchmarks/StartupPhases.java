package dev.scalecfg.benchmarks;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.scalecfg.cli.internal.Cli;
import dev.scalecfg.cli.internal.ConvertCommand;
import dev.scalecfg.cli.internal.PlanCommand;
import dev.scalecfg.cli.internal.PreviewCommand;
import dev.scalecfg.cli.internal.ScalecfgCommand;
import dev.scalecfg.cli.internal.ValidateCommand;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.ess.ApiVersion;
import dev.scalecfg.core.ess.EssParameters;
import dev.scalecfg.core.json.ScalingJson;
import dev.scalecfg.validation.RuleChain;
import dev.scalecfg.validation.ValidationResult;
import dev.scalecfg.validation.internal.FieldConstraintRule;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * Where the start of {@code scalecfg validate FILE} goes, step by step, in a fresh JVM: each step
 * the CLI takes on its first file, in the CLI's order, with its wall time, the CPU time of the main
 * thread (which the load of a shared machine disturbs less) and the classes it loads. A step pays
 * for the classes and the initialisation no earlier step needed.
 *
 * <pre>{@code
 * java -XX:TieredStopAtLevel=1 -cp benchmarks/target/benchmarks.jar \
 *     dev.scalecfg.benchmarks.StartupPhases examples/web-tier.json
 * }</pre>
 *
 * <p>Not a JMH benchmark: a first run cannot be repeated in one JVM. Run it several times.
 */
public final class StartupPhases {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
    private final List<String> rows = new ArrayList<>();
    private final List<String> asides = new ArrayList<>();
    private double totalWall;
    private double totalCpu;
    private long totalClasses;

    private StartupPhases() {}

    /**
     * Runs the steps on a canonical JSON configuration and prints a table.
     *
     * @param args the configuration file
     * @throws Exception if a step fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java -cp benchmarks.jar " + StartupPhases.class.getName() + " CONFIG.json");
            System.exit(2);
        }
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        double toMain = System.currentTimeMillis() - jvmStart;
        new StartupPhases().run(Path.of(args[0]), toMain);
    }

    private void run(Path file, double toMain) throws Exception {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        String text = Files.readString(file);
        step("JDK: first annotation read (the dynamic proxy machinery every library below needs)",
                () -> Runnable.class.getAnnotation(FunctionalInterface.class));
        // what ScalecfgCommand.commandLine("validate", FILE) does, in two steps
        CommandLine commandLine = step("picocli: model of the root command (reflection)",
                () -> new CommandLine(new ScalecfgCommand(new Cli(Path.of("").toAbsolutePath(), nowhere, nowhere))));
        step("picocli: model of `validate` (reflection)", () -> commandLine.addSubcommand(ValidateCommand.class));
        step("picocli: parse `validate FILE`", () -> commandLine.parseArgs("validate", file.toString()));
        step("Jackson: a default mapper and readTree (format detection)", () -> JsonMapper.builder().build().readTree(text));
        ScalingConfiguration config = step("ScalingJson: strict mapper, deserializers, first read",
                () -> ScalingJson.defaults().read(text));
        step("ScalingJson: second read", () -> ScalingJson.defaults().read(text));
        RuleChain chain = step("RuleChain.defaultChain(): the rules", RuleChain::defaultChain);
        step("logging: JBoss Logging over SLF4J (as Main sets it up)", () -> {
            System.setProperty("org.jboss.logging.provider", "slf4j");
            return org.jboss.logging.Logger.getLogger(StartupPhases.class);
        });
        step("Hibernate Validator: factory bootstrap", FieldConstraintRule::validator);
        step("Hibernate Validator: first validate (metadata of the model)",
                () -> FieldConstraintRule.validator().validate(config));
        ValidationResult result = step("RuleChain: first validate (the rules; HV warm)", () -> chain.validate(config));
        step("second validate", () -> chain.validate(config));
        Map<String, String> parameters = EssParameters.toParameters(config, ApiVersion.V2022_02_22);
        step("ESS: first fromParameters (after the steps above)", () -> EssParameters.fromParameters(parameters));
        aside("(not in the CLI's path) picocli: model of preview, plan, convert and help, which it leaves out", () -> {
            for (Class<?> other : List.of(PreviewCommand.class, PlanCommand.class, ConvertCommand.class,
                    CommandLine.HelpCommand.class)) {
                commandLine.addSubcommand(other);
            }
            return commandLine;
        });
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.printf(Locale.ROOT, "%s: %d violations; JVM start to main: %.0f ms (wall)%n%n", file, result.getViolations().size(),
                toMain);
        out.printf(Locale.ROOT, "| %-76s | %9s | %9s | %7s |%n", "step", "wall ms", "CPU ms", "classes");
        out.printf(Locale.ROOT, "| %-76s | %9s | %9s | %7s |%n", "---", "---:", "---:", "---:");
        rows.forEach(out::println);
        out.printf(Locale.ROOT, "| %-76s | %9.1f | %9.1f | %7d |%n", "total", totalWall, totalCpu, totalClasses);
        asides.forEach(out::println);
    }

    /** Times a step that is not part of the CLI's path: it is printed after the total. */
    private <T> T aside(String name, Callable<T> action) throws Exception {
        int row = rows.size();
        double wall = totalWall;
        double cpu = totalCpu;
        long loaded = totalClasses;
        T value = step(name, action);
        asides.add(rows.remove(row));
        totalWall = wall;
        totalCpu = cpu;
        totalClasses = loaded;
        return value;
    }

    private <T> T step(String name, Callable<T> action) throws Exception {
        long classesBefore = classes.getTotalLoadedClassCount();
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long wallBefore = System.nanoTime();
        T value = action.call();
        double wall = (System.nanoTime() - wallBefore) / 1e6;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e6;
        long loaded = classes.getTotalLoadedClassCount() - classesBefore;
        totalWall += wall;
        totalCpu += cpu;
        totalClasses += loaded;
        rows.add(String.format(Locale.ROOT, "| %-76s | %9.1f | %9.1f | %7d |", name, wall, cpu, loaded));
        return value;
    }
}
