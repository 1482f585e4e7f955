package dev.scalecfg.interop;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.ess.ApiVersion;
import dev.scalecfg.core.ess.EssParameters;
import dev.scalecfg.core.io.ConfigDocument;
import dev.scalecfg.core.io.ConfigEntry;
import dev.scalecfg.interop.internal.Issues;
import dev.scalecfg.interop.internal.ros.RosWriting;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes scaling configurations as a ROS template of {@code ALIYUN::ESS::ScalingConfiguration}
 * resources, in YAML (the default) or JSON.
 *
 * <pre>{@code
 * WriteResult result = RosWriter.yaml().write("WebConfiguration", config);
 * System.out.print(result.getText());
 * // ROSTemplateFormatVersion: "2015-09-01"
 * // Parameters:
 * //   WebConfigurationPassword:
 * //     Type: String
 * //     NoEcho: true
 * //     Description: Password of WebConfiguration
 * // Resources:
 * //   WebConfiguration:
 * //     Type: ALIYUN::ESS::ScalingConfiguration
 * //     Properties:
 * //       ScalingGroupId: asg-bp14wlu85wrpchm0xxxx
 * //       InstanceTypes:
 * //         - ecs.g7.large
 * //       DiskMappings:
 * //         - Category: cloud_essd
 * //           Size: "100"
 * //       Password:
 * //         Ref: WebConfigurationPassword
 * }</pre>
 *
 * <p>Each ESS parameter of the configuration (2014-08-28 spelling) is written as the property
 * {@link RosReader} reads it from, through the same table, in its order: {@code DataDisk.N} as
 * {@code DiskMappings} (with {@code Size} and {@code Encrypted} as strings, as ROS declares them),
 * {@code Tags} as {@code TagList}, the spot price limits as {@code SpotPriceLimitForInstanceType}.
 *
 * <p><b>Secrets</b> are never written: {@code Password} is a {@code Ref} to a {@code NoEcho}
 * parameter, and {@code UserData} a {@code Fn::Base64Decode} of one (so the parameter takes the
 * base64 the configuration holds, and ROS gets its bytes back); the parameters are listed in
 * {@link WriteResult#getSecretVariables()}.
 *
 * <p><b>What ROS cannot express</b> ({@code NetworkInterfaces}, {@code CustomPriorities},
 * {@code ResourcePoolOptions}, {@code HttpEndpoint}, {@code HttpTokens}, {@code SecurityOptions},
 * {@code DeletionProtection}, {@code StorageSetId}, {@code InstanceTypeCandidateOptions},
 * {@code SchedulerOptions}, the region, the pattern filters beyond the seven ROS has, …) is never
 * silently dropped: each parameter is listed, with its value (never a secret's), under the
 * template's {@code Metadata} ({@code scalecfg: NotExpressible: <logical id>: ...}) and reported
 * as an {@link WriteIssue.Kind#UNSUPPORTED} issue; with {@link Builder#failOnUnsupported()} it is
 * an {@link UnsupportedParametersException} instead. Everything else reads back with
 * {@link RosReader} as it was (a property test proves it).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class RosWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .stringQuotingChecker(new DatesQuoted())
            .build()).enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private final boolean json;
    private final boolean failOnUnsupported;

    /** Quotes what YAML 1.1 would read as a timestamp, such as the template version 2015-09-01. */
    private static final class DatesQuoted extends StringQuotingChecker.Default {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean needToQuoteValue(String value) {
            return super.needToQuoteValue(value) || value.matches("\\d{4}-\\d{1,2}-\\d{1,2}.*");
        }
    }

    private RosWriter(boolean json, boolean failOnUnsupported) {
        this.json = json;
        this.failOnUnsupported = failOnUnsupported;
    }

    /**
     * Returns the writer of YAML templates.
     *
     * @return the writer
     */
    public static RosWriter yaml() {
        return new RosWriter(false, false);
    }

    /**
     * Returns the writer of JSON templates.
     *
     * @return the writer
     */
    public static RosWriter json() {
        return new RosWriter(true, false);
    }

    /**
     * Returns a builder.
     *
     * @return a new builder, writing YAML
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RosWriter}. Not thread-safe. */
    public static final class Builder {
        private boolean json;
        private boolean failOnUnsupported;

        private Builder() {}

        /**
         * Writes JSON instead of YAML.
         *
         * @return this builder
         */
        public Builder json() {
            this.json = true;
            return this;
        }

        /**
         * Makes the writer refuse a configuration with parameters ROS cannot express, with an
         * {@link UnsupportedParametersException}, instead of listing them under {@code Metadata}.
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
        public RosWriter build() {
            return new RosWriter(json, failOnUnsupported);
        }
    }

    /**
     * Writes one configuration as the resource {@code ScalingConfiguration}.
     *
     * @param config the configuration
     * @return the template and its issues
     * @throws UnsupportedParametersException if the writer fails on unsupported parameters and
     *     there are some
     */
    public WriteResult write(ScalingConfiguration config) {
        return write("ScalingConfiguration", config);
    }

    /**
     * Writes one configuration as a resource with this logical id.
     *
     * @param logicalId the logical id; characters other than letters and digits are dropped
     * @param config the configuration
     * @return the template and its issues
     * @throws UnsupportedParametersException if the writer fails on unsupported parameters and
     *     there are some
     */
    public WriteResult write(String logicalId, ScalingConfiguration config) {
        Objects.requireNonNull(logicalId, "logicalId");
        Objects.requireNonNull(config, "config");
        Map<String, ScalingConfiguration> one = new LinkedHashMap<>();
        one.put(logicalId(logicalId), config);
        return write(one, false);
    }

    /**
     * Writes every configuration of a document, each as a resource whose logical id is made from
     * its entry name ({@code ScalingConfiguration} for an unnamed entry; made unique).
     *
     * @param document the document, in any format
     * @return the template and its issues
     * @throws UnsupportedParametersException if the writer fails on unsupported parameters and
     *     there are some
     */
    public WriteResult write(ConfigDocument document) {
        Objects.requireNonNull(document, "document");
        Map<String, ScalingConfiguration> named = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (ConfigEntry entry : document.getEntries()) {
            String base = logicalId(entry.getName().orElse("ScalingConfiguration"));
            String name = base;
            for (int i = 2; !used.add(name); i++) {
                name = base + i;
            }
            named.put(name, entry.getConfiguration());
        }
        return write(named, true);
    }

    private WriteResult write(Map<String, ScalingConfiguration> configurations, boolean named) {
        ObjectNode template = NODES.objectNode();
        template.put("ROSTemplateFormatVersion", "2015-09-01");
        ObjectNode parameters = NODES.objectNode();
        ObjectNode resources = NODES.objectNode();
        ObjectNode notExpressible = NODES.objectNode();
        List<WriteIssue> issues = new ArrayList<>();
        Map<String, String> secrets = new LinkedHashMap<>();
        for (Map.Entry<String, ScalingConfiguration> configuration : configurations.entrySet()) {
            String id = configuration.getKey();
            RosWriting.Resource resource = RosWriting.write(id,
                    EssParameters.toParameters(configuration.getValue(), ApiVersion.V2014_08_28));
            resource.secrets.forEach((parameter, property) -> {
                secrets.put(parameter, property);
                ObjectNode declaration = parameters.putObject(parameter);
                declaration.put("Type", "String");
                declaration.put("NoEcho", true);
                declaration.put("Description", property.equals("UserData")
                        ? "UserData of " + id + ", base64-encoded" : property + " of " + id);
            });
            ObjectNode body = resources.putObject(id);
            body.put("Type", RosReader.RESOURCE_TYPE);
            body.set("Properties", resource.properties);
            for (Issues.Issue issue : resource.issues) {
                issues.add(new WriteIssue(named || configurations.size() > 1 ? id : null, issue.parameter,
                        WriteIssue.Kind.valueOf(issue.kind), issue.message));
            }
            if (!resource.unsupported.isEmpty()) {
                notExpressible.set(id, resource.unsupported);
            }
        }
        if (!parameters.isEmpty()) {
            template.set("Parameters", parameters);
        }
        template.set("Resources", resources);
        if (!notExpressible.isEmpty()) {
            template.putObject("Metadata").putObject("scalecfg").set("NotExpressible", notExpressible);
        }
        List<WriteIssue> unsupported = new ArrayList<>();
        for (WriteIssue issue : issues) {
            if (issue.getKind() == WriteIssue.Kind.UNSUPPORTED) {
                unsupported.add(issue);
            }
        }
        if (failOnUnsupported && !unsupported.isEmpty()) {
            throw new UnsupportedParametersException("a ROS ALIYUN::ESS::ScalingConfiguration", unsupported);
        }
        try {
            String text = (json ? JSON : YAML).writeValueAsString(template);
            return new WriteResult(json ? text + "\n" : text, issues, secrets);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("cannot write the template", impossible);
        }
    }

    /** A ROS logical id (letters and digits) made from an entry name. */
    static String logicalId(String entryName) {
        String name = entryName;
        int at = name.lastIndexOf("alicloud_ess_scaling_configuration.");
        if (at >= 0) {
            name = name.substring(at + "alicloud_ess_scaling_configuration.".length());
        }
        StringBuilder id = new StringBuilder();
        boolean upper = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 128 && Character.isLetterOrDigit(c)) {
                id.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        if (id.length() == 0) {
            return "ScalingConfiguration";
        }
        return Character.isLetter(id.charAt(0)) ? id.toString() : "C" + id;
    }
}
