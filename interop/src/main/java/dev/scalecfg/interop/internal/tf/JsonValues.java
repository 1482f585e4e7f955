package dev.scalecfg.interop.internal.tf;

import dev.scalecfg.core.io.ReadLimits;
import dev.scalecfg.interop.internal.hcl.Value;
import dev.scalecfg.interop.internal.tree.Node;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON values (of plans, states and {@code .tfvars.json} files) as language values. */
public final class JsonValues {
    private JsonValues() {}

    /** The value of a JSON node; a number longer than the limit is an invalid value. */
    public static Value value(Node node, ReadLimits limits) {
        switch (node.kind()) {
            case STRING:
                return Value.string(node.text());
            case NUMBER:
                if (node.text().length() > limits.getMaxNumberChars()) {
                    return Value.invalid("is a number of " + node.text().length() + " characters; the limit is "
                            + limits.getMaxNumberChars());
                }
                return Value.number(new BigDecimal(node.text()));
            case BOOLEAN:
                return Value.bool(Boolean.parseBoolean(node.text()));
            case ARRAY: {
                List<Value> items = new ArrayList<>();
                for (Node item : node.items()) {
                    items.add(value(item, limits));
                }
                return Value.list(items);
            }
            case OBJECT: {
                Map<String, Value> entries = new LinkedHashMap<>();
                node.fields().forEach((key, item) -> entries.put(key, value(item, limits)));
                return Value.map(entries);
            }
            default:
                return Value.NULL;
        }
    }
}
