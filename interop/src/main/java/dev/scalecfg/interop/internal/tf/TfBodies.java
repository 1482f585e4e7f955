package dev.scalecfg.interop.internal.tf;

import dev.scalecfg.interop.internal.hcl.Ast;
import dev.scalecfg.interop.internal.hcl.Evaluator;
import dev.scalecfg.interop.internal.hcl.Value;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates the body of a resource instance into a {@link TfObject}: arguments are evaluated,
 * nested blocks become block instances, {@code dynamic} blocks are expanded over their
 * {@code for_each}, and the 0.11 style of writing blocks as a list of maps
 * ({@code data_disk = [{...}]}) is read as blocks.
 */
final class TfBodies {
    private static final Set<String> SKIPPED_ARGUMENTS = Set.of("count", "for_each", "depends_on", "provider");
    private static final Set<String> SKIPPED_BLOCKS = Set.of("lifecycle", "timeouts", "provisioner", "connection");

    private TfBodies() {}

    static TfObject evaluate(Ast.Block resource, Evaluator.Context context) {
        return body(resource.body, context, "", resource.pos);
    }

    private static TfObject body(Ast.Body body, Evaluator.Context context, String prefix, Ast.Pos pos) {
        TfObject object = new TfObject(prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1), pos.line,
                pos.column);
        for (Ast.Attribute attribute : body.attributes) {
            if (prefix.isEmpty() && SKIPPED_ARGUMENTS.contains(attribute.name)) {
                continue;
            }
            String path = prefix + attribute.name;
            Value value = Evaluator.eval(attribute.value, context);
            TfSchema.Attr attr = prefix.isEmpty() ? TfSchema.attribute(attribute.name) : null;
            int line = attribute.value.pos.line;
            int column = attribute.value.pos.column;
            if (attr != null && attr.shape == TfSchema.Shape.BLOCKS && value.isKnown()
                    && (value.kind() == Value.Kind.LIST || value.kind() == Value.Kind.MAP)) {
                List<Value> items = value.kind() == Value.Kind.LIST ? value.asList() : List.of(value);
                java.util.List<TfObject> blocks = new java.util.ArrayList<>();
                for (int i = 0; i < items.size(); i++) {
                    Value item = items.get(i);
                    String itemPath = path + "[" + i + "]";
                    TfObject block = new TfObject(itemPath, line, column);
                    if (item.kind() == Value.Kind.MAP) {
                        for (Map.Entry<String, Value> entry : item.asMap().entrySet()) {
                            block.put(new TfObject.Field(entry.getKey(), entry.getValue(), null,
                                    itemPath + "." + entry.getKey(), line, column));
                        }
                    }
                    blocks.add(block);
                }
                object.put(new TfObject.Field(attribute.name, Value.NULL, blocks, path, line, column));
            } else {
                object.put(new TfObject.Field(attribute.name, value, null, path, line, column));
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Ast.Block block : body.blocks) {
            if (SKIPPED_BLOCKS.contains(block.type)) {
                continue;
            }
            if ("dynamic".equals(block.type) && block.labels.size() == 1) {
                dynamic(object, block, context, prefix, counts);
                continue;
            }
            int index = counts.merge(block.type, 1, Integer::sum) - 1;
            String path = prefix + block.type + "[" + index + "]";
            TfObject inner = body(block.body, context, path + ".", block.pos);
            object.put(new TfObject.Field(block.type, Value.NULL, List.of(inner), prefix + block.type, block.pos.line,
                    block.pos.column));
        }
        return object;
    }

    private static void dynamic(TfObject object, Ast.Block block, Evaluator.Context context, String prefix,
            Map<String, Integer> counts) {
        String type = block.labels.get(0);
        Ast.Attribute forEach = block.body.attribute("for_each");
        Ast.Attribute iteratorAttribute = block.body.attribute("iterator");
        String iterator = iteratorAttribute != null && iteratorAttribute.value instanceof Ast.Variable
                ? ((Ast.Variable) iteratorAttribute.value).name : type;
        Ast.Block content = block.body.blocks.stream().filter(b -> "content".equals(b.type)).findFirst().orElse(null);
        String path = prefix + type;
        if (forEach == null || content == null) {
            object.put(new TfObject.Field(type, Value.invalid("is a dynamic block without for_each or content"),
                    null, "dynamic \"" + type + "\"", block.pos.line, block.pos.column));
            return;
        }
        Value collection = Evaluator.eval(forEach.value, context);
        int line = forEach.value.pos.line;
        int column = forEach.value.pos.column;
        if (collection.firstUnknown() != null
                || !(collection.kind() == Value.Kind.LIST || collection.kind() == Value.Kind.MAP
                        || collection.isNull())) {
            Value why = collection.firstUnknown() != null ? collection.firstUnknown()
                    : Value.invalid("iterates over " + collection.describe() + "; for_each takes a list, set or map");
            object.put(new TfObject.Field(type, why, null, "dynamic \"" + type + "\".for_each", line, column));
            return;
        }
        List<TfObject> blocks = new java.util.ArrayList<>();
        if (collection.kind() == Value.Kind.LIST) {
            for (int i = 0; i < collection.asList().size(); i++) {
                blocks.add(element(content, context, iterator, Value.number(BigDecimal.valueOf(i)),
                        collection.asList().get(i), prefix, type, counts));
            }
        } else if (collection.kind() == Value.Kind.MAP) {
            for (Map.Entry<String, Value> entry : collection.asMap().entrySet()) {
                blocks.add(element(content, context, iterator, Value.string(entry.getKey()), entry.getValue(), prefix,
                        type, counts));
            }
        }
        object.put(new TfObject.Field(type, Value.NULL, blocks, path, line, column));
    }

    private static TfObject element(Ast.Block content, Evaluator.Context context, String iterator, Value key,
            Value value, String prefix, String type, Map<String, Integer> counts) {
        int index = counts.merge(type, 1, Integer::sum) - 1;
        Evaluator.Context inner = context.with(iterator, Value.map(Map.of("key", key, "value", value)));
        return body(content.body, inner, prefix + type + "[" + index + "].", content.pos);
    }
}
