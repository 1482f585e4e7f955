package dev.scalecfg.cli.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scalecfg.core.ess.ApiVersion;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code scalecfg convert}: between the canonical JSON and the ESS API parameters. */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Convert a configuration to the canonical JSON or to a JSON object of ESS API parameters."
                + " Reads any of the three input formats; prints to standard output.", ""},
        footer = {"", "Exit codes: 0 converted, 2 usage error or an unreadable/malformed file."})
public final class ConvertCommand implements Callable<Integer> {
    @ParentCommand
    ScalecfgCommand root;

    @Parameters(paramLabel = "FILE", description = "Configuration file.")
    String file;

    @Option(names = "--to", required = true, paramLabel = "json|ess", converter = Target.Converter.class,
            description = "json: the canonical document; ess: ESS API parameters.")
    Target to;

    @Option(names = "--format", paramLabel = "json|ess|aliyun-cli", converter = InputFormat.Converter.class,
            description = "Format of FILE (default: detect from the content).")
    InputFormat format;

    @Option(names = "--api-version", paramLabel = "VERSION", converter = ValidationOptions.ApiVersionConverter.class,
            completionCandidates = ValidationOptions.ApiVersions.class,
            description = "Parameter spelling for --to ess: ${COMPLETION-CANDIDATES} (default: the older one).")
    ApiVersion apiVersion;

    @Override
    public Integer call() {
        Cli cli = root.cli();
        ConfigLoader.Loaded loaded = ConfigLoader.load(cli.workingDirectory(), file, format);
        if (to == Target.JSON) {
            cli.out().println(Codecs.writeCanonical(loaded.config()).strip());
        } else {
            Map<String, String> parameters = Codecs.writeEss(loaded.config(),
                    (apiVersion == null ? ApiVersion.V2014_08_28 : apiVersion).text());
            ObjectNode object = Report.COMPACT.createObjectNode();
            parameters.forEach(object::put);
            cli.out().println(Codecs.writeJson(object).strip());
        }
        return Cli.OK;
    }

    /** The conversion targets. */
    public enum Target {
        /** The canonical JSON document. */
        JSON,
        /** A JSON object of ESS API parameters. */
        ESS;

        /** Converts {@code json} and {@code ess}. */
        public static final class Converter implements picocli.CommandLine.ITypeConverter<Target> {
            @Override
            public Target convert(String value) {
                return Target.valueOf(ValidationOptions.oneOf(value, "json", "ess").toUpperCase(java.util.Locale.ROOT));
            }
        }
    }
}
