package dev.scalecfg.interop;

import dev.scalecfg.core.ConfigFormatException;
import dev.scalecfg.core.FormatError;
import dev.scalecfg.core.io.ConfigDocument;
import dev.scalecfg.core.io.ConfigFormat;
import dev.scalecfg.core.io.DocumentReader;
import dev.scalecfg.core.io.ReadLimits;
import dev.scalecfg.interop.internal.tf.Sources;
import dev.scalecfg.interop.internal.tf.TfLoader;
import dev.scalecfg.interop.internal.tf.TfMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads Terraform configurations: every {@code alicloud_ess_scaling_configuration} becomes one
 * entry, named by its resource address ({@code alicloud_ess_scaling_configuration.web},
 * {@code module.asg.alicloud_ess_scaling_configuration.this[0]}).
 *
 * <pre>{@code
 * TerraformReader reader = TerraformReader.builder()
 *         .variable("env", "prod")                          // -var env=prod
 *         .variableFile(Path.of("prod.tfvars"))             // --var-file prod.tfvars
 *         .build();
 * ConfigDocument document = reader.read(Path.of("infra/"), ReadLimits.defaults());
 * for (ConfigEntry entry : document.getEntries()) {
 *     entry.getName();          // Optional[alicloud_ess_scaling_configuration.web]
 *     entry.getConfiguration(); // what the provider sends to CreateScalingConfiguration
 *     entry.getUnresolved();    // [scalingGroupId] when it refers to alicloud_ess_scaling_group.web.id
 *     entry.getNotes();         // [instance_name is not set: Terraform sends its default, ESS-Instance]
 * }
 * }</pre>
 *
 * <p><b>What is read.</b> A {@code .tf} file (HCL native syntax) or a {@code .tf.json} file; a
 * directory is read as Terraform reads a module: every {@code .tf} and {@code .tf.json} file in it
 * (not {@code *_override.tf} files, which Terraform merges and this reader does not), its
 * {@code terraform.tfvars} and {@code *.auto.tfvars} files, and the local modules it calls
 * ({@code source = "./modules/asg"}); modules from a registry or a repository are not read.
 *
 * <p><b>What is evaluated.</b> Literals; variables, from their {@code default}, the
 * {@code .tfvars} files and the given values (in that order of precedence, the given ones last),
 * converted to their declared type with the defaults of {@code optional()} attributes; locals;
 * string templates and heredocs; operators, conditionals and {@code for} expressions;
 * {@code count} and {@code for_each} of resources and modules; {@code dynamic} blocks; and the
 * functions {@code base64encode}, {@code format}, {@code join}, {@code lookup}, {@code merge},
 * {@code concat}, {@code element}, {@code length}, … What is only known when Terraform runs
 * (references to other resources, data sources, module outputs, {@code random_*},
 * {@code path.module}, {@code file()}, {@code templatefile()}, {@code timestamp()}, template
 * directives) is <em>not guessed</em>: the attribute is left out, its model path goes in
 * {@link dev.scalecfg.core.io.ConfigEntry#getUnresolved()} and the entry gets a
 * {@code VALUE_UNRESOLVED} problem naming the attribute and what it refers to. A value that comes
 * from a {@code sensitive} variable is treated the same way, except for the secrets themselves
 * ({@code password}, {@code user_data}), so that it is never shown.
 *
 * <p><b>What the provider sends.</b> Each attribute becomes the API parameter the provider sends
 * (interop-formats §1.1–§1.4): {@code instance_types} then {@code instance_type} become
 * {@code InstanceTypes.N}; {@code is_outdated = true} becomes {@code IoOptimized=none};
 * {@code user_data} that is not base64 is encoded; prices and memory sizes are formatted with two
 * decimals (a note says when that changes a value); zeros the provider does not send are left
 * out. The defaults the provider applies and the API does not are applied and noted:
 * {@code instance_name = "ESS-Instance"}, {@code system_disk_category = "cloud_efficiency"}, and,
 * for providers before 1.279.0 (a {@code required_providers} constraint that allows only those, or
 * {@link Builder#providerVersion(String)}), {@code internet_charge_type = "PayByBandwidth"}.
 * Arguments that are no API parameter ({@code active}, {@code enable}, {@code force_delete},
 * {@code override}, {@code lifecycle}, …) are ignored; {@code kms_encrypted_password} leaves
 * {@code Password} unresolved. An argument the resource does not have is a
 * {@code PARAMETER_UNKNOWN} problem.
 *
 * <p><b>Errors.</b> A file that is not HCL (or JSON) is refused with a
 * {@link ConfigFormatException} giving the line and column; a wrong value is a problem of its
 * entry, located at the attribute ({@code data_disk[1].size}) with its line and column, and, in a
 * configuration of several files, the file. Every {@link ReadLimits} limit applies, the document
 * size to all files together. Secrets never appear in problems or notes.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class TerraformReader implements DocumentReader {
    private final Map<String, String> variables;
    private final Map<String, String> variableFiles;
    private final String providerVersion;

    /** Creates a reader without given variable values, for the current provider. */
    public TerraformReader() {
        this(Map.of(), Map.of(), null);
    }

    private TerraformReader(Map<String, String> variables, Map<String, String> variableFiles, String providerVersion) {
        this.variables = Map.copyOf(variables);
        this.variableFiles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(variableFiles));
        this.providerVersion = providerVersion;
    }

    /**
     * Returns a builder of a reader with variable values.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TerraformReader}. Not thread-safe. */
    public static final class Builder {
        private final Map<String, String> variables = new LinkedHashMap<>();
        private final Map<String, String> variableFiles = new LinkedHashMap<>();
        private String providerVersion;

        private Builder() {}

        /**
         * Gives a variable a value, as {@code -var name=value} does: taken literally for variables of
         * a primitive type, read as an HCL expression for list, map and object types. A later value
         * of the same variable wins; given values win over {@code .tfvars} files.
         *
         * @param name the variable name
         * @param value the value as written on the command line
         * @return this builder
         */
        public Builder variable(String name, String value) {
            variables.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Gives the values of a {@code .tfvars} file (HCL attributes) or a {@code .tfvars.json} file
         * (a JSON object), as {@code -var-file} does; files given later win.
         *
         * @param name the file name (a name ending in {@code .json} is read as JSON)
         * @param text the file's text
         * @return this builder
         */
        public Builder variableFile(String name, String text) {
            variableFiles.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(text, "text"));
            return this;
        }

        /**
         * Reads a {@code .tfvars} or {@code .tfvars.json} file.
         *
         * @param file the file
         * @return this builder
         * @throws IOException if the file cannot be read
         */
        public Builder variableFile(Path file) throws IOException {
            return variableFile(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        }

        /**
         * Sets the provider version the configuration runs with, such as {@code 1.250.0}; before
         * 1.279.0 the provider sends {@code InternetChargeType=PayByBandwidth} when
         * {@code internet_charge_type} is not set. Without it, the reader follows the configuration's
         * {@code required_providers} constraint, and the current provider when that allows it.
         *
         * @param version the version
         * @return this builder
         */
        public Builder providerVersion(String version) {
            this.providerVersion = Objects.requireNonNull(version, "version");
            return this;
        }

        /**
         * Builds the reader.
         *
         * @return the reader
         */
        public TerraformReader build() {
            return new TerraformReader(variables, variableFiles, providerVersion);
        }
    }

    /**
     * Returns {@link InteropFormats#TERRAFORM}.
     *
     * @return the format
     */
    @Override
    public ConfigFormat format() {
        return InteropFormats.TERRAFORM;
    }

    /**
     * Tells whether a text looks like a Terraform configuration: a {@code .tf} or {@code .tf.json}
     * file name, or a text with {@code resource "…"}, {@code variable "…"} or {@code module "…"}
     * blocks, or a JSON object with a {@code "resource"} member (and not a plan, a state or a ROS
     * template).
     *
     * @param name the file name, or a label
     * @param text the whole text
     * @return true for a Terraform configuration
     */
    @Override
    public boolean recognizes(String name, String text) {
        if (name != null && (name.endsWith(".tf") || name.endsWith(".tf.json"))) {
            return true;
        }
        if (text == null || text.contains("ROSTemplateFormatVersion") || text.contains("\"format_version\"")
                || text.contains("\"terraform_version\"")) {
            return false;
        }
        if (firstNonBlank(text) == '{') {
            return text.contains("\"resource\"") || text.contains("\"variable\"") || text.contains("\"module\"");
        }
        return text.contains("resource \"") || text.contains("variable \"") || text.contains("module \"");
    }

    private static char firstNonBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\uFEFF') {
                return text.charAt(i);
            }
        }
        return 0;
    }

    /**
     * Reads one file's text: {@code .tf.json} (or any text starting with <code>&#123;</code>) as JSON, anything
     * else as HCL. Local modules are not read, as there is no directory to read them from; use
     * {@link #read(Path, ReadLimits)} for that.
     *
     * @param source the name messages give the input
     * @param text the whole text
     * @param limits the limits to enforce
     * @return one entry per resource instance, in the order of the file
     * @throws ConfigFormatException when the text is not HCL (or JSON) or exceeds a limit
     */
    @Override
    public ConfigDocument read(String source, String text, ReadLimits limits) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(limits, "limits");
        String file = source.endsWith(".json") ? "main.tf.json"
                : source.endsWith(".tf") ? "main.tf" : (firstNonBlank(text) == '{' ? "main.tf.json" : "main.tf");
        return document(source, Sources.of(Map.of(file, text)), List.of(file), limits, false, false);
    }

    /**
     * Reads a file, or a directory as Terraform reads a module (see the class description), with
     * the local modules it calls.
     *
     * @param path a {@code .tf} or {@code .tf.json} file, or a directory
     * @param limits the limits to enforce, the document size to all files together
     * @return one entry per resource instance: the root module's in file order, then each module's
     * @throws IOException if the path cannot be read
     * @throws ConfigFormatException when a file is not HCL (or JSON) or a limit is exceeded
     */
    public ConfigDocument read(Path path, ReadLimits limits) throws IOException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(limits, "limits");
        if (Files.isDirectory(path)) {
            return document(path.toString(), Sources.of(path), null, limits, true, true);
        }
        if (!Files.isRegularFile(path)) {
            throw new java.nio.file.NoSuchFileException(path.toString());
        }
        Path parent = path.toAbsolutePath().getParent();
        return document(path.toString(), Sources.of(parent), List.of(path.getFileName().toString()), limits, false,
                true);
    }

    /**
     * Reads a module given as texts, such as the {@code Workspace} of a ROS Terraform template:
     * the files at the root ({@code "main.tf"}) form the root module, and local module sources
     * resolve among the other paths ({@code "modules/asg/main.tf"}).
     *
     * @param source the name messages give the input
     * @param files the files, keyed by {@code /}-separated relative paths
     * @param limits the limits to enforce, the document size to all files together
     * @return one entry per resource instance
     * @throws ConfigFormatException when a file is not HCL (or JSON) or a limit is exceeded
     */
    public ConfigDocument readFiles(String source, Map<String, String> files, ReadLimits limits) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(limits, "limits");
        return document(source, Sources.of(files), null, limits, true, true);
    }

    private ConfigDocument document(String source, Sources sources, List<String> files, ReadLimits limits,
            boolean multiFile, boolean followModules) {
        TfLoader.Result result;
        try {
            result = TfLoader.load(sources, "", files, new TfLoader.Inputs(variables, variableFiles, providerVersion),
                    limits, multiFile, followModules);
        } catch (StackOverflowError deep) {
            throw new ConfigFormatException(FormatError.of(source, null, "is nested too deeply to read")
                    .withCode("LIMIT_NESTING"));
        }
        ConfigDocument.Builder document = ConfigDocument.builder().source(source).format(format());
        for (TfLoader.Instance instance : result.instances) {
            document.addEntry(TfMapper.map(instance.object, TfMapper.Source.CONFIGURATION, result.chargeTypeDefault,
                    instance.location, instance.address, out -> instance.extras.forEach(extra -> extra.accept(out))));
        }
        return document.build();
    }
}
