package dev.scalecfg.interop;

import dev.scalecfg.core.ConfigFormatException;
import dev.scalecfg.core.FormatError;
import dev.scalecfg.core.Shown;
import dev.scalecfg.core.io.ConfigDocument;
import dev.scalecfg.core.io.ConfigEntry;
import dev.scalecfg.core.io.ConfigFormat;
import dev.scalecfg.core.io.DocumentReader;
import dev.scalecfg.core.io.ReadLimits;
import dev.scalecfg.interop.internal.Codes;
import dev.scalecfg.interop.internal.hcl.Value;
import dev.scalecfg.interop.internal.hcl.Values;
import dev.scalecfg.interop.internal.ros.RosFunctions;
import dev.scalecfg.interop.internal.ros.RosMapper;
import dev.scalecfg.interop.internal.tree.Node;
import dev.scalecfg.interop.internal.tree.Trees;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads ROS templates, JSON or YAML: every {@code ALIYUN::ESS::ScalingConfiguration} resource
 * becomes one entry, named by its logical id.
 *
 * <pre>{@code
 * RosReader reader = RosReader.builder().parameter("InstanceType", "ecs.g7.large").build();
 * ConfigDocument document = reader.read("template.yml", text, ReadLimits.defaults());
 * document.getEntries().get(0).getName();        // Optional[ScalingConfiguration]
 * document.getEntries().get(0).getUnresolved();  // [scalingGroupId]: {Ref: ScalingGroup} is a resource
 * }</pre>
 *
 * <p><b>What is evaluated</b> (interop-formats §2.1): literals; {@code Ref} to a parameter, from
 * the given value or its {@code Default}, typed ({@code Number}, {@code Boolean},
 * {@code CommaDelimitedList}); {@code Fn::Join}, {@code Fn::Sub}, {@code Fn::Select},
 * {@code Fn::Split}, {@code Fn::Replace}, {@code Fn::Base64Encode}/{@code Decode},
 * {@code Fn::FindInMap}, {@code Fn::If} with {@code Conditions} ({@code Fn::Equals},
 * {@code Fn::And}, {@code Fn::Or}, {@code Fn::Not}), {@code Fn::Str}, {@code Fn::Length},
 * {@code Fn::ListMerge}, {@code Fn::Add}, {@code Fn::Max}, {@code Fn::Min}, {@code Fn::Avg},
 * {@code ALIYUN::NoValue}, and the YAML short tags ({@code !Ref}, {@code !Sub}, {@code !Join},
 * …). A {@code Ref} to a resource or a pseudo parameter, {@code Fn::GetAtt}, {@code Fn::GetAZs},
 * a parameter without {@code Default} and no given value, and the other functions are <em>not
 * guessed</em>: the property is left out, its model path goes in
 * {@link ConfigEntry#getUnresolved()} and the entry gets a {@code VALUE_UNRESOLVED} problem. A
 * value from a {@code NoEcho} parameter is treated the same way (except {@code Password} and
 * {@code UserData}), so that it is never shown. A resource whose {@code Condition} is false is
 * not read.
 *
 * <p><b>Properties</b> map to the API parameters as §2.2 lists them ({@code DiskMappings} to
 * {@code DataDisk.N}, {@code SystemDiskSize} to {@code SystemDisk.Size}, …). {@code UserData} is
 * raw text that ROS encodes ({@code Fn::Base64Decode} of base64 gives those bytes);
 * {@code TagList} becomes the {@code Tags} object; {@code SpotPriceLimitForInstanceType} gives
 * each type its price and {@code SpotPriceLimit} the price of the other listed types (noted: ROS
 * does not document it); with both {@code InstanceType} and {@code InstanceTypes}, ROS ignores
 * the first (noted); {@code InstanceId} leaves the settings ROS copies from that instance
 * unresolved unless they are set. ROS's own documented defaults ({@code IoOptimized=none},
 * {@code InternetChargeType=PayByTraffic}, from its 2021 documentation) are not applied: they are
 * unverified and contradict the API. A property the resource does not have is a
 * {@code PARAMETER_UNKNOWN} problem.
 *
 * <p><b>Terraform templates</b> ({@code Transform: Aliyun::Terraform-v1.x} with a
 * {@code Workspace} of {@code .tf} files) are read with {@link TerraformReader}, the template's
 * parameters given as Terraform variables.
 *
 * <p><b>Errors.</b> A text that is not JSON or YAML, or not a template, is refused with a
 * {@link ConfigFormatException} with the line and column; a wrong value is a problem of its entry,
 * located at the property ({@code DiskMappings[1].Size}) with its line and column. YAML aliases are
 * resolved within the limits. Secrets never appear in problems or notes.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class RosReader implements DocumentReader {
    /** The resource type read. */
    public static final String RESOURCE_TYPE = "ALIYUN::ESS::ScalingConfiguration";

    private final Map<String, String> parameters;

    /** Creates a reader without given parameter values. */
    public RosReader() {
        this(Map.of());
    }

    private RosReader(Map<String, String> parameters) {
        this.parameters = Map.copyOf(parameters);
    }

    /**
     * Returns a builder of a reader with parameter values.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RosReader}. Not thread-safe. */
    public static final class Builder {
        private final Map<String, String> parameters = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Gives a template parameter a value, as the stack's parameters do; it wins over the
         * parameter's {@code Default}.
         *
         * @param name the parameter name
         * @param value the value, as a stack parameter is given (a {@code CommaDelimitedList} as
         *     {@code a,b})
         * @return this builder
         */
        public Builder parameter(String name, String value) {
            parameters.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Builds the reader.
         *
         * @return the reader
         */
        public RosReader build() {
            return new RosReader(parameters);
        }
    }

    /**
     * Returns {@link InteropFormats#ROS}.
     *
     * @return the format
     */
    @Override
    public ConfigFormat format() {
        return InteropFormats.ROS;
    }

    /**
     * Tells whether a text looks like a ROS template: it holds {@code ROSTemplateFormatVersion}.
     *
     * @param name the file name, not used
     * @param text the whole text
     * @return true for a ROS template
     */
    @Override
    public boolean recognizes(String name, String text) {
        return text != null && text.contains("ROSTemplateFormatVersion");
    }

    /**
     * Reads a template, JSON when it starts with <code>&#123;</code>, YAML otherwise.
     *
     * @param source the name messages give the input
     * @param text the whole text
     * @param limits the limits to enforce
     * @return one entry per scaling-configuration resource, in the order of the template
     * @throws ConfigFormatException when the text is not JSON or YAML, not a template, or exceeds a
     *     limit
     */
    @Override
    public ConfigDocument read(String source, String text, ReadLimits limits) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(limits, "limits");
        Node root = firstNonBlank(text) == '{' ? Trees.json(text, limits, "") : Trees.yaml(text, limits, "");
        if (!root.isObject()) {
            throw new ConfigFormatException(FormatError.at("", root.line(), root.column(), null,
                    "is not a ROS template: the document is not an object").withCode(Codes.MALFORMED));
        }
        Node transform = root.get("Transform");
        if (transform != null && transform.isScalar() && transform.text().startsWith("Aliyun::Terraform")) {
            return terraform(source, root, limits);
        }
        Node resources = root.get("Resources");
        if (resources == null || !resources.isObject()) {
            if (root.get("ROSTemplateFormatVersion") == null) {
                throw new ConfigFormatException(FormatError.at("", root.line(), root.column(), null,
                        "is not a ROS template: it has neither ROSTemplateFormatVersion nor Resources")
                        .withCode(Codes.MALFORMED));
            }
            return ConfigDocument.builder().source(source).format(format()).build();
        }
        RosFunctions functions = new RosFunctions(fields(root.get("Parameters")), parameters,
                fields(root.get("Conditions")), fields(root.get("Mappings")), Set.copyOf(resources.fields().keySet()),
                limits);
        ConfigDocument.Builder document = ConfigDocument.builder().source(source).format(format());
        for (Map.Entry<String, Node> resource : resources.fields().entrySet()) {
            Node body = resource.getValue();
            Node type = body.get("Type");
            if (type == null || !RESOURCE_TYPE.equals(type.text())) {
                continue;
            }
            Node condition = body.get("Condition");
            String conditionNote = null;
            if (condition != null && condition.isScalar()) {
                Value holds = functions.condition(condition.text());
                Boolean bool = holds.isKnown() ? Values.asBool(holds) : null;
                if (Boolean.FALSE.equals(bool)) {
                    continue;
                }
                if (bool == null) {
                    conditionNote = "the resource is created only when the condition " + Shown.text(condition.text())
                            + " holds, which is not known offline";
                }
            }
            String note = conditionNote;
            ConfigEntry entry = RosMapper.map(resource.getKey(), body.get("Properties"), functions, out -> {
                if (note != null) {
                    out.note(note);
                }
            });
            document.addEntry(entry);
        }
        return document.build();
    }

    private static Map<String, Node> fields(Node node) {
        return node != null && node.isObject() ? node.fields() : Map.of();
    }

    private ConfigDocument terraform(String source, Node root, ReadLimits limits) {
        Node workspace = root.get("Workspace");
        if (workspace == null || !workspace.isObject()) {
            throw new ConfigFormatException(FormatError.at("Workspace", root.line(), root.column(), null,
                    "is missing: a Terraform template keeps its .tf files in Workspace").withCode(Codes.MALFORMED));
        }
        Map<String, String> files = new LinkedHashMap<>();
        for (Map.Entry<String, Node> file : workspace.fields().entrySet()) {
            if (file.getValue().kind() == Node.Kind.STRING) {
                files.put(file.getKey(), file.getValue().text());
            }
        }
        TerraformReader.Builder terraform = TerraformReader.builder();
        for (Map.Entry<String, Node> parameter : fields(root.get("Parameters")).entrySet()) {
            String given = parameters.get(parameter.getKey());
            Node fallback = parameter.getValue().get("Default");
            if (given != null) {
                terraform.variable(parameter.getKey(), given);
            } else if (fallback != null && fallback.isScalar()) {
                terraform.variable(parameter.getKey(), fallback.text());
            }
        }
        ConfigDocument read = terraform.build().readFiles(source, files, limits);
        return ConfigDocument.builder().from(read).format(format()).build();
    }

    private static char firstNonBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\uFEFF') {
                return text.charAt(i);
            }
        }
        return 0;
    }
}
