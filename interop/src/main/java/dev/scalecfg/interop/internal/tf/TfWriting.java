package dev.scalecfg.interop.internal.tf;

import dev.scalecfg.core.Shown;
import dev.scalecfg.interop.internal.Issues;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes one configuration's ESS parameters (2014-08-28 spelling) as an
 * {@code alicloud_ess_scaling_configuration} block, through the {@link TfSchema} table: the
 * attributes in the table's order, blocks after the plain attributes, {@code =} aligned as
 * {@code terraform fmt} does, secrets as variable references, and a comment for everything the
 * resource cannot express.
 */
public final class TfWriting {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
    private static final Pattern LIST_ITEM = Pattern.compile("(.+)\\.([1-9][0-9]{0,8})");
    private static final Pattern BLOCK_FIELD = Pattern.compile("(.+?)\\.([1-9][0-9]{0,8})\\.(.+)");

    /** What was written and what could not be. */
    public static final class Block {
        public final String text;
        public final List<Issues.Issue> issues;
        public final Map<String, String> secrets;

        Block(String text, List<Issues.Issue> issues, Map<String, String> secrets) {
            this.text = text;
            this.issues = issues;
            this.secrets = secrets;
        }
    }

    private final String name;
    private final List<Issues.Issue> issues = new ArrayList<>();
    private final Map<String, String> secrets = new LinkedHashMap<>();
    /** Rendered values by attribute name: String, List of String, Map of String, or List of block maps. */
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final List<String> unsupported = new ArrayList<>();

    private TfWriting(String name) {
        this.name = name;
    }

    /**
     * Writes one resource.
     *
     * @param name the resource name, a valid identifier
     * @param parameters the configuration's parameters, 2014-08-28 spelling
     * @param unresolved model paths the source did not know, for a comment
     */
    public static Block write(String name, Map<String, String> parameters, Set<String> unresolved) {
        TfWriting writing = new TfWriting(name);
        writing.collect(parameters);
        return new Block(writing.render(unresolved), writing.issues, writing.secrets);
    }

