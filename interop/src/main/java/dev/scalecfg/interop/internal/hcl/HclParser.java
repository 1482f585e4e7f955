package dev.scalecfg.interop.internal.hcl;

import dev.scalecfg.core.ConfigFormatException;
import dev.scalecfg.core.FormatError;
import dev.scalecfg.core.Shown;
import dev.scalecfg.core.io.ReadLimits;
import dev.scalecfg.interop.internal.Codes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A recursive-descent parser of the HCL native syntax, for the subset Terraform configurations use
 * (see interop-formats §1.9.4): bodies of attributes and blocks, comments ({@code #}, {@code //},
 * {@code /* *&#47;}), numbers, bools, null, quoted templates with {@code ${...}} interpolation and
 * escapes, heredocs ({@code <<EOF}, {@code <<-EOF}), tuples, objects, references, index and splat
 * traversals, function calls, unary and binary operators, conditionals and {@code for}
 * expressions. Template directives ({@code %{if}}, {@code %{for}}) are recognised and marked, not
 * parsed.
 *
 * <p>Newlines end an attribute, except inside brackets, parentheses, braces of an expression and
 * interpolations, where they are white space. Every limit of {@link ReadLimits} is enforced;
 * errors are {@link ConfigFormatException}s with the line and column.
 */
public final class HclParser {
    /** Marks a number literal longer than {@link ReadLimits#getMaxNumberChars()}. */
    public static final Object NUMBER_TOO_LONG = new Object();

    private static final int MAX_TEXT = 300;

    private final String src;
    private final ReadLimits limits;
    private final String location;
    private final int lineBase;
    private final int columnBase;
    private int pos;
    private int line = 1;
    private int lineStart;
    private int brackets;
    private int depth;

    private HclParser(String src, ReadLimits limits, String location, int lineBase, int columnBase, int depth) {
        this.src = src;
        this.limits = limits;
        this.location = location;
        this.lineBase = lineBase;
        this.columnBase = columnBase;
        this.depth = depth;
    }

    /**
     * Parses a whole file.
     *
     * @param location the name errors give the file (its name, or empty for a single input)
     */
    public static Ast.Body parseFile(String text, ReadLimits limits, String location) {
        if (text.length() > limits.getMaxDocumentChars()) {
            throw new ConfigFormatException(FormatError.of(location, null, "is " + text.length()
                    + " characters long; the limit is " + limits.getMaxDocumentChars())
                    .withCode(Codes.LIMIT_DOCUMENT_SIZE));
        }
        HclParser parser = new HclParser(text, limits, location, 0, 0, 0);
        Ast.Body body = parser.body(false);
        parser.skipAll();
        if (!parser.atEnd()) {
            throw parser.error("found '" + parser.peek() + "' where an attribute or a block starts");
        }
        return body;
    }

    /** Parses one expression (a {@code -var} value), the whole text. */
    public static Ast.Expr parseExpression(String text, ReadLimits limits, String location) {
        HclParser parser = new HclParser(text, limits, location, 0, 0, 0);
        parser.brackets = 1;
        parser.skipAll();
        Ast.Expr expr = parser.expression();
        parser.skipAll();
        if (!parser.atEnd()) {
            throw parser.error("has more after the end of the expression");
        }
        return expr;
    }

    /**
     * Parses a string as a template, as a {@code .tf.json} string in an expression position is;
     * positions are reported relative to {@code line}/{@code column} where the string starts.
     */
    public static Ast.Expr parseTemplate(String text, ReadLimits limits, String location, int line, int column) {
        HclParser parser = new HclParser(text, limits, location, line - 1, column, 0);
        return parser.templateUntilEnd(false, parser.here());
    }

    // ---- characters ------------------------------------------------------------------------

    private boolean atEnd() {
        return pos >= src.length();
    }

    private char peek() {
        return pos < src.length() ? src.charAt(pos) : '\0';
    }

    private char peek(int ahead) {
        return pos + ahead < src.length() ? src.charAt(pos + ahead) : '\0';
    }

    private boolean lookingAt(String text) {
        return src.startsWith(text, pos);
    }

    private void advance() {
        if (src.charAt(pos) == '\n') {
            line++;
            lineStart = pos + 1;
        }
        pos++;
    }

    private Ast.Pos here() {
        return new Ast.Pos(line + lineBase, pos - lineStart + 1 + (line == 1 ? columnBase : 0));
    }

    private ConfigFormatException error(String message) {
        return error(message, Codes.MALFORMED);
    }

    private ConfigFormatException error(String message, String code) {
        Ast.Pos at = here();
        return new ConfigFormatException(FormatError.at(location, at.line, at.column, null, message).withCode(code));
    }

    /** Skips blanks and comments; newlines too when inside brackets. Stops at a significant newline. */
    private void skipSpace() {
        while (!atEnd()) {
            char c = peek();
            if (c == ' ' || c == '\t' || c == '\r' || c == '\uFEFF' || (c == '\n' && brackets > 0)) {
                advance();
            } else if (c == '#' || (c == '/' && peek(1) == '/')) {
                while (!atEnd() && peek() != '\n') {
                    advance();
                }
            } else if (c == '/' && peek(1) == '*') {
                Ast.Pos start = here();
                advance();
                advance();
                while (!atEnd() && !(peek() == '*' && peek(1) == '/')) {
                    advance();
                }
                if (atEnd()) {
                    throw new ConfigFormatException(FormatError.at(location, start.line, start.column, null,
                            "starts a /* comment that is never closed").withCode(Codes.MALFORMED));
                }
                advance();
                advance();
            } else {
                return;
            }
        }
    }

    /** Skips blanks, comments and newlines. */
    private void skipAll() {
        int saved = brackets;
        brackets = 1;
        skipSpace();
        brackets = saved;
    }

    private void expect(char c, String what) {
        skipSpace();
        if (peek() != c) {
            throw error("expected " + what + ", found " + describe());
        }
        advance();
    }

    private String describe() {
        if (atEnd()) {
            return "the end of the file";
        }
        char c = peek();
        return c == '\n' ? "the end of the line" : "'" + Shown.text(String.valueOf(c)) + "'";
    }

    private void enter() {
        if (++depth > limits.getMaxNestingDepth()) {
            throw error("is nested deeper than " + limits.getMaxNestingDepth() + " levels", Codes.LIMIT_NESTING);
        }
    }

    private void leave() {
        depth--;
    }

    private static boolean identStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean identPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }

    private String identifier() {
        int start = pos;
        while (!atEnd() && identPart(peek())) {
            advance();
        }
        if (pos - start > limits.getMaxValueChars()) {
            throw error("holds a name longer than " + limits.getMaxValueChars() + " characters",
                    Codes.LIMIT_VALUE_LENGTH);
        }
        return src.substring(start, pos);
    }

    // ---- bodies ----------------------------------------------------------------------------

    private Ast.Body body(boolean inBlock) {
        enter();
        List<Ast.Attribute> attributes = new ArrayList<>();
        List<Ast.Block> blocks = new ArrayList<>();
        int saved = brackets;
        brackets = 0;
        while (true) {
            skipAll();
            if (atEnd() || (inBlock && peek() == '}')) {
                break;
            }
            if (!identStart(peek())) {
                throw error("expected an attribute name or a block type, found " + describe());
            }
            if (attributes.size() + blocks.size() >= limits.getMaxParameters()) {
                throw error("holds more than " + limits.getMaxParameters() + " attributes and blocks",
                        Codes.LIMIT_PARAMETERS);
            }
            Ast.Pos start = here();
            String name = identifier();
            skipSpace();
            if (peek() == '=' && peek(1) != '=') {
                advance();
                skipSpace();
                Ast.Expr value = expression();
                attributes.add(new Ast.Attribute(name, value, start));
                skipSpace();
                if (!atEnd() && peek() != '\n' && !(inBlock && peek() == '}')) {
                    throw error("expected the end of the line after the value of " + name + ", found " + describe());
                }
            } else {
                List<String> labels = new ArrayList<>();
                while (peek() == '"' || identStart(peek())) {
                    labels.add(peek() == '"' ? label() : identifier());
                    skipSpace();
                }
                if (peek() != '{') {
                    throw error("expected '=' or a block after " + name + ", found " + describe());
                }
                advance();
                Ast.Body inner = body(true);
                if (peek() != '}') {
                    throw error("expected '}' to close the block " + name + " that starts at line " + start.line
                            + ", found " + describe());
                }
                advance();
                blocks.add(new Ast.Block(name, List.copyOf(labels), inner, start));
                skipSpace();
                if (!atEnd() && peek() != '\n' && !(inBlock && peek() == '}')) {
                    throw error("expected the end of the line after the block " + name + ", found " + describe());
                }
            }
        }
        brackets = saved;
        leave();
        return new Ast.Body(List.copyOf(attributes), List.copyOf(blocks));
    }

    /** A quoted block label: a literal string without interpolation. */
    private String label() {
        Ast.Pos start = here();
        Ast.Expr expr = quoted();
        if (expr instanceof Ast.Template && ((Ast.Template) expr).parts.size() <= 1
                && ((Ast.Template) expr).parts.stream().allMatch(part -> part instanceof String)) {
            List<Object> parts = ((Ast.Template) expr).parts;
            return parts.isEmpty() ? "" : (String) parts.get(0);
        }
        throw new ConfigFormatException(FormatError.at(location, start.line, start.column, null,
                "is a block label with an interpolation; labels are literal strings").withCode(Codes.MALFORMED));
    }

    // ---- expressions -----------------------------------------------------------------------

    private Ast.Expr expression() {
        enter();
        int start = pos;
        Ast.Expr expr = conditional();
        text(expr, start);
        leave();
        return expr;
    }

    private void text(Ast.Expr expr, int start) {
        if (expr.text.isEmpty()) {
            expr.text = src.substring(start, Math.min(pos, start + MAX_TEXT)).strip();
        }
    }

    private Ast.Expr conditional() {
        int start = pos;
        Ast.Pos at = here();
        Ast.Expr condition = binary(0);
        skipSpace();
        if (peek() == '?') {
            advance();
            skipSpace();
            Ast.Expr then = expression();
            expect(':', "':' of the conditional");
            skipSpace();
            Ast.Expr otherwise = expression();
            Ast.Expr result = new Ast.Conditional(at, condition, then, otherwise);
            text(result, start);
            return result;
        }
        return condition;
    }

    private static final String[][] LEVELS = {{"||"}, {"&&"}, {"==", "!="}, {"<=", ">=", "<", ">"},
        {"+", "-"}, {"*", "/", "%"}};

    private Ast.Expr binary(int level) {
        if (level == LEVELS.length) {
            return unary();
        }
        int start = pos;
        Ast.Pos at = here();
        Ast.Expr left = binary(level + 1);
        while (true) {
            skipSpace();
            String op = null;
            for (String candidate : LEVELS[level]) {
                if (lookingAt(candidate) && !(candidate.equals("/") && (peek(1) == '/' || peek(1) == '*'))
                        && !((candidate.equals("<") || candidate.equals(">")) && peek(1) == '=')
                        && !(candidate.equals("<") && peek(1) == '<')) {
                    op = candidate;
                    break;
                }
            }
            if (op == null) {
                return left;
            }
            for (int i = 0; i < op.length(); i++) {
                advance();
            }
            skipSpace();
            enter();
            Ast.Expr right = binary(level + 1);
            leave();
            left = new Ast.Binary(at, op, left, right);
            text(left, start);
        }
    }

    private Ast.Expr unary() {
        skipSpace();
        Ast.Pos at = here();
        int start = pos;
        if (peek() == '-' || peek() == '!') {
            String op = String.valueOf(peek());
            advance();
            enter();
            Ast.Expr operand = unary();
            leave();
            Ast.Expr result = new Ast.Unary(at, op, operand);
            text(result, start);
            return result;
        }
        return postfix(primary(), start, at);
    }

    private Ast.Expr postfix(Ast.Expr expr, int start, Ast.Pos origin) {
        while (true) {
            int before = pos;
            int beforeLine = line;
            int beforeLineStart = lineStart;
            skipSpace();
            Ast.Pos at = origin;
            if (peek() == '.' && peek(1) == '*') {
                advance();
                advance();
                expr = splat(at, expr, start);
            } else if (peek() == '.' && (identStart(peek(1)) || Character.isDigit(peek(1)))) {
                advance();
                String name;
                if (Character.isDigit(peek())) {
                    int from = pos;
                    while (Character.isDigit(peek())) {
                        advance();
                    }
                    name = src.substring(from, pos);
                    expr = new Ast.Index(at, expr, new Ast.Literal(at, new BigDecimal(name), name));
                } else {
                    name = identifier();
                    expr = new Ast.GetAttr(at, expr, name);
                }
            } else if (peek() == '[') {
                advance();
                brackets++;
                skipSpace();
                if (peek() == '*') {
                    advance();
                    expect(']', "']' after '[*'");
                    brackets--;
                    expr = splat(at, expr, start);
                } else {
                    Ast.Expr key = expression();
                    expect(']', "']' to close the index");
                    brackets--;
                    expr = new Ast.Index(at, expr, key);
                }
            } else {
                pos = before;
                line = beforeLine;
                lineStart = beforeLineStart;
                return expr;
            }
            text(expr, start);
        }
    }

    /** A splat: the traversal that follows applies to each element. */
    private Ast.Expr splat(Ast.Pos at, Ast.Expr source, int start) {
        Ast.Expr each = Ast.ELEMENT;
        while (true) {
            int before = pos;
            int beforeLine = line;
            int beforeLineStart = lineStart;
            skipSpace();
            Ast.Pos here = here();
            if (peek() == '.' && identStart(peek(1))) {
                advance();
                each = new Ast.GetAttr(here, each, identifier());
            } else if (peek() == '[' && peek(1) != '*') {
                advance();
                brackets++;
                Ast.Expr key = expression();
                expect(']', "']' to close the index");
                brackets--;
                each = new Ast.Index(here, each, key);
            } else {
                pos = before;
                line = beforeLine;
                lineStart = beforeLineStart;
                Ast.Expr result = new Ast.Splat(at, source, each);
                text(result, start);
                return result;
            }
        }
    }

    private Ast.Expr primary() {
        skipSpace();
        Ast.Pos at = here();
        int start = pos;
        char c = peek();
        Ast.Expr result;
        if (Character.isDigit(c)) {
            result = number();
        } else if (c == '"') {
            result = quoted();
        } else if (c == '<' && peek(1) == '<') {
            result = heredoc();
        } else if (c == '[') {
            result = tuple();
        } else if (c == '{') {
            result = object();
        } else if (c == '(') {
            advance();
            brackets++;
            skipSpace();
            Ast.Expr inner = expression();
            expect(')', "')'");
            brackets--;
            result = new Ast.Parens(at, inner);
        } else if (identStart(c)) {
            String name = identifier();
            switch (name) {
                case "true":
                    result = new Ast.Literal(at, Boolean.TRUE, null);
                    break;
                case "false":
                    result = new Ast.Literal(at, Boolean.FALSE, null);
                    break;
                case "null":
                    result = new Ast.Literal(at, null, null);
                    break;
                default: {
                    int saved = pos;
                    int savedLine = line;
                    int savedLineStart = lineStart;
                    skipSpace();
                    if (peek() == ':' && peek(1) == ':') {
                        // provider-namespaced function, such as provider::terraform::encode_tfvars
                        while (peek() == ':' && peek(1) == ':') {
                            advance();
                            advance();
                            name = name + "::" + identifier();
                        }
                        skipSpace();
                    }
                    if (peek() == '(') {
                        result = call(at, name);
                    } else {
                        pos = saved;
                        line = savedLine;
                        lineStart = savedLineStart;
                        result = new Ast.Variable(at, name);
                    }
                }
            }
        } else {
            throw error("expected a value, found " + describe());
        }
        text(result, start);
        return result;
    }

    private Ast.Expr number() {
        Ast.Pos at = here();
        int start = pos;
        while (Character.isDigit(peek())) {
            advance();
        }
        if (peek() == '.' && Character.isDigit(peek(1))) {
            advance();
            while (Character.isDigit(peek())) {
                advance();
            }
        }
        if ((peek() == 'e' || peek() == 'E')
                && (Character.isDigit(peek(1)) || ((peek(1) == '+' || peek(1) == '-') && Character.isDigit(peek(2))))) {
            advance();
            if (peek() == '+' || peek() == '-') {
                advance();
            }
            while (Character.isDigit(peek())) {
                advance();
            }
        }
        String text = src.substring(start, pos);
        if (text.length() > limits.getMaxNumberChars()) {
            return new Ast.Literal(at, NUMBER_TOO_LONG, text.length() + " characters");
        }
        return new Ast.Literal(at, new BigDecimal(text), text);
    }

    private Ast.Expr call(Ast.Pos at, String name) {
        advance(); // (
        brackets++;
        List<Ast.Expr> args = new ArrayList<>();
        boolean expand = false;
        skipSpace();
        while (peek() != ')') {
            if (args.size() >= limits.getMaxListElements()) {
                throw error("passes more than " + limits.getMaxListElements() + " arguments", Codes.LIMIT_LIST_SIZE);
            }
            args.add(expression());
            skipSpace();
            if (lookingAt("...")) {
                advance();
                advance();
                advance();
                expand = true;
                skipSpace();
            }
            if (peek() == ',') {
                advance();
                skipSpace();
            } else if (peek() != ')') {
                throw error("expected ',' or ')' in the arguments of " + name + ", found " + describe());
            }
        }
        advance();
        brackets--;
        return new Ast.Call(at, name, List.copyOf(args), expand);
    }

    private boolean keyword(String word) {
        return lookingAt(word) && !identPart(peek(word.length()));
    }

    private Ast.Expr tuple() {
        Ast.Pos at = here();
        advance();
        brackets++;
        skipSpace();
        if (keyword("for")) {
            Ast.Expr result = forExpression(at, false);
            brackets--;
            return result;
        }
        List<Ast.Expr> items = new ArrayList<>();
        while (peek() != ']') {
            if (items.size() >= limits.getMaxListElements()) {
                throw error("holds more than " + limits.getMaxListElements() + " elements", Codes.LIMIT_LIST_SIZE);
            }
            items.add(expression());
            skipSpace();
            if (peek() == ',') {
                advance();
                skipSpace();
            } else if (peek() != ']') {
                throw error("expected ',' or ']' in the list, found " + describe());
            }
        }
        advance();
        brackets--;
        return new Ast.Tuple(at, List.copyOf(items));
    }

    private Ast.Expr object() {
        Ast.Pos at = here();
        advance();
        brackets++;
        skipSpace();
        if (keyword("for")) {
            Ast.Expr result = forExpression(at, true);
            brackets--;
            return result;
        }
        List<Ast.Expr> keys = new ArrayList<>();
        List<Ast.Expr> values = new ArrayList<>();
        while (peek() != '}') {
            if (keys.size() >= limits.getMaxListElements()) {
                throw error("holds more than " + limits.getMaxListElements() + " elements", Codes.LIMIT_LIST_SIZE);
            }
            Ast.Pos keyAt = here();
            Ast.Expr key;
            if (identStart(peek())) {
                int start = pos;
                String name = identifier();
                key = new Ast.Template(keyAt, List.of(name), false);
                key.text = src.substring(start, pos);
            } else {
                key = expression();
            }
            skipSpace();
            if (peek() != '=' && peek() != ':') {
                throw error("expected '=' or ':' after an object key, found " + describe());
            }
            advance();
            skipSpace();
            keys.add(key);
            values.add(expression());
            skipSpace();
            if (peek() == ',') {
                advance();
                skipSpace();
            }
        }
        advance();
        brackets--;
        return new Ast.ObjectCons(at, List.copyOf(keys), List.copyOf(values));
    }

    private Ast.Expr forExpression(Ast.Pos at, boolean object) {
        for (int i = 0; i < 3; i++) {
            advance();
        }
        skipSpace();
        String first = identifier();
        String second = null;
        skipSpace();
        if (peek() == ',') {
            advance();
            skipSpace();
            second = identifier();
            skipSpace();
        }
        if (!keyword("in")) {
            throw error("expected 'in' in the for expression, found " + describe());
        }
        advance();
        advance();
        skipSpace();
        Ast.Expr collection = expression();
        expect(':', "':' in the for expression");
        skipSpace();
        Ast.Expr key = null;
        Ast.Expr value = expression();
        boolean grouping = false;
        if (object) {
            skipSpace();
            if (!lookingAt("=>")) {
                throw error("expected '=>' in the object for expression, found " + describe());
            }
            advance();
            advance();
            skipSpace();
            key = value;
            value = expression();
            skipSpace();
            if (lookingAt("...")) {
                advance();
                advance();
                advance();
                grouping = true;
            }
        }
        skipSpace();
        Ast.Expr condition = null;
        if (keyword("if")) {
            advance();
            advance();
            skipSpace();
            condition = expression();
        }
        expect(object ? '}' : ']', object ? "'}' to close the for expression" : "']' to close the for expression");
        String keyVar = second == null ? null : first;
        String valueVar = second == null ? first : second;
        return new Ast.For(at, keyVar, valueVar, collection, key, value, condition, grouping);
    }

    // ---- templates -------------------------------------------------------------------------

    private Ast.Expr quoted() {
        Ast.Pos at = here();
        advance(); // "
        Ast.Expr result = template(at, '"', false);
        if (peek() != '"') {
            throw new ConfigFormatException(FormatError.at(location, at.line, at.column, null,
                    "starts a string that is not closed on its line").withCode(Codes.MALFORMED));
        }
        advance();
        return result;
    }

    private Ast.Expr templateUntilEnd(boolean heredoc, Ast.Pos at) {
        Ast.Expr result = template(at, '\0', heredoc);
        if (!atEnd()) {
            throw error("has an unexpected character in the string");
        }
        return result;
    }

    /**
     * Reads template parts up to {@code end} ({@code "} for a quoted string; {@code \0}: to the end
     * of the text). Quoted strings take backslash escapes; heredocs and JSON strings do not.
     */
    private Ast.Expr template(Ast.Pos at, char end, boolean noEscapes) {
        List<Object> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        boolean directive = false;
        boolean escapes = end == '"' && !noEscapes;
        while (!atEnd()) {
            char c = peek();
            if (end != '\0' && c == end) {
                break;
            }
            if (end == '"' && c == '\n') {
                break;
            }
            if (c == '\\' && escapes) {
                advance();
                literal.append(escape());
            } else if (c == '$' && peek(1) == '$' && peek(2) == '{') {
                advance();
                advance();
                advance();
                literal.append("${");
            } else if (c == '%' && peek(1) == '%' && peek(2) == '{') {
                advance();
                advance();
                advance();
                literal.append("%{");
            } else if (c == '$' && peek(1) == '{') {
                if (literal.length() > 0) {
                    parts.add(literal.toString());
                    literal.setLength(0);
                }
                advance();
                advance();
                brackets++;
                if (peek() == '~') {
                    advance();
                }
                skipSpace();
                parts.add(expression());
                skipSpace();
                if (peek() == '~') {
                    advance();
                }
                expect('}', "'}' to close the interpolation");
                brackets--;
            } else if (c == '%' && peek(1) == '{') {
                directive = true;
                skipDirective();
            } else {
                literal.append(c);
                advance();
            }
            if (literal.length() > limits.getMaxValueChars()) {
                throw error("holds a string longer than " + limits.getMaxValueChars() + " characters",
                        Codes.LIMIT_VALUE_LENGTH);
            }
        }
        if (literal.length() > 0) {
            parts.add(literal.toString());
        }
        return new Ast.Template(at, List.copyOf(parts), directive);
    }

    private String escape() {
        if (atEnd()) {
            throw error("ends a string with a lone backslash");
        }
        char c = peek();
        advance();
        switch (c) {
            case 'n':
                return "\n";
            case 'r':
                return "\r";
            case 't':
                return "\t";
            case '"':
                return "\"";
            case '\\':
                return "\\";
            case 'u':
            case 'U': {
                int digits = c == 'u' ? 4 : 8;
                if (pos + digits > src.length()) {
                    throw error("has a \\" + c + " escape without " + digits + " hex digits");
                }
                String hex = src.substring(pos, pos + digits);
                try {
                    int code = Integer.parseUnsignedInt(hex, 16);
                    for (int i = 0; i < digits; i++) {
                        advance();
                    }
                    return new String(Character.toChars(code));
                } catch (IllegalArgumentException bad) {
                    throw error("has a \\" + c + " escape without " + digits + " hex digits");
                }
            }
            default:
                throw error("has the unknown escape \\" + Shown.text(String.valueOf(c))
                        + "; a quoted string takes \\n, \\r, \\t, \\\", \\\\, \\uNNNN and \\UNNNNNNNN");
        }
    }

    /** Skips {@code %{ ... }}, minding nested braces and quoted strings. */
    private void skipDirective() {
        advance();
        advance();
        int open = 1;
        while (!atEnd() && open > 0) {
            char c = peek();
            if (c == '"') {
                advance();
                while (!atEnd() && peek() != '"' && peek() != '\n') {
                    if (peek() == '\\') {
                        advance();
                    }
                    if (!atEnd()) {
                        advance();
                    }
                }
            } else if (c == '{') {
                open++;
            } else if (c == '}') {
                open--;
            }
            if (!atEnd()) {
                advance();
            }
        }
    }

    private Ast.Expr heredoc() {
        Ast.Pos at = here();
        advance();
        advance();
        boolean flush = false;
        if (peek() == '-') {
            flush = true;
            advance();
        }
        if (!identStart(peek())) {
            throw error("expected the heredoc marker after <<, such as <<EOF");
        }
        String marker = identifier();
        while (peek() == ' ' || peek() == '\t' || peek() == '\r') {
            advance();
        }
        if (peek() != '\n') {
            throw error("expected the end of the line after the heredoc marker " + marker);
        }
        advance();
        int contentLine = line;
        List<String> lines = new ArrayList<>();
        while (true) {
            if (atEnd()) {
                throw new ConfigFormatException(FormatError.at(location, at.line, at.column, null,
                        "starts a heredoc that is never closed by a line holding " + marker)
                        .withCode(Codes.MALFORMED));
            }
            int start = pos;
            while (!atEnd() && peek() != '\n') {
                advance();
            }
            String text = src.substring(start, pos);
            if (text.strip().equals(marker)) {
                break;
            }
            lines.add(text.endsWith("\r") ? text.substring(0, text.length() - 1) : text);
            if (!atEnd()) {
                advance();
            }
        }
        if (flush) {
            int indent = Integer.MAX_VALUE;
            for (String text : lines) {
                if (!text.isBlank()) {
                    int n = 0;
                    while (n < text.length() && (text.charAt(n) == ' ' || text.charAt(n) == '\t')) {
                        n++;
                    }
                    indent = Math.min(indent, n);
                }
            }
            if (indent != Integer.MAX_VALUE) {
                for (int i = 0; i < lines.size(); i++) {
                    String text = lines.get(i);
                    lines.set(i, text.length() >= indent ? text.substring(indent) : text.stripLeading());
                }
            }
        }
        StringBuilder content = new StringBuilder();
        for (String text : lines) {
            content.append(text).append('\n');
        }
        HclParser inner = new HclParser(content.toString(), limits, location, contentLine - 1 + lineBase, 0, depth);
        return inner.templateUntilEnd(true, at);
    }
}
