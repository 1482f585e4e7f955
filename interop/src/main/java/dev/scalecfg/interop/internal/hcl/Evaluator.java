package dev.scalecfg.interop.internal.hcl;

import dev.scalecfg.core.ConfigFormatException;
import dev.scalecfg.core.FormatError;
import dev.scalecfg.core.Shown;
import dev.scalecfg.core.io.ReadLimits;
import dev.scalecfg.interop.internal.Codes;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates expressions offline. Literals, templates, collections, operators, conditionals,
 * {@code for} expressions, splats and the functions of {@link Functions} are computed;
 * {@code var.*} and {@code local.*} come from the {@link Context}, and so do {@code count.index},
 * {@code each.key}/{@code each.value} and the iterators of {@code dynamic} blocks. Everything that
 * is only known at apply time (references to resources, data sources, module outputs,
 * {@code path.*}, {@code terraform.workspace}, functions not evaluated here, template directives)
 * gives an {@link Value.Kind#UNKNOWN} value that says why; nothing is guessed.
 */
public final class Evaluator {
    private Evaluator() {}

    /** What names mean while evaluating: variables, locals and the iteration variables in scope. */
    public static final class Context {
        private final Map<String, Value> variables;
        private final Map<String, Ast.Expr> locals;
        private final Map<String, Value> localValues;
        private final Set<String> evaluating;
        private final Map<String, Value> iteration;
        private final ReadLimits limits;
        private final String location;
        private final int[] steps;

        private Context(Map<String, Value> variables, Map<String, Ast.Expr> locals, Map<String, Value> localValues,
                Set<String> evaluating, Map<String, Value> iteration, ReadLimits limits, String location, int[] steps) {
            this.variables = variables;
            this.locals = locals;
            this.localValues = localValues;
            this.evaluating = evaluating;
            this.iteration = iteration;
            this.limits = limits;
            this.location = location;
            this.steps = steps;
        }

        /**
         * Returns the context of a module.
         *
         * @param variables the value of every variable (unknown when it has no value)
         * @param locals the expression of every local
         * @param location the name errors give the module
         */
        public static Context module(Map<String, Value> variables, Map<String, Ast.Expr> locals, ReadLimits limits,
                String location) {
            return new Context(Map.copyOf(variables), Map.copyOf(locals), new HashMap<>(), new HashSet<>(), Map.of(),
                    limits, location, new int[1]);
        }

        /** Returns this context with one more iteration variable (count, each, a for variable, an iterator). */
        public Context with(String name, Value value) {
            Map<String, Value> inner = new HashMap<>(iteration);
            inner.put(name, value);
            return new Context(variables, locals, localValues, evaluating, inner, limits, location, steps);
        }

        /** Returns the module context, without iteration variables (where locals are evaluated). */
        private Context moduleLevel() {
            return iteration.isEmpty() ? this
                    : new Context(variables, locals, localValues, evaluating, Map.of(), limits, location, steps);
        }

        public ReadLimits limits() {
            return limits;
        }

        private void step(Ast.Expr at) {
            long budget = Math.max((long) limits.getMaxParameters() * 100L, 100_000L);
            if (++steps[0] > budget) {
                throw new ConfigFormatException(FormatError.at(location, at.pos.line, at.pos.column, null,
                        "takes more than " + budget + " steps to evaluate").withCode(Codes.LIMIT_PARAMETERS));
            }
        }
    }

    /**
     * Evaluates an expression.
     *
     * @throws ConfigFormatException when evaluation exceeds its step budget
     */
    public static Value eval(Ast.Expr expr, Context context) {
        context.step(expr);
        if (expr instanceof Ast.Literal) {
            Ast.Literal literal = (Ast.Literal) expr;
            if (literal.value == HclParser.NUMBER_TOO_LONG) {
                return Value.invalid("is a number of " + literal.numberText + "; the limit is "
                        + context.limits.getMaxNumberChars());
            }
            if (literal.value instanceof BigDecimal) {
                return Value.number((BigDecimal) literal.value);
            }
            if (literal.value instanceof Boolean) {
                return Value.bool((Boolean) literal.value);
            }
            return Value.NULL;
        }
        if (expr instanceof Ast.Template) {
            return template((Ast.Template) expr, context);
        }
        if (expr instanceof Ast.Parens) {
            return eval(((Ast.Parens) expr).inner, context);
        }
        if (expr instanceof Ast.Tuple) {
            List<Value> items = new ArrayList<>();
            for (Ast.Expr item : ((Ast.Tuple) expr).items) {
                items.add(eval(item, context));
            }
            return Value.list(items);
        }
        if (expr instanceof Ast.ObjectCons) {
            return object((Ast.ObjectCons) expr, context);
        }
        if (expr instanceof Ast.Variable) {
            return variable((Ast.Variable) expr, context);
        }
        if (expr instanceof Ast.GetAttr) {
            return getAttr((Ast.GetAttr) expr, context);
        }
        if (expr instanceof Ast.Index) {
            Ast.Index index = (Ast.Index) expr;
            Value source = eval(index.source, context);
            Value key = eval(index.key, context);
            return index(expr, source, key);
        }
        if (expr instanceof Ast.Splat) {
            return splat((Ast.Splat) expr, context);
        }
        if (expr instanceof Ast.Call) {
            Ast.Call call = (Ast.Call) expr;
            List<Value> args = new ArrayList<>();
            for (Ast.Expr arg : call.args) {
                args.add(eval(arg, context));
            }
            if (call.expandLast && !args.isEmpty()) {
                Value last = args.remove(args.size() - 1);
                if (!last.isKnown()) {
                    return last;
                }
                if (last.kind() != Value.Kind.LIST) {
                    return Value.invalid("expands " + last.describe() + " with '...'; only a list can be expanded");
                }
                args.addAll(last.asList());
            }
            return Functions.call(call.name, args, context.limits);
        }
        if (expr instanceof Ast.Unary) {
            return unary((Ast.Unary) expr, context);
        }
        if (expr instanceof Ast.Binary) {
            return binary((Ast.Binary) expr, context);
        }
        if (expr instanceof Ast.Conditional) {
            Ast.Conditional conditional = (Ast.Conditional) expr;
            Value condition = eval(conditional.condition, context);
            if (!condition.isKnown()) {
                return condition;
            }
            Boolean test = Values.asBool(condition);
            if (test == null) {
                return Value.invalid("uses " + condition.describe() + " as the condition of '?'; it must be a bool");
            }
            return eval(test ? conditional.then : conditional.otherwise, context).sensitiveIf(condition.sensitive());
        }
        if (expr instanceof Ast.For) {
            return forExpression((Ast.For) expr, context);
        }
        return Value.unknown("it is an expression this reader does not evaluate");
    }

    private static Value template(Ast.Template template, Context context) {
        if (template.hasDirective) {
            return Value.unknown("it uses a template directive (%{...}), which this reader does not evaluate");
        }
        if (template.parts.size() == 1 && template.parts.get(0) instanceof Ast.Expr) {
            return eval((Ast.Expr) template.parts.get(0), context);
        }
        StringBuilder text = new StringBuilder();
        boolean sensitive = false;
        for (Object part : template.parts) {
            if (part instanceof String) {
                text.append((String) part);
                continue;
            }
            Value value = eval((Ast.Expr) part, context);
            if (!value.isKnown()) {
                return value;
            }
            sensitive |= value.sensitive();
            String piece = Values.asText(value);
            if (piece == null) {
                return Value.invalid("interpolates " + value.describe() + " into a string");
            }
            text.append(piece);
            if (text.length() > context.limits.getMaxValueChars()) {
                return Value.invalid("builds a string longer than " + context.limits.getMaxValueChars()
                        + " characters");
            }
        }
        return Value.string(text.toString()).sensitiveIf(sensitive);
    }

    private static Value object(Ast.ObjectCons object, Context context) {
        Map<String, Value> entries = new LinkedHashMap<>();
        for (int i = 0; i < object.keys.size(); i++) {
            Ast.Expr keyExpr = object.keys.get(i);
            Value key = keyExpr instanceof Ast.Template && ((Ast.Template) keyExpr).parts.size() == 1
                    && ((Ast.Template) keyExpr).parts.get(0) instanceof String && !keyExpr.text.startsWith("\"")
                    ? Value.string((String) ((Ast.Template) keyExpr).parts.get(0))
                    : eval(keyExpr instanceof Ast.Parens ? ((Ast.Parens) keyExpr).inner : keyExpr, context);
            if (!key.isKnown()) {
                return key;
            }
            String name = Values.asText(key);
            if (name == null) {
                return Value.invalid("uses " + key.describe() + " as an object key");
            }
            entries.put(name, eval(object.values.get(i), context));
        }
        return Value.map(entries);
    }

    private static Value variable(Ast.Variable variable, Context context) {
        Value bound = context.iteration.get(variable.name);
        if (bound != null) {
            return bound;
        }
        switch (variable.name) {
            case "var":
                return Value.map(context.variables);
            case "local":
                return Value.unknown("it uses local as a whole");
            case "count":
                return Value.unknown("it uses count outside a resource or module with count");
            case "each":
                return Value.unknown("it uses each outside a resource or module with for_each");
            case "path":
            case "terraform":
            case "self":
                return Value.reference(variable.name);
            default:
                return Value.reference(variable.name);
        }
    }

    private static Value getAttr(Ast.GetAttr getAttr, Context context) {
        if (getAttr.source instanceof Ast.Variable && !context.iteration.containsKey(((Ast.Variable) getAttr.source).name)) {
            String root = ((Ast.Variable) getAttr.source).name;
            if ("local".equals(root)) {
                return local(getAttr, context);
            }
            if ("var".equals(root)) {
                Value value = context.variables.get(getAttr.name);
                return value != null ? value
                        : Value.unknown("var." + getAttr.name + " is not declared in this module");
            }
            if ("path".equals(root) || "terraform".equals(root)) {
                return Value.unknown("it uses " + Shown.text(getAttr.text) + ", known only when Terraform runs");
            }
        }
        Value source = eval(getAttr.source, context);
        if (source.isUnknown() && source.isReference()) {
            return Value.reference(getAttr.text);
        }
        if (!source.isKnown()) {
            return source;
        }
        if (source.kind() == Value.Kind.MAP) {
            Value value = source.asMap().get(getAttr.name);
            if (value == null) {
                return Value.invalid("has no attribute " + Shown.text(getAttr.name));
            }
            return value.sensitiveIf(source.sensitive());
        }
        if (source.isNull()) {
            return Value.invalid("reads the attribute " + Shown.text(getAttr.name) + " of null");
        }
        return Value.invalid("reads the attribute " + Shown.text(getAttr.name) + " of " + source.describe());
    }

    private static Value local(Ast.GetAttr getAttr, Context context) {
        String name = getAttr.name;
        Value cached = context.localValues.get(name);
        if (cached != null) {
            return cached;
        }
        Ast.Expr expr = context.locals.get(name);
        if (expr == null) {
            return Value.unknown("local." + name + " is not defined in this module");
        }
        if (!context.evaluating.add(name)) {
            return Value.invalid("local." + name + " refers to itself");
        }
        Value value = eval(expr, context.moduleLevel());
        context.evaluating.remove(name);
        context.localValues.put(name, value);
        return value;
    }

    private static Value index(Ast.Expr at, Value source, Value key) {
        if (source.isUnknown() && source.isReference()) {
            return Value.reference(at.text);
        }
        if (!source.isKnown()) {
            return source;
        }
        if (!key.isKnown()) {
            return key;
        }
        boolean sensitive = source.sensitive() || key.sensitive();
        if (source.kind() == Value.Kind.LIST) {
            BigDecimal number = Values.asNumber(key);
            if (number == null || number.signum() < 0 || number.stripTrailingZeros().scale() > 0
                    || number.compareTo(BigDecimal.valueOf(source.asList().size())) >= 0) {
                return Value.invalid("indexes a list of " + source.asList().size() + " elements with "
                        + (number == null ? key.describe() : Shown.number(number)));
            }
            return source.asList().get(number.intValueExact()).sensitiveIf(sensitive);
        }
        if (source.kind() == Value.Kind.MAP) {
            String name = Values.asText(key);
            Value value = name == null ? null : source.asMap().get(name);
            if (value == null) {
                return Value.invalid("has no element " + (name == null ? key.describe() : Shown.text(name)));
            }
            return value.sensitiveIf(sensitive);
        }
        return Value.invalid("indexes " + source.describe());
    }

    private static Value splat(Ast.Splat splat, Context context) {
        Value source = eval(splat.source, context);
        if (source.isUnknown() && source.isReference()) {
            return Value.reference(splat.text);
        }
        if (!source.isKnown()) {
            return source;
        }
        List<Value> elements;
        if (source.isNull()) {
            elements = List.of();
        } else if (source.kind() == Value.Kind.LIST) {
            elements = source.asList();
        } else {
            elements = List.of(source);
        }
        String element = Ast.ELEMENT.name;
        List<Value> out = new ArrayList<>();
        for (Value item : elements) {
            out.add(eval(splat.each, context.with(element, item)));
        }
        return Value.list(out);
    }

    private static Value unary(Ast.Unary unary, Context context) {
        Value operand = eval(unary.operand, context);
        if (!operand.isKnown()) {
            return operand;
        }
        if ("!".equals(unary.op)) {
            Boolean bool = Values.asBool(operand);
            return bool == null ? Value.invalid("negates " + operand.describe() + " with '!'")
                    : Value.bool(!bool).sensitiveIf(operand.sensitive());
        }
        BigDecimal number = Values.asNumber(operand);
        return number == null ? Value.invalid("negates " + operand.describe() + " with '-'")
                : Value.number(number.negate()).sensitiveIf(operand.sensitive());
    }

    private static Value binary(Ast.Binary binary, Context context) {
        Value left = eval(binary.left, context);
        if ("&&".equals(binary.op) || "||".equals(binary.op)) {
            if (!left.isKnown()) {
                return left;
            }
            Boolean l = Values.asBool(left);
            if (l == null) {
                return Value.invalid("uses " + left.describe() + " with '" + binary.op + "'");
            }
            if ("&&".equals(binary.op) ? !l : l) {
                return Value.bool(l).sensitiveIf(left.sensitive());
            }
            Value right = eval(binary.right, context);
            if (!right.isKnown()) {
                return right;
            }
            Boolean r = Values.asBool(right);
            return r == null ? Value.invalid("uses " + right.describe() + " with '" + binary.op + "'")
                    : Value.bool(r).sensitiveIf(left.sensitive() || right.sensitive());
        }
        Value right = eval(binary.right, context);
        if (!left.isKnown()) {
            return left;
        }
        if (!right.isKnown()) {
            return right;
        }
        boolean sensitive = left.sensitive() || right.sensitive();
        if ("==".equals(binary.op) || "!=".equals(binary.op)) {
            boolean same = left.sameAs(right);
            return Value.bool("==".equals(binary.op) == same).sensitiveIf(sensitive);
        }
        BigDecimal l = Values.asNumber(left);
        BigDecimal r = Values.asNumber(right);
        if (l == null || r == null) {
            return Value.invalid("uses " + (l == null ? left : right).describe() + " with '" + binary.op
                    + "', which takes numbers");
        }
        try {
            switch (binary.op) {
                case "+":
                    return Value.number(l.add(r)).sensitiveIf(sensitive);
                case "-":
                    return Value.number(l.subtract(r)).sensitiveIf(sensitive);
                case "*":
                    return Value.number(l.multiply(r, MathContext.DECIMAL128)).sensitiveIf(sensitive);
                case "/":
                    return r.signum() == 0 ? Value.invalid("divides by zero")
                            : Value.number(l.divide(r, MathContext.DECIMAL128)).sensitiveIf(sensitive);
                case "%":
                    return r.signum() == 0 ? Value.invalid("divides by zero")
                            : Value.number(l.remainder(r, MathContext.DECIMAL128)).sensitiveIf(sensitive);
                case "<":
                    return Value.bool(l.compareTo(r) < 0).sensitiveIf(sensitive);
                case ">":
                    return Value.bool(l.compareTo(r) > 0).sensitiveIf(sensitive);
                case "<=":
                    return Value.bool(l.compareTo(r) <= 0).sensitiveIf(sensitive);
                default:
                    return Value.bool(l.compareTo(r) >= 0).sensitiveIf(sensitive);
            }
        } catch (ArithmeticException overflow) {
            return Value.invalid("computes a number out of range");
        }
    }

    private static Value forExpression(Ast.For expr, Context context) {
        Value collection = eval(expr.collection, context);
        if (!collection.isKnown()) {
            return collection;
        }
        List<Value[]> pairs = new ArrayList<>();
        if (collection.kind() == Value.Kind.LIST) {
            for (int i = 0; i < collection.asList().size(); i++) {
                pairs.add(new Value[] {Value.number(BigDecimal.valueOf(i)), collection.asList().get(i)});
            }
        } else if (collection.kind() == Value.Kind.MAP) {
            for (Map.Entry<String, Value> entry : collection.asMap().entrySet()) {
                pairs.add(new Value[] {Value.string(entry.getKey()), entry.getValue()});
            }
        } else {
            return Value.invalid("iterates over " + collection.describe() + " in a for expression");
        }
        List<Value> items = new ArrayList<>();
        Map<String, Value> entries = new LinkedHashMap<>();
        Map<String, List<Value>> groups = new LinkedHashMap<>();
        for (Value[] pair : pairs) {
            Context inner = context.with(expr.valueVar, pair[1]);
            if (expr.keyVar != null) {
                inner = inner.with(expr.keyVar, pair[0]);
            }
            if (expr.condition != null) {
                Value condition = eval(expr.condition, inner);
                if (!condition.isKnown()) {
                    return condition;
                }
                Boolean test = Values.asBool(condition);
                if (test == null) {
                    return Value.invalid("filters with " + condition.describe() + "; the if clause must be a bool");
                }
                if (!test) {
                    continue;
                }
            }
            Value value = eval(expr.value, inner);
            if (expr.key == null) {
                items.add(value);
                continue;
            }
            Value key = eval(expr.key, inner);
            if (!key.isKnown()) {
                return key;
            }
            String name = Values.asText(key);
            if (name == null) {
                return Value.invalid("uses " + key.describe() + " as a key in a for expression");
            }
            if (expr.grouping) {
                groups.computeIfAbsent(name, unused -> new ArrayList<>()).add(value);
            } else if (entries.put(name, value) != null) {
                return Value.invalid("produces the key " + Shown.text(name) + " twice; add '...' to group them");
            }
        }
        if (expr.key == null) {
            return Value.list(items).sensitiveIf(collection.sensitive());
        }
        if (expr.grouping) {
            groups.forEach((name, values) -> entries.put(name, Value.list(values)));
        }
        return Value.map(entries).sensitiveIf(collection.sensitive());
    }
}