    private void collect(Map<String, String> parameters) {
        List<String> types = new ArrayList<>();
        boolean overrides = parameters.keySet().stream().anyMatch(key -> key.startsWith("InstanceTypeOverride."));
        boolean plain = parameters.keySet().stream().anyMatch(key -> key.startsWith("InstanceTypes."));
        Set<String> droppedTypes = new java.util.HashSet<>();
        if (overrides && plain) {
            parameters.forEach((key, value) -> {
                if (key.startsWith("InstanceTypeOverride.") && key.endsWith(".InstanceType")) {
                    droppedTypes.add(value);
                }
            });
            parameters.forEach((key, value) -> {
                if (key.startsWith("InstanceTypes.")) {
                    droppedTypes.remove(value);
                }
            });
        }
        Set<String> droppedPrices = new java.util.HashSet<>();
        parameters.forEach((key, value) -> {
            Matcher price = BLOCK_FIELD.matcher(key);
            if (price.matches() && price.group(1).equals("SpotPriceLimit") && price.group(3).equals("InstanceType")
                    && droppedTypes.contains(value)) {
                droppedPrices.add("SpotPriceLimit." + price.group(2) + ".");
            }
        });
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            String key = parameter.getKey();
            String value = parameter.getValue();
            if (droppedPrices.stream().anyMatch(key::startsWith)) {
                unsupported(key, value, "the price limit of a weighted instance type that cannot be written (this"
                        + " configuration mixes weighted and unweighted instance types)");
                continue;
            }
            if (LIST_ITEM.matcher(key).matches() && key.startsWith("InstanceTypes.")) {
                types.add(value);
                continue;
            }
            if (overrides && plain && key.startsWith("InstanceTypeOverride.")) {
                unsupported(key, value, "Terraform's instance_type_override conflicts with instance_types, and this"
                        + " configuration mixes weighted and unweighted instance types");
                continue;
            }
            switch (key) {
                case "IoOptimized":
                    if ("none".equals(value)) {
                        values.put(TfSchema.IS_OUTDATED, "true");
                    } else {
                        issues.add(new Issues.Issue(key, "IMPLIED", "not written: the provider always sends"
                                + " IoOptimized=optimized unless is_outdated is true"));
                    }
                    continue;
                case "Password":
                    values.put("password", "var." + secret("password", key));
                    continue;
                case "UserData":
                    values.put("user_data", "var." + secret("user_data", key));
                    if (!Issues.isBase64(value)) {
                        issues.add(new Issues.Issue(key, "CHANGED", "is not base64, so the provider base64-encodes it"));
                    }
                    continue;
                case "Tags": {
                    Map<String, String> rendered = new LinkedHashMap<>();
                    Issues.tags(value).forEach((tag, text) -> rendered.put(key(tag), quote(text)));
                    values.put("tags", rendered);
                    continue;
                }
                default:
            }
            if (!place(key, value)) {
                unsupported(key, value, "alicloud_ess_scaling_configuration has no argument for it");
            }
        }
        for (Object value : values.values()) {
            if (isBlocks(value)) {
                ((List<?>) value).removeIf(block -> ((Map<?, ?>) block).isEmpty());
            }
        }
        if (types.size() == 1) {
            values.put(TfSchema.INSTANCE_TYPE, quote(types.get(0)));
        } else if (!types.isEmpty()) {
            List<String> rendered = new ArrayList<>();
            types.forEach(type -> rendered.add(quote(type)));
            values.put("instance_types", rendered);
        }
        if (!parameters.containsKey("InstanceName")) {
            issues.add(new Issues.Issue("InstanceName", "DEFAULTED", "is not set, and the provider sends its default,"
                    + " ESS-Instance"));
        }
        if (!parameters.containsKey("SystemDisk.Category")) {
            issues.add(new Issues.Issue("SystemDisk.Category", "DEFAULTED", "is not set, and the provider sends its"
                    + " default, cloud_efficiency"));
        }
    }

    private String secret(String attribute, String parameter) {
        String variable = name + "_" + attribute;
        secrets.put(variable, parameter);
        return variable;
    }

    private void unsupported(String key, String value, String reason) {
        issues.add(new Issues.Issue(key, "UNSUPPORTED", reason));
        unsupported.add(key + " = " + Shown.text(value));
    }

    /** Puts a parameter at its attribute; false when the table has none. */
    @SuppressWarnings("unchecked")
    private boolean place(String key, String value) {
        for (TfSchema.Attr attr : TfSchema.ATTRIBUTES) {
            if (attr.shape == TfSchema.Shape.SCALAR && attr.parameter.equals(key)
                    && !attr.name.equals(TfSchema.INSTANCE_TYPE) && !attr.name.equals(TfSchema.IS_OUTDATED)) {
                values.put(attr.name, scalar(attr, key, value));
                return true;
            }
        }
        Matcher item = LIST_ITEM.matcher(key);
        if (item.matches()) {
            for (TfSchema.Attr attr : TfSchema.ATTRIBUTES) {
                if (attr.shape == TfSchema.Shape.LIST && attr.parameter.equals(item.group(1))) {
                    ((List<String>) values.computeIfAbsent(attr.name, unused -> new ArrayList<String>()))
                            .add(quote(value));
                    return true;
                }
            }
        }
        Matcher field = BLOCK_FIELD.matcher(key);
        if (!field.matches()) {
            return false;
        }
        for (TfSchema.Attr attr : TfSchema.ATTRIBUTES) {
            if (attr.shape != TfSchema.Shape.BLOCKS || !attr.parameter.equals(field.group(1))) {
                continue;
            }
            int index = Integer.parseInt(field.group(2)) - 1;
            String rest = field.group(3);
            for (TfSchema.Attr sub : attr.fields) {
                if (sub.shape == TfSchema.Shape.SCALAR && (sub.parameter.equals(rest))) {
                    block(attr.name, index).put(sub.name, scalar(sub, key, value));
                    return true;
                }
                if (sub.shape == TfSchema.Shape.LIST) {
                    Matcher inner = LIST_ITEM.matcher(rest);
                    if (inner.matches() && (sub.parameter.equals(inner.group(1))
                            || inner.group(1).equals(sub.alternative))) {
                        ((List<String>) block(attr.name, index).computeIfAbsent(sub.name,
                                unused -> new ArrayList<String>())).add(quote(value));
                        return true;
                    }
                }
            }
            return false;
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> block(String attribute, int index) {
        List<Map<String, Object>> blocks = (List<Map<String, Object>>) values.computeIfAbsent(attribute,
                unused -> new ArrayList<Map<String, Object>>());
        while (blocks.size() <= index) {
            blocks.add(new LinkedHashMap<>());
        }
        return blocks.get(index);
    }

    private String scalar(TfSchema.Attr attr, String key, String value) {
        switch (attr.conv) {
            case INT:
                if (attr.send == TfSchema.Send.NONZERO && isZero(value)) {
                    issues.add(new Issues.Issue(key, "CHANGED", "is 0, which the provider does not send for "
                            + attr.name));
                }
                return value;
            case BOOL:
                return value;
            case FLOAT2: {
                String text = Issues.decimal(value);
                try {
                    BigDecimal number = new BigDecimal(value);
                    if (attr.send == TfSchema.Send.NONZERO && number.signum() == 0) {
                        issues.add(new Issues.Issue(key, "CHANGED", "is 0, which the provider does not send for "
                                + attr.name));
                    } else if (number.abs().compareTo(new BigDecimal("1e15")) < 0
                            && new BigDecimal(number.doubleValue()).setScale(2, RoundingMode.HALF_EVEN)
                                    .compareTo(number) != 0) {
                        issues.add(new Issues.Issue(key, "CHANGED", "has more than two decimals; the provider sends "
                                + attr.name + " rounded to two"));
                    }
                } catch (NumberFormatException notNumber) {
                    // the codec writes decimals
                }
                return text;
            }
            default:
                return quote(value);
        }
    }

    private static boolean isZero(String text) {
        try {
            return new BigDecimal(text).signum() == 0;
        } catch (NumberFormatException notNumber) {
            return false;
        }
    }

    /** An HCL quoted string. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                case '$':
                case '%':
                    out.append(c);
                    if (i + 1 < text.length() && text.charAt(i + 1) == '{') {
                        out.append(c);
                    }
                    break;
                default:
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        return out.append('"').toString();
    }

    private static String key(String text) {
        return IDENTIFIER.matcher(text).matches() && !Set.of("true", "false", "null", "for", "in", "if").contains(text)
                ? text : quote(text);
    }

    // ---- rendering ---------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private String render(Set<String> unresolved) {
        StringBuilder out = new StringBuilder();
        out.append("resource \"alicloud_ess_scaling_configuration\" \"").append(name).append("\" {\n");
        if (!unresolved.isEmpty()) {
            out.append("  # Not known offline in the source, so not written: ").append(String.join(", ", unresolved))
                    .append('\n');
        }
        List<String[]> lines = new ArrayList<>();
        List<String> order = new ArrayList<>();
        for (TfSchema.Attr attr : TfSchema.ATTRIBUTES) {
            order.add(attr.name);
        }
        for (String attribute : order) {
            Object value = values.get(attribute);
            if (value == null || isBlocks(value)) {
                continue;
            }
            lines.add(new String[] {attribute, render(value, "  ")});
        }
        aligned(lines, "  ", out);
        for (String attribute : order) {
            Object value = values.get(attribute);
            if (value == null || !isBlocks(value)) {
                continue;
            }
            for (Map<String, Object> block : (List<Map<String, Object>>) value) {
                out.append('\n').append("  ").append(attribute).append(" {\n");
                List<String[]> inner = new ArrayList<>();
                TfSchema.Attr attr = TfSchema.attribute(attribute);
                for (TfSchema.Attr sub : attr.fields) {
                    Object field = block.get(sub.name);
                    if (field != null) {
                        inner.add(new String[] {sub.name, render(field, "    ")});
                    }
                }
                aligned(inner, "    ", out);
                out.append("  }\n");
            }
        }
        if (!unsupported.isEmpty()) {
            out.append('\n').append("  # Not expressible in alicloud_ess_scaling_configuration, so not written:\n");
            for (String line : unsupported) {
                out.append("  #   ").append(line).append('\n');
            }
        }
        return out.append("}\n").toString();
    }

    private static boolean isBlocks(Object value) {
        return value instanceof List && (((List<?>) value).isEmpty() || ((List<?>) value).get(0) instanceof Map);
    }

    @SuppressWarnings("unchecked")
    private static String render(Object value, String indent) {
        if (value instanceof String) {
            return (String) value;
        }
        if (value instanceof List) {
            return "[" + String.join(", ", (List<String>) value) + "]";
        }
        Map<String, String> map = (Map<String, String>) value;
        if (map.isEmpty()) {
            return "{}";
        }
        StringBuilder out = new StringBuilder("{\n");
        List<String[]> lines = new ArrayList<>();
        map.forEach((key, text) -> lines.add(new String[] {key, text}));
        aligned(lines, indent + "  ", out);
        return out.append(indent).append('}').toString();
    }

    /** Lines {@code name = value}, the equals signs of consecutive single-line values aligned. */
    private static void aligned(List<String[]> lines, String indent, StringBuilder out) {
        int width = 0;
        for (String[] line : lines) {
            if (!line[1].contains("\n")) {
                width = Math.max(width, line[0].length());
            }
        }
        for (String[] line : lines) {
            out.append(indent).append(line[0]);
            for (int i = line[0].length(); i < width && !line[1].contains("\n"); i++) {
                out.append(' ');
            }
            out.append(" = ").append(line[1]).append('\n');
        }
    }
}
