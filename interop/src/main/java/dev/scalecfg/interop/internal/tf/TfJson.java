package dev.scalecfg.interop.internal.tf;

import dev.scalecfg.core.ConfigFormatException;
import dev.scalecfg.core.FormatError;
import dev.scalecfg.core.io.ReadLimits;
import dev.scalecfg.interop.internal.Codes;
import dev.scalecfg.interop.internal.hcl.Ast;
import dev.scalecfg.interop.internal.hcl.HclParser;
import dev.scalecfg.interop.internal.tree.Node;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a {@code .tf.json} document into the same syntax tree as a {@code .tf} file, following the
 * JSON syntax of the Terraform language ([TF-JSONSYN]): the root's keys are block types, labels
 * nest as objects, a nested block is an object or an array of objects, strings in expression
 * positions are templates, a variable's {@code default} is literal, and {@code "//"} keys are
 * comments.
 */
public final class TfJson {
    private static final Set<String> META_BLOCKS = Set.of("lifecycle", "timeouts", "provisioner", "connection");

    private final ReadLimits limits;
    private final String location;

    private TfJson(ReadLimits limits, String location) {
        this.limits = limits;
        this.location = location;
    }

    /** Converts a parsed {@code .tf.json} document. */
    public static Ast.Body body(Node root, ReadLimits limits, String location) {
        if (!root.isObject()) {
            throw new ConfigFormatException(FormatError.at(location, root.line(), root.column(), null,
                    "is not a Terraform JSON configuration: the root is not an object").withCode(Codes.MALFORMED));
        }
        return new TfJson(limits, location).file(root);
    }

    private Ast.Body file(Node root) {
        List<Ast.Block> blocks = new ArrayList<>();
        for (Map.Entry<String, Node> entry : root.fields().entrySet()) {
            String type = entry.getKey();
            Node value = entry.getValue();
            switch (type) {
                case "resource":
                case "data":
                    for (Node byType : objects(value)) {
                        for (Map.Entry<String, Node> resourceType : byType.fields().entrySet()) {
                            for (Node byName : objects(resourceType.getValue())) {
                                for (Map.Entry<String, Node> named : byName.fields().entrySet()) {
                                    for (Node body : objects(named.getValue())) {
                                        blocks.add(new Ast.Block(type, List.of(resourceType.getKey(), named.getKey()),
                                                resourceBody(body), pos(body)));
                                    }
                                }
                            }
                        }
                    }
                    break;
                case "variable":
                    labelled(value, type, this::variableBody, blocks);
                    break;
                case "module":
                case "provider":
                case "output":
                    labelled(value, type, this::attributes, blocks);
                    break;
                case "locals":
                    for (Node body : objects(value)) {
                        blocks.add(new Ast.Block(type, List.of(), attributes(body), pos(body)));
                    }
                    break;
                case "terraform":
                    for (Node body : objects(value)) {
                        blocks.add(new Ast.Block(type, List.of(), terraformBody(body), pos(body)));
                    }
                    break;
                default:
                    // "//" comments and block types a scaling configuration does not need
            }
        }
        return new Ast.Body(List.of(), blocks);
    }

    private interface BodyReader {
        Ast.Body read(Node body);
    }

    private void labelled(Node value, String type, BodyReader reader, List<Ast.Block> out) {
        for (Node byName : objects(value)) {
            for (Map.Entry<String, Node> named : byName.fields().entrySet()) {
                if ("//".equals(named.getKey())) {
                    continue;
                }
                for (Node body : objects(named.getValue())) {
                    out.add(new Ast.Block(type, List.of(named.getKey()), reader.read(body), pos(body)));
                }
            }
        }
    }

    /** The objects of a JSON value that is an object or an array of objects. */
    private List<Node> objects(Node value) {
        if (value.isObject()) {
            return List.of(value);
        }
        if (value.isArray()) {
            List<Node> out = new ArrayList<>();
            for (Node item : value.items()) {
                if (!item.isObject()) {
                    throw notAnObject(item);
                }
                out.add(item);
            }
            return out;
        }
        throw notAnObject(value);
    }

    private ConfigFormatException notAnObject(Node node) {
        return new ConfigFormatException(FormatError.at(location, node.line(), node.column(), null,
                "is not a JSON object; a block is written as an object (or an array of objects)")
                .withCode(Codes.MALFORMED));
    }

    private Ast.Body resourceBody(Node body) {
        List<Ast.Attribute> attributes = new ArrayList<>();
        List<Ast.Block> blocks = new ArrayList<>();
        for (Map.Entry<String, Node> entry : body.fields().entrySet()) {
            String name = entry.getKey();
            Node value = entry.getValue();
            if ("//".equals(name)) {
                continue;
            }
            if ("dynamic".equals(name)) {
                labelled(value, "dynamic", this::dynamicBody, blocks);
            } else if (META_BLOCKS.contains(name)) {
                for (Node inner : objects(value)) {
                    blocks.add(new Ast.Block(name, List.of(), new Ast.Body(List.of(), List.of()), pos(inner)));
                }
            } else if (TfSchema.BLOCK_TYPES.contains(name) && !value.isNull()) {
                for (Node inner : objects(value)) {
                    blocks.add(new Ast.Block(name, List.of(), attributes(inner), pos(inner)));
                }
            } else {
                attributes.add(new Ast.Attribute(name, expression(value), pos(value)));
            }
        }
        return new Ast.Body(attributes, blocks);
    }

