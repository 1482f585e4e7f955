package dev.scalecfg.interop.internal.hcl;

import java.util.List;

/**
 * The syntax tree of the HCL native syntax subset a Terraform reader needs: bodies of attributes
 * and blocks, and expressions (literals, templates, collections, references, function calls,
 * operators, conditionals, {@code for} expressions). Every node knows where it starts.
 */
public final class Ast {
    private Ast() {}

    /** A position in a file: 1-based line and column. */
    public static final class Pos {
        public final int line;
        public final int column;

        public Pos(int line, int column) {
            this.line = line;
            this.column = column;
        }
    }

    /** A body: the attributes and blocks of a file or of a block, in order. */
    public static final class Body {
        public final List<Attribute> attributes;
        public final List<Block> blocks;

        public Body(List<Attribute> attributes, List<Block> blocks) {
            this.attributes = attributes;
            this.blocks = blocks;
        }

        /** The attribute with this name, or null. */
        public Attribute attribute(String name) {
            for (Attribute attribute : attributes) {
                if (attribute.name.equals(name)) {
                    return attribute;
                }
            }
            return null;
        }
    }

    /** {@code name = expression}. */
    public static final class Attribute {
        public final String name;
        public final Expr value;
        public final Pos pos;

        public Attribute(String name, Expr value, Pos pos) {
            this.name = name;
            this.value = value;
            this.pos = pos;
        }
    }

    /** {@code type "label" ... { body }}. */
    public static final class Block {
        public final String type;
        public final List<String> labels;
        public final Body body;
        public final Pos pos;

        public Block(String type, List<String> labels, Body body, Pos pos) {
            this.type = type;
            this.labels = labels;
            this.body = body;
            this.pos = pos;
        }
    }

    /** An expression; {@link #text} is its source text, for messages (bounded by the caller). */
    public abstract static class Expr {
        public final Pos pos;
        public String text = "";

        Expr(Pos pos) {
            this.pos = pos;
        }
    }

    /** A number, bool or null literal. {@code value} is a BigDecimal, Boolean or null. */
    public static final class Literal extends Expr {
        public final Object value;
        /** The number as written, for numbers. */
        public final String numberText;

        public Literal(Pos pos, Object value, String numberText) {
            super(pos);
            this.value = value;
            this.numberText = numberText;
        }
    }

    /**
     * A string template: literal parts ({@code String}) and interpolations ({@code Expr}). A
     * template holding {@code %{...}} directives is marked, and not evaluated.
     */
    public static final class Template extends Expr {
        public final List<Object> parts;
        public final boolean hasDirective;

        public Template(Pos pos, List<Object> parts, boolean hasDirective) {
            super(pos);
            this.parts = parts;
            this.hasDirective = hasDirective;
        }
    }

    /** {@code [a, b, c]}. */
    public static final class Tuple extends Expr {
        public final List<Expr> items;

        public Tuple(Pos pos, List<Expr> items) {
            super(pos);
            this.items = items;
        }
    }

    /** {@code { key = value, ... }}; a bare identifier key is a literal string. */
    public static final class ObjectCons extends Expr {
        public final List<Expr> keys;
        public final List<Expr> values;

        public ObjectCons(Pos pos, List<Expr> keys, List<Expr> values) {
            super(pos);
            this.keys = keys;
            this.values = values;
        }
    }

    /** A variable (the root of a reference), such as {@code var} in {@code var.name}. */
    public static final class Variable extends Expr {
        public final String name;

        public Variable(Pos pos, String name) {
            super(pos);
            this.name = name;
        }
    }

    /** {@code source.name}, or the legacy {@code source.0}. */
    public static final class GetAttr extends Expr {
        public final Expr source;
        public final String name;

        public GetAttr(Pos pos, Expr source, String name) {
            super(pos);
            this.source = source;
            this.name = name;
        }
    }

    /** {@code source[key]}. */
    public static final class Index extends Expr {
        public final Expr source;
        public final Expr key;

        public Index(Pos pos, Expr source, Expr key) {
            super(pos);
            this.source = source;
            this.key = key;
        }
    }

    /** {@code source[*].rest} or {@code source.*.rest}: {@code each} applies to every element. */
    public static final class Splat extends Expr {
        public final Expr source;
        /** The traversal applied to each element; its root is {@link #ELEMENT}. */
        public final Expr each;

        public Splat(Pos pos, Expr source, Expr each) {
            super(pos);
            this.source = source;
            this.each = each;
        }
    }

    /** The placeholder for the element inside a {@link Splat}. */
    public static final Variable ELEMENT = new Variable(new Pos(0, 0), "\u0000element");

    /** {@code name(args...)}, {@code expandLast} for a final {@code ...}. */
    public static final class Call extends Expr {
        public final String name;
        public final List<Expr> args;
        public final boolean expandLast;

        public Call(Pos pos, String name, List<Expr> args, boolean expandLast) {
            super(pos);
            this.name = name;
            this.args = args;
            this.expandLast = expandLast;
        }
    }

    /** {@code -x} or {@code !x}. */
    public static final class Unary extends Expr {
        public final String op;
        public final Expr operand;

        public Unary(Pos pos, String op, Expr operand) {
            super(pos);
            this.op = op;
            this.operand = operand;
        }
    }

    /** {@code a op b}. */
    public static final class Binary extends Expr {
        public final String op;
        public final Expr left;
        public final Expr right;

        public Binary(Pos pos, String op, Expr left, Expr right) {
            super(pos);
            this.op = op;
            this.left = left;
            this.right = right;
        }
    }

    /** {@code c ? a : b}. */
    public static final class Conditional extends Expr {
        public final Expr condition;
        public final Expr then;
        public final Expr otherwise;

        public Conditional(Pos pos, Expr condition, Expr then, Expr otherwise) {
            super(pos);
            this.condition = condition;
            this.then = then;
            this.otherwise = otherwise;
        }
    }

    /** {@code [for k, v in coll : value if cond]} or {@code {for k, v in coll : key => value if cond}}. */
    public static final class For extends Expr {
        public final String keyVar;
        public final String valueVar;
        public final Expr collection;
        public final Expr key;
        public final Expr value;
        public final Expr condition;
        public final boolean grouping;

        public For(Pos pos, String keyVar, String valueVar, Expr collection, Expr key, Expr value, Expr condition,
                boolean grouping) {
            super(pos);
            this.keyVar = keyVar;
            this.valueVar = valueVar;
            this.collection = collection;
            this.key = key;
            this.value = value;
            this.condition = condition;
            this.grouping = grouping;
        }
    }

    /** {@code (expr)}: kept so that {@code (key) = value} in an object is an expression key. */
    public static final class Parens extends Expr {
        public final Expr inner;

        public Parens(Pos pos, Expr inner) {
            super(pos);
            this.inner = inner;
        }
    }
}
