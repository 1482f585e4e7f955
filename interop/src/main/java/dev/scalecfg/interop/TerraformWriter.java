package dev.scalecfg.interop;

import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.ess.ApiVersion;
import dev.scalecfg.core.ess.EssParameters;
import dev.scalecfg.core.io.ConfigDocument;
import dev.scalecfg.core.io.ConfigEntry;
import dev.scalecfg.interop.internal.Issues;
import dev.scalecfg.interop.internal.tf.TfWriting;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes scaling configurations as {@code alicloud_ess_scaling_configuration} resources (HCL).
 *
 * <pre>{@code
 * WriteResult result = TerraformWriter.defaults().write("web", config);
 * System.out.print(result.getText());
 * // variable "web_password" {
 * //   description = "Password of alicloud_ess_scaling_configuration.web"
 * //   type        = string
 * //   sensitive   = true
 * // }
 * //
 * // resource "alicloud_ess_scaling_configuration" "web" {
 * //   scaling_group_id = "asg-bp14wlu85wrpchm0xxxx"
 * //   image_id         = "aliyun_3_x64_20G_alibase_20240819.vhd"
 * //   instance_types   = ["ecs.g7.large", "ecs.g6.large"]
 * //   password         = var.web_password
 * //   ...
 * //   data_disk {
 * //     category = "cloud_essd"
 * //     size     = 100
 * //   }
 * // }
 * result.getIssues();   // [HttpTokens (UNSUPPORTED): alicloud_ess_scaling_configuration has no argument for it]
 * }</pre>
 *
 * <p>Each ESS parameter of the configuration (as {@link EssParameters#toParameters} writes it for
 * 2014-08-28, the version the provider calls) is written as the argument the provider sends it
 * from, through the same table {@link TerraformReader} reads with, in its canonical order: plain
 * arguments first, their {@code =} aligned as {@code terraform fmt} does, then the nested blocks.
 * One unweighted instance type is written as {@code instance_type}, several as
 * {@code instance_types}, weighted ones as {@code instance_type_override} blocks;
 * {@code IoOptimized=none} as {@code is_outdated = true}.
 *
 * <p><b>Secrets</b> ({@code Password}, {@code UserData}) are never written: each becomes a
 * reference to a {@code sensitive} variable, declared before the resource and listed in
 * {@link WriteResult#getSecretVariables()}.
 *
 * <p><b>What Terraform cannot express</b> (a 2022-only parameter such as {@code HttpTokens},
 * {@code ImageFamily}, {@code ZoneId}, {@code SystemDiskCategories.N},
 * {@code DataDisk.N.Categories.M}, the region, …) is never silently dropped: each such parameter
 * is named in a comment at the end of the resource and reported as an
 * {@link WriteIssue.Kind#UNSUPPORTED} issue; with {@link Builder#failOnUnsupported()} it is an
 * {@link UnsupportedParametersException} instead. Values the provider changes (prices with more
 * than two decimals, zeros it does not send, user data that is not base64) are
 * {@link WriteIssue.Kind#CHANGED}; {@code IoOptimized=optimized}, which the provider always sends,
 * is {@link WriteIssue.Kind#IMPLIED}; a missing {@code InstanceName} or {@code SystemDisk.Category},
 * for which the provider sends its default, is {@link WriteIssue.Kind#DEFAULTED}. Everything else
 * reads back with {@link TerraformReader} as it was (a property test proves it).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class TerraformWriter {
    private static final TerraformWriter DEFAULTS = new TerraformWriter(false);

    private final boolean failOnUnsupported;

    private TerraformWriter(boolean failOnUnsupported) {
        this.failOnUnsupported = failOnUnsupported;
    }

    /**
     * Returns the writer that comments out what Terraform cannot express.
     *
     * @return the writer
     */
    public static TerraformWriter defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TerraformWriter}. Not thread-safe. */
    public static final class Builder {
        private boolean failOnUnsupported;

        private Builder() {}

        /**
         * Makes the writer refuse a configuration with parameters Terraform cannot express, with an
         * {@link UnsupportedParametersException}, instead of naming them in a comment.
         *
         * @return this builder
         */
        public Builder failOnUnsupported() {
            this.failOnUnsupported = true;
            return this;
        }

        /**
         * Builds the writer.
         *
         * @return the writer
         */
        public TerraformWriter build() {
            return new TerraformWriter(failOnUnsupported);
        }
    }

    /**
     * Writes one configuration as the resource {@code this}.
     *
     * @param config the configuration
     * @return the text and its issues
     * @throws UnsupportedParametersException if the writer fails on unsupported parameters and
     *     there are some
     */
    public WriteResult write(ScalingConfiguration config) {
        return write("this", config);
    }

    /**
     * Writes one configuration as a named resource.
     *
     * @param name the resource name; characters Terraform does not allow in names are replaced
     *     by {@code _}
     * @param config the configuration
     * @return the text and its issues
     * @throws UnsupportedParametersException if the writer fails on unsupported parameters and
     *     there are some
     */
    public WriteResult write(String name, ScalingConfiguration config) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(config, "config");
        return write(List.of(new Named(resourceName(name), config, Set.of())));
    }

    /**
     * Writes every configuration of a document, each as a resource named after its entry (the
     * last part of a Terraform address, a ROS logical id, a configuration ID; {@code this} for an
     * unnamed entry; made unique). An entry's unresolved attributes are named in a comment.
     *
     * @param document the document, in any format
     * @return the text and its issues
     * @throws UnsupportedParametersException if the writer fails on unsupported parameters and
     *     there are some
     */
    public WriteResult write(ConfigDocument document) {
        Objects.requireNonNull(document, "document");
        List<Named> named = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (ConfigEntry entry : document.getEntries()) {
            String base = resourceName(entry.getName().orElse("this"));
            String name = base;
            for (int i = 2; !used.add(name); i++) {
                name = base + "_" + i;
            }
            named.add(new Named(name, entry.getConfiguration(), entry.getUnresolved()));
        }
        return write(named);
    }

    private static final class Named {
        final String name;
        final ScalingConfiguration config;
        final Set<String> unresolved;

        Named(String name, ScalingConfiguration config, Set<String> unresolved) {
            this.name = name;
            this.config = config;
            this.unresolved = unresolved;
        }
    }

    private WriteResult write(List<Named> configurations) {
        StringBuilder variables = new StringBuilder();
        StringBuilder resources = new StringBuilder();
        List<WriteIssue> issues = new ArrayList<>();
        Map<String, String> secrets = new LinkedHashMap<>();
        for (Named named : configurations) {
            Map<String, String> parameters = EssParameters.toParameters(named.config, ApiVersion.V2014_08_28);
            TfWriting.Block block = TfWriting.write(named.name, parameters, named.unresolved);
            String entry = configurations.size() == 1 && named.name.equals("this") ? null : named.name;
            for (Issues.Issue issue : block.issues) {
                issues.add(new WriteIssue(entry, issue.parameter, WriteIssue.Kind.valueOf(issue.kind), issue.message));
            }
            block.secrets.forEach((variable, parameter) -> {
                secrets.put(variable, parameter);
                variables.append("variable \"").append(variable).append("\" {\n")
                        .append("  description = ").append(TfWriting.quote(parameter + " of "
                                + "alicloud_ess_scaling_configuration." + named.name)).append('\n')
                        .append("  type        = string\n")
                        .append("  sensitive   = true\n")
                        .append("}\n\n");
            });
            resources.append(resources.length() == 0 ? "" : "\n").append(block.text);
        }
        List<WriteIssue> unsupported = new ArrayList<>();
        for (WriteIssue issue : issues) {
            if (issue.getKind() == WriteIssue.Kind.UNSUPPORTED) {
                unsupported.add(issue);
            }
        }
        if (failOnUnsupported && !unsupported.isEmpty()) {
            throw new UnsupportedParametersException("Terraform (alicloud_ess_scaling_configuration)", unsupported);
        }
        return new WriteResult(variables.toString() + resources, issues, secrets);
    }

    /** A Terraform resource name made from an entry name. */
    static String resourceName(String entryName) {
        String name = entryName;
        int at = name.lastIndexOf("alicloud_ess_scaling_configuration.");
        if (at >= 0) {
            name = name.substring(at + "alicloud_ess_scaling_configuration.".length());
        }
        name = name.replaceAll("[^A-Za-z0-9_-]+", "_").replaceAll("_+", "_");
        name = name.replaceAll("^_+|_+$", "");
        if (name.isEmpty()) {
            return "this";
        }
        return Character.isLetter(name.charAt(0)) ? name : "c_" + name;
    }
}
