package dev.scalecfg.interop.internal.hcl;

import dev.scalecfg.core.Shown;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A value of the Terraform language as this reader knows it: a string, number, bool, null, list
 * (lists, tuples and sets alike) or map (maps and objects alike), or a value that is not known
 * offline ({@link Kind#UNKNOWN}, with the reason) or cannot be computed ({@link Kind#INVALID}, with
 * what is wrong). A value derived from a sensitive one is {@link #sensitive()}. Immutable.
 */
public final class Value {
    /** The kind of a value. */
    public enum Kind {
        STRING, NUMBER, BOOL, NULL, LIST, MAP, UNKNOWN, INVALID
    }

    /** The null value. */
    public static final Value NULL = new Value(Kind.NULL, null, null, false, null, null, null, false, false);

    private final Kind kind;
    private final String string;
    private final BigDecimal number;
    private final boolean bool;
    private final List<Value> list;
    private final Map<String, Value> map;
    private final String reason;
    private final boolean sensitive;
    /** For UNKNOWN: whether it stands for a reference whose text a traversal may extend. */
    private final boolean reference;

    private Value(Kind kind, String string, BigDecimal number, boolean bool, List<Value> list, Map<String, Value> map,
            String reason, boolean sensitive, boolean reference) {
        this.kind = kind;
        this.string = string;
        this.number = number;
        this.bool = bool;
        this.list = list;
        this.map = map;
        this.reason = reason;
        this.sensitive = sensitive;
        this.reference = reference;
    }

    public static Value string(String text) {
        return new Value(Kind.STRING, Objects.requireNonNull(text), null, false, null, null, null, false, false);
    }

    public static Value number(BigDecimal number) {
        return new Value(Kind.NUMBER, null, Objects.requireNonNull(number), false, null, null, null, false, false);
    }

    public static Value bool(boolean bool) {
        return new Value(Kind.BOOL, null, null, bool, null, null, null, false, false);
    }

    public static Value list(List<Value> items) {
        return new Value(Kind.LIST, null, null, false, List.copyOf(items), null, null,
                items.stream().anyMatch(Value::sensitive), false);
    }

    public static Value map(Map<String, Value> entries) {
        return new Value(Kind.MAP, null, null, false, null, Collections.unmodifiableMap(new LinkedHashMap<>(entries)),
                null, entries.values().stream().anyMatch(Value::sensitive), false);
    }

    /** A value not known offline; {@code reason} completes "is not known offline: ...". */
    public static Value unknown(String reason) {
        return new Value(Kind.UNKNOWN, null, null, false, null, null, reason, false, false);
    }

    /** The unknown value of a reference (to a resource, a data source, a module output). */
    public static Value reference(String text) {
        return new Value(Kind.UNKNOWN, null, null, false, null, null, "it refers to " + Shown.text(text), false, true);
    }

    /** A value that cannot be computed; {@code message} says why, as a phrase. */
    public static Value invalid(String message) {
        return new Value(Kind.INVALID, null, null, false, null, null, message, false, false);
    }

    /** This value, marked sensitive. */
    public Value asSensitive() {
        return sensitive ? this : new Value(kind, string, number, bool, list, map, reason, true, reference);
    }

    /** This value, sensitive if either this or {@code other} is. */
    public Value sensitiveIf(boolean other) {
        return other ? asSensitive() : this;
    }

    public Kind kind() {
        return kind;
    }

    public String asString() {
        return string;
    }

    public BigDecimal asNumber() {
        return number;
    }

    public boolean asBool() {
        return bool;
    }

    public List<Value> asList() {
        return list;
    }

    public Map<String, Value> asMap() {
        return map;
    }

    /** Why the value is unknown or invalid. */
    public String reason() {
        return reason;
    }

    public boolean sensitive() {
        return sensitive;
    }

    public boolean isReference() {
        return reference;
    }

    public boolean isNull() {
        return kind == Kind.NULL;
    }

    public boolean isUnknown() {
        return kind == Kind.UNKNOWN;
    }

    public boolean isInvalid() {
        return kind == Kind.INVALID;
    }

    /** Whether the value is neither unknown nor invalid. */
    public boolean isKnown() {
        return kind != Kind.UNKNOWN && kind != Kind.INVALID;
    }

    /** The first unknown or invalid value in this value (itself, or inside a list or map), or null. */
    public Value firstUnknown() {
        if (!isKnown()) {
            return this;
        }
        if (list != null) {
            for (Value item : list) {
                Value inner = item.firstUnknown();
                if (inner != null) {
                    return inner;
                }
            }
        }
        if (map != null) {
            for (Value item : map.values()) {
                Value inner = item.firstUnknown();
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    /** Deep equality of known values (used by {@code ==}); sensitivity does not count. */
    public boolean sameAs(Value other) {
        if (kind != other.kind) {
            return false;
        }
        switch (kind) {
            case STRING:
                return string.equals(other.string);
            case NUMBER:
                return number.compareTo(other.number) == 0;
            case BOOL:
                return bool == other.bool;
            case NULL:
                return true;
            case LIST:
                if (list.size() != other.list.size()) {
                    return false;
                }
                for (int i = 0; i < list.size(); i++) {
                    if (!list.get(i).sameAs(other.list.get(i))) {
                        return false;
                    }
                }
                return true;
            case MAP:
                if (!map.keySet().equals(other.map.keySet())) {
                    return false;
                }
                for (Map.Entry<String, Value> entry : map.entrySet()) {
                    if (!entry.getValue().sameAs(other.map.get(entry.getKey()))) {
                        return false;
                    }
                }
                return true;
            default:
                return false;
        }
    }

    /** A short description of the kind, for messages: "a string", "a list". */
    public String describe() {
        switch (kind) {
            case STRING:
                return "a string";
            case NUMBER:
                return "a number";
            case BOOL:
                return "a bool";
            case NULL:
                return "null";
            case LIST:
                return "a list";
            case MAP:
                return "a map";
            default:
                return "an unknown value";
        }
    }

    /** Never shows the value itself: values may be secrets. */
    @Override
    public String toString() {
        return "Value[" + kind + (sensitive ? ", sensitive" : "") + "]";
    }
}