    private Ast.Body dynamicBody(Node body) {
        List<Ast.Attribute> attributes = new ArrayList<>();
        List<Ast.Block> blocks = new ArrayList<>();
        for (Map.Entry<String, Node> entry : body.fields().entrySet()) {
            String name = entry.getKey();
            Node value = entry.getValue();
            if ("content".equals(name)) {
                for (Node inner : objects(value)) {
                    blocks.add(new Ast.Block(name, List.of(), attributes(inner), pos(inner)));
                }
            } else if ("iterator".equals(name) && value.kind() == Node.Kind.STRING) {
                attributes.add(new Ast.Attribute(name, new Ast.Variable(pos(value), value.text()), pos(value)));
            } else if (!"//".equals(name)) {
                attributes.add(new Ast.Attribute(name, expression(value), pos(value)));
            }
        }
        return new Ast.Body(attributes, blocks);
    }

    private Ast.Body attributes(Node body) {
        List<Ast.Attribute> attributes = new ArrayList<>();
        for (Map.Entry<String, Node> entry : body.fields().entrySet()) {
            if (!"//".equals(entry.getKey())) {
                attributes.add(new Ast.Attribute(entry.getKey(), expression(entry.getValue()), pos(entry.getValue())));
            }
        }
        return new Ast.Body(attributes, List.of());
    }

    private Ast.Body terraformBody(Node body) {
        List<Ast.Attribute> attributes = new ArrayList<>();
        List<Ast.Block> blocks = new ArrayList<>();
        for (Map.Entry<String, Node> entry : body.fields().entrySet()) {
            if ("required_providers".equals(entry.getKey())) {
                for (Node inner : objects(entry.getValue())) {
                    blocks.add(new Ast.Block("required_providers", List.of(), attributes(inner), pos(inner)));
                }
            } else if (!"//".equals(entry.getKey())) {
                attributes.add(new Ast.Attribute(entry.getKey(), literal(entry.getValue()), pos(entry.getValue())));
            }
        }
        return new Ast.Body(attributes, blocks);
    }

    private Ast.Body variableBody(Node body) {
        List<Ast.Attribute> attributes = new ArrayList<>();
        for (Map.Entry<String, Node> entry : body.fields().entrySet()) {
            String name = entry.getKey();
            Node value = entry.getValue();
            if ("type".equals(name) && value.kind() == Node.Kind.STRING) {
                String text = value.text().strip();
                if (text.startsWith("${") && text.endsWith("}")) {
                    text = text.substring(2, text.length() - 1);
                }
                attributes.add(new Ast.Attribute(name, HclParser.parseExpression(text, limits, location), pos(value)));
            } else if (!"//".equals(name)) {
                attributes.add(new Ast.Attribute(name, literal(value), pos(value)));
            }
        }
        return new Ast.Body(attributes, List.of());
    }

    /** A JSON value in an expression position: strings are templates. */
    private Ast.Expr expression(Node value) {
        switch (value.kind()) {
            case STRING: {
                Ast.Expr template = HclParser.parseTemplate(value.text(), limits, location, value.line(), value.column());
                template.text = value.text().length() > 300 ? value.text().substring(0, 300) : value.text();
                return template;
            }
            case ARRAY: {
                List<Ast.Expr> items = new ArrayList<>();
                for (Node item : value.items()) {
                    items.add(expression(item));
                }
                return new Ast.Tuple(pos(value), items);
            }
            case OBJECT: {
                List<Ast.Expr> keys = new ArrayList<>();
                List<Ast.Expr> values = new ArrayList<>();
                for (Map.Entry<String, Node> entry : value.fields().entrySet()) {
                    if ("//".equals(entry.getKey())) {
                        continue;
                    }
                    Ast.Expr key = new Ast.Template(pos(value), List.of(entry.getKey()), false);
                    key.text = "\"";
                    keys.add(key);
                    values.add(expression(entry.getValue()));
                }
                return new Ast.ObjectCons(pos(value), keys, values);
            }
            default:
                return literal(value);
        }
    }

    /** A JSON value taken literally (a variable's default): strings are not templates. */
    private Ast.Expr literal(Node value) {
        switch (value.kind()) {
            case STRING:
                return new Ast.Template(pos(value), value.text().isEmpty() ? List.of() : List.of(value.text()), false);
            case NUMBER:
                if (value.text().length() > limits.getMaxNumberChars()) {
                    return new Ast.Literal(pos(value), HclParser.NUMBER_TOO_LONG, value.text().length() + " characters");
                }
                return new Ast.Literal(pos(value), new BigDecimal(value.text()), value.text());
            case BOOLEAN:
                return new Ast.Literal(pos(value), Boolean.valueOf(value.text()), null);
            case ARRAY: {
                List<Ast.Expr> items = new ArrayList<>();
                for (Node item : value.items()) {
                    items.add(literal(item));
                }
                return new Ast.Tuple(pos(value), items);
            }
            case OBJECT: {
                List<Ast.Expr> keys = new ArrayList<>();
                List<Ast.Expr> values = new ArrayList<>();
                for (Map.Entry<String, Node> entry : value.fields().entrySet()) {
                    Ast.Expr key = new Ast.Template(pos(value), List.of(entry.getKey()), false);
                    key.text = "\"";
                    keys.add(key);
                    values.add(literal(entry.getValue()));
                }
                return new Ast.ObjectCons(pos(value), keys, values);
            }
            default:
                return new Ast.Literal(pos(value), null, null);
        }
    }

    private static Ast.Pos pos(Node node) {
        return new Ast.Pos(node.line(), node.column());
    }
}
