package dev.scalecfg.interop.internal.tree;

import java.util.List;
import java.util.Map;

/**
 * One node of a JSON or YAML document, with the line and column where it starts. Scalars keep
 * their text as written (numbers exactly, booleans as {@code true}/{@code false}). A YAML short
 * tag ({@code !Ref}) is kept without its exclamation marks.
 */
public final class Node {
    /** The kind of a node. */
    public enum Kind {
        /** A mapping. */
        OBJECT,
        /** A sequence. */
        ARRAY,
        /** A string scalar. */
        STRING,
        /** A number scalar. */
        NUMBER,
        /** A boolean scalar. */
        BOOLEAN,
        /** null, {@code ~}, or an empty YAML value. */
        NULL
    }

    private final Kind kind;
    private final String text;
    private final Map<String, Node> fields;
    private final List<Node> items;
    private final int line;
    private final int column;
    private final String tag;

    Node(Kind kind, String text, Map<String, Node> fields, List<Node> items, int line, int column, String tag) {
        this.kind = kind;
        this.text = text;
        this.fields = fields;
        this.items = items;
        this.line = line;
        this.column = column;
        this.tag = tag;
    }

    /** Returns a string scalar at no position (for values made up while evaluating). */
    public static Node string(String text, int line, int column) {
        return new Node(Kind.STRING, text, null, null, line, column, null);
    }

    /** Returns an object node holding these fields (for values made up while evaluating). */
    public static Node object(Map<String, Node> fields, int line, int column) {
        return new Node(Kind.OBJECT, null, fields, null, line, column, null);
    }

    /** Returns an array node holding these items (for values made up while evaluating). */
    public static Node array(List<Node> items, int line, int column) {
        return new Node(Kind.ARRAY, null, null, items, line, column, null);
    }

    public Kind kind() {
        return kind;
    }

    /** The scalar's text; null for objects, arrays and null. */
    public String text() {
        return text;
    }

    /** The fields of an object, in document order; null for other kinds. */
    public Map<String, Node> fields() {
        return fields;
    }

    /** The items of an array; null for other kinds. */
    public List<Node> items() {
        return items;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The YAML tag without its leading exclamation marks, such as {@code Ref}; null when untagged. */
    public String tag() {
        return tag;
    }

    public boolean isObject() {
        return kind == Kind.OBJECT;
    }

    public boolean isArray() {
        return kind == Kind.ARRAY;
    }

    public boolean isNull() {
        return kind == Kind.NULL;
    }

    public boolean isScalar() {
        return kind == Kind.STRING || kind == Kind.NUMBER || kind == Kind.BOOLEAN;
    }

    /** The field of an object, or null (also for other kinds). */
    public Node get(String name) {
        return fields == null ? null : fields.get(name);
    }
}
