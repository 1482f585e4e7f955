package dev.scalecfg.interop;

import dev.scalecfg.core.ConfigFormatException;
import dev.scalecfg.core.FormatError;
import dev.scalecfg.core.io.ConfigDocument;
import dev.scalecfg.core.io.ConfigFormat;
import dev.scalecfg.core.io.DocumentReader;
import dev.scalecfg.core.io.ReadLimits;
import dev.scalecfg.interop.internal.Codes;
import dev.scalecfg.interop.internal.hcl.Value;
import dev.scalecfg.interop.internal.tf.JsonValues;
import dev.scalecfg.interop.internal.tf.TfLoader;
import dev.scalecfg.interop.internal.tf.TfMapper;
import dev.scalecfg.interop.internal.tf.TfObject;
import dev.scalecfg.interop.internal.tf.TfSchema;
import dev.scalecfg.interop.internal.tree.Node;
import dev.scalecfg.interop.internal.tree.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the JSON that {@code terraform show -json} prints for a plan or a state, and state files
 * ({@code terraform.tfstate}): every managed {@code alicloud_ess_scaling_configuration} becomes one
 * entry, named by its resource address.
 *
 * <pre>{@code
 * // terraform plan -out plan.bin && terraform show -json plan.bin > plan.json
 * ConfigDocument plan = new TerraformShowReader().read("plan.json", text, ReadLimits.defaults());
 * plan.getEntries().get(0).getName();        // Optional[module.asg.alicloud_ess_scaling_configuration.this[0]]
 * plan.getEntries().get(0).getUnresolved();  // [scalingGroupId]: known only after apply
 * }</pre>
 *
 * <ul>
 *   <li><b>Plan</b>: {@code resource_changes[].change.after} of each resource that is not being
 *       deleted; a value that {@code after_unknown} marks is known only after apply and is
 *       unresolved (interop-formats §1.9.1).</li>
 *   <li><b>State</b>: {@code values.root_module} and its {@code child_modules}, recursively
 *       (§1.9.2).</li>
 *   <li><b>State file</b>: {@code resources[].instances[].attributes}, addressed by the resource's
 *       {@code module}, {@code name} and {@code index_key}.</li>
 * </ul>
 *
 * <p>The values are what Terraform keeps, with its defaults applied; they are turned into the
 * parameters the provider sends, as {@link TerraformReader} does. Because a plan or a state holds
 * every attribute, a value Terraform fills in when the attribute is unset and that equals the
 * API's own default (a {@code false} of {@code deletion_protection}, a data disk's
 * {@code delete_with_instance = true}, a zero size) is read as not set. Values marked sensitive
 * ({@code after_sensitive}, {@code sensitive_values}, {@code sensitive_attributes}) are not read,
 * and are unresolved, so that they are never shown; the secrets ({@code password},
 * {@code user_data}) are read whatever the marks say, and never shown anyway.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class TerraformShowReader implements DocumentReader {
    private static final String AFTER_APPLY = "it is known only after apply (after_unknown in the plan)";
    private static final Set<String> SECRETS = Set.of("password", "user_data", "kms_encrypted_password");

    /** Creates the reader. */
    public TerraformShowReader() {}

    /**
     * Returns {@link InteropFormats#TERRAFORM_SHOW}.
     *
     * @return the format
     */
    @Override
    public ConfigFormat format() {
        return InteropFormats.TERRAFORM_SHOW;
    }

    /**
     * Tells whether a text looks like plan or state JSON: a {@code .tfstate} file name, or a JSON
     * object with {@code "format_version"} and plan or state members, or a state file's
     * {@code "terraform_version"} and {@code "resources"}.
     *
     * @param name the file name, or a label
     * @param text the whole text
     * @return true for plan or state JSON
     */
    @Override
    public boolean recognizes(String name, String text) {
        if (name != null && (name.endsWith(".tfstate") || name.endsWith(".tfstate.backup"))) {
            return true;
        }
        if (text == null || firstNonBlank(text) != '{') {
            return false;
        }
        boolean show = text.contains("\"format_version\"") && (text.contains("\"resource_changes\"")
                || text.contains("\"planned_values\"") || text.contains("\"values\""));
        boolean stateFile = text.contains("\"terraform_version\"") && text.contains("\"resources\"");
        return show || stateFile;
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
     * Reads a plan, a state or a state file.
     *
     * @param source the name messages give the input
     * @param text the JSON text
     * @param limits the limits to enforce
     * @return one entry per resource instance, in the order of the document
     * @throws ConfigFormatException when the text is not JSON, is neither a plan nor a state, or
     *     exceeds a limit
     */
    @Override
    public ConfigDocument read(String source, String text, ReadLimits limits) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(limits, "limits");
        Node root = Trees.json(text, limits, "");
        ConfigDocument.Builder document = ConfigDocument.builder().source(source).format(format());
        if (!root.isObject()) {
            throw notPlanOrState(root);
        }
        Node changes = root.get("resource_changes");
        Node values = root.get("values");
        if (changes != null && changes.isArray()) {
            for (Node change : changes.items()) {
                if (!isOurs(change)) {
                    continue;
                }
                Node body = change.get("change");
                Node after = body == null ? null : body.get("after");
                if (after == null || !after.isObject()) {
                    continue; // deleted
                }
                add(document, address(change), after, body.get("after_unknown"), body.get("after_sensitive"), limits);
            }
        } else if (root.get("planned_values") != null || (values != null && values.isObject())) {
            Node tree = values != null ? values : root.get("planned_values");
            module(document, tree.get("root_module"), limits, 0);
        } else if (root.get("resources") != null && root.get("resources").isArray()) {
            stateFile(document, root.get("resources"), limits);
        } else {
            throw notPlanOrState(root);
        }
        return document.build();
    }

    private static ConfigFormatException notPlanOrState(Node root) {
        return new ConfigFormatException(FormatError.at("", root.line(), root.column(), null,
                "is neither the JSON of terraform show -json (a plan or a state) nor a state file")
                .withCode(Codes.MALFORMED));
    }

    private static boolean isOurs(Node resource) {
        Node type = resource.get("type");
        Node mode = resource.get("mode");
        return type != null && TfLoader.RESOURCE_TYPE.equals(type.text())
                && (mode == null || "managed".equals(mode.text()));
    }

    private static String address(Node resource) {
        Node address = resource.get("address");
        if (address != null && address.kind() == Node.Kind.STRING) {
            return address.text();
        }
        Node name = resource.get("name");
        return TfLoader.RESOURCE_TYPE + "." + (name == null ? "?" : name.text()) + index(resource.get("index"));
    }

    private static String index(Node index) {
        if (index == null || index.isNull()) {
            return "";
        }
        if (index.kind() == Node.Kind.NUMBER) {
            return "[" + index.text() + "]";
        }
        return "[\"" + String.valueOf(index.text()).replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    private void module(ConfigDocument.Builder document, Node module, ReadLimits limits, int depth) {
        if (module == null || !module.isObject() || depth > limits.getMaxNestingDepth()) {
            return;
        }
        Node resources = module.get("resources");
        if (resources != null && resources.isArray()) {
            for (Node resource : resources.items()) {
                Node values = resource.get("values");
                if (isOurs(resource) && values != null && values.isObject()) {
                    add(document, address(resource), values, null, resource.get("sensitive_values"), limits);
                }
            }
        }
        Node children = module.get("child_modules");
        if (children != null && children.isArray()) {
            for (Node child : children.items()) {
                module(document, child, limits, depth + 1);
            }
        }
    }

    private void stateFile(ConfigDocument.Builder document, Node resources, ReadLimits limits) {
        for (Node resource : resources.items()) {
            Node instances = resource.get("instances");
            if (!isOurs(resource) || instances == null || !instances.isArray()) {
                continue;
            }
            Node module = resource.get("module");
            String prefix = module != null && module.kind() == Node.Kind.STRING ? module.text() + "." : "";
            Node name = resource.get("name");
            for (Node instance : instances.items()) {
                Node attributes = instance.get("attributes");
                if (attributes == null || !attributes.isObject()) {
                    continue;
                }
                String address = prefix + TfLoader.RESOURCE_TYPE + "." + (name == null ? "?" : name.text())
                        + index(instance.get("index_key"));
                add(document, address, attributes, null, sensitiveAttributes(instance.get("sensitive_attributes")),
                        limits);
            }
        }
    }

    /** The top-level attributes a state file's {@code sensitive_attributes} paths mark, as a sensitive-values object. */
    private static Node sensitiveAttributes(Node paths) {
        if (paths == null || !paths.isArray()) {
            return null;
        }
        Map<String, Node> marked = new java.util.LinkedHashMap<>();
        for (Node path : paths.items()) {
            Node first = path.isArray() && !path.items().isEmpty() ? path.items().get(0)
                    : path.isObject() ? path : null;
            if (first != null && first.get("value") != null && first.get("value").kind() == Node.Kind.STRING) {
                marked.put(first.get("value").text(), trueNode(path));
            }
        }
        return Node.object(marked, paths.line(), paths.column());
    }

    private static Node trueNode(Node at) {
        return Node.string("true", at.line(), at.column());
    }

    private void add(ConfigDocument.Builder document, String address, Node values, Node unknown, Node sensitive,
            ReadLimits limits) {
        TfObject object = object(values, unknown, sensitive, "", null, limits);
        document.addEntry(TfMapper.map(object, TfMapper.Source.STATE, false, "", address, null));
    }

    private TfObject object(Node values, Node unknown, Node sensitive, String prefix, TfSchema.Attr parent,
            ReadLimits limits) {
        TfObject object = new TfObject(prefix, values.line(), values.column());
        for (Map.Entry<String, Node> entry : values.fields().entrySet()) {
            String key = entry.getKey();
            Node node = entry.getValue();
            String path = prefix + key;
            Node unknownHere = unknown == null ? null : unknown.get(key);
            Node sensitiveHere = sensitive == null ? null : sensitive.get(key);
            TfSchema.Attr attr = parent == null ? TfSchema.attribute(key) : parent.field(key);
            if (attr != null && attr.shape == TfSchema.Shape.BLOCKS && node.isArray() && !marked(unknownHere)) {
                List<TfObject> blocks = new ArrayList<>();
                for (int i = 0; i < node.items().size(); i++) {
                    Node item = node.items().get(i);
                    if (!item.isObject()) {
                        continue;
                    }
                    blocks.add(object(item, element(unknownHere, i), element(sensitiveHere, i),
                            path + "[" + i + "].", attr, limits));
                }
                object.put(new TfObject.Field(key, Value.NULL, blocks, path, node.line(), node.column()));
                continue;
            }
            Value value = JsonValues.value(node, limits);
            if (marked(unknownHere) || containsTrue(unknownHere)) {
                value = Value.unknown(AFTER_APPLY);
            } else if (marked(sensitiveHere) || containsTrue(sensitiveHere)) {
                value = SECRETS.contains(key) ? value : value.asSensitive();
            }
            object.put(new TfObject.Field(key, value, null, path, node.line(), node.column()));
        }
        if (unknown != null && unknown.isObject()) {
            for (Map.Entry<String, Node> entry : unknown.fields().entrySet()) {
                if (!values.fields().containsKey(entry.getKey()) && containsTrue(entry.getValue())) {
                    object.put(new TfObject.Field(entry.getKey(), Value.unknown(AFTER_APPLY), null,
                            prefix + entry.getKey(), entry.getValue().line(), entry.getValue().column()));
                }
            }
        }
        return object;
    }

    private static Node element(Node list, int index) {
        return list != null && list.isArray() && index < list.items().size() ? list.items().get(index) : null;
    }

    private static boolean marked(Node node) {
        return node != null && ((node.kind() == Node.Kind.BOOLEAN && "true".equals(node.text()))
                || (node.kind() == Node.Kind.STRING && "true".equals(node.text())));
    }

    private static boolean containsTrue(Node node) {
        if (node == null) {
            return false;
        }
        if (marked(node)) {
            return true;
        }
        if (node.isArray()) {
            return node.items().stream().anyMatch(TerraformShowReader::containsTrue);
        }
        if (node.isObject()) {
            return node.fields().values().stream().anyMatch(TerraformShowReader::containsTrue);
        }
        return false;
    }
}
