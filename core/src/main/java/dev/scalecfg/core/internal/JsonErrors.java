package dev.scalecfg.core.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.scalecfg.core.ApiValue;
import dev.scalecfg.core.FormatError;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Turns Jackson exceptions into {@link FormatError}s without leaking raw messages. Not API. */
public final class JsonErrors {
    private static final Pattern NULL_ATTRIBUTE = 
            Pattern.compile("([A-Za-z0-9_]+)( element| value| key)?(?: for key: .*)?", Pattern.DOTALL);
    private static final Pattern MISSING = Pattern.compile("required attributes are not set \\[([^\\]]*)\\]");

    private JsonErrors() {}

    /**
     * Describes a Jackson failure as format errors (usually one; one per missing attribute).
     *
     * @param failure the Jackson exception
     * @param reading the parser that was reading, still open (or null)
     * @param maxDocumentChars the configured document limit, for the message
     * @param maxNestingDepth the configured depth limit, for the message
     * @return the errors, never empty
     */
    public static List<FormatError> describe(JsonProcessingException failure, JsonParser reading, int maxDocumentChars,
            int maxNestingDepth) {
        JsonLocation location = failure.getLocation();
        int line = location == null ? -1 : location.getLineNr();
        int column = location == null ? -1 : location.getColumnNr();
        JsonParser parser = reading != null ? reading
                : failure.getProcessor() instanceof JsonParser ? (JsonParser) failure.getProcessor() : null;
        List<FormatError> errors = new ArrayList<>();
        StreamConstraintsException limit = null;
        for (Throwable cause = failure; cause != null && limit == null; cause = cause.getCause()) {
            if (cause instanceof StreamConstraintsException) {
                limit = (StreamConstraintsException) cause;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        if (limit != null) {
            String text = String.valueOf(limit.getOriginalMessage()).toLowerCase(Locale.ROOT);
            String message = text.contains("depth")
                    ? "is nested too deeply: at most " + maxNestingDepth + " levels are allowed"
                    : text.contains("document")
                            ? "is too large: at most " + maxDocumentChars + " characters are allowed"
                            : "exceeds a size limit of the reader";
            errors.add(FormatError.at(contextPath(parser), line, column, null, message));
            return errors;
        }
        if (failure instanceof JsonParseException || !(failure instanceof JsonMappingException)) {
            String path = contextPath(parser);
            String detail = FormatError.isSecret(path) ? "" : ": " + clip(failure.getOriginalMessage());
            errors.add(FormatError.at(path, line, column, null, "is not valid JSON" + detail));
            return errors;
        }
        JsonMappingException mapping = (JsonMappingException) failure;
        String path = path(mapping.getPath());
        if (failure instanceof UnrecognizedPropertyException) {
            UnrecognizedPropertyException unknown = (UnrecognizedPropertyException) failure;
            errors.add(FormatError.at(path, line, column, null, "is not a field of "
                    + typeName(unknown.getReferringClass()) + suggestion(unknown.getPropertyName(),
                            unknown.getKnownPropertyIds())));
            return errors;
        }
        Throwable cause = rootCause(failure);
        if (cause instanceof IllegalStateException) {
            Matcher missing = MISSING.matcher(String.valueOf(cause.getMessage()));
            if (missing.find()) {
                for (String attribute : missing.group(1).split(",\\s*")) {
                    errors.add(FormatError.at(path.isEmpty() ? attribute : path + "." + attribute, line, column,
                            null, "is missing; it is required"));
                }
                return errors;
            }
        }
        String value = tokenText(failure, parser);
        Class<?> target = failure instanceof MismatchedInputException
                ? ((MismatchedInputException) failure).getTargetType() : null;
        if (target != null && target.isEnum() && ApiValue.class.isAssignableFrom(target)
                || cause instanceof IllegalArgumentException && cause.getMessage() != null
                        && cause.getMessage().contains("expected one of")) {
            errors.add(FormatError.at(path, line, column, value, enumMessage(target, cause)));
            return errors;
        }
        if (cause instanceof NullPointerException) {
            Matcher attribute = NULL_ATTRIBUTE.matcher(String.valueOf(cause.getMessage()));
            if (attribute.matches()) {
                String where = path.isEmpty() ? attribute.group(1) : path + "." + attribute.group(1);
                String kind = attribute.group(2);
                errors.add(FormatError.at(where, line, column, null, kind == null
                        ? "must not be null; leave the field out instead"
                        : kind.equals(" element") ? "has a null element; lists must not contain null"
                        : "has a null entry; maps must not contain null keys or values"));
            } else {
                errors.add(FormatError.at(path, line, column, null, "must not be null"));
            }
            return errors;
        }
        if (cause instanceof IllegalArgumentException && target == null) {
            String detail = FormatError.isSecret(path) ? "" : ": " + clip(cause.getMessage());
            errors.add(FormatError.at(path, line, column, value, "is not valid" + detail));
            return errors;
        }
        errors.add(FormatError.at(path, line, column, value, expectation(target, parser)));
        return errors;
    }

    private static String enumMessage(Class<?> target, Throwable cause) {
        if (target != null && target.isEnum()) {
            return "is not one of " + ApiEnums.allowedSpellings(target);
        }
        String message = cause.getMessage();
        return "is not one of " + message.substring(message.indexOf("expected one of") + "expected one of ".length());
    }

    private static String expectation(Class<?> target, JsonParser parser) {
        String found = found(parser);
        if (target == null) {
            return "has the wrong type" + found;
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class
                || target == BigInteger.class || target == Short.class || target == short.class) {
            return "is not an integer" + found;
        }
        if (target == BigDecimal.class || target == Double.class || target == double.class
                || target == Float.class || target == float.class) {
            return "is not a number" + found;
        }
        if (target == Boolean.class || target == boolean.class) {
            return "is not a boolean (true or false)" + found;
        }
        if (target == String.class || ApiValue.class.isAssignableFrom(target)) {
            return "is not a string" + found;
        }
        if (Collection.class.isAssignableFrom(target)) {
            return "is not a list (a JSON array)" + found;
        }
        return "is not " + article(typeName(target)) + " (a JSON object)" + found;
    }

    private static String found(JsonParser parser) {
        JsonToken token = parser == null ? null : parser.currentToken();
        if (token == null) {
            return "";
        }
        switch (token) {
            case START_OBJECT:
            case END_OBJECT:
                return "; found an object";
            case START_ARRAY:
            case END_ARRAY:
                return "; found an array";
            case VALUE_STRING:
                return "; found a string";
            case VALUE_NUMBER_INT:
                return "; found an integer";
            case VALUE_NUMBER_FLOAT:
                return "; found a decimal number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "; found a boolean";
            case VALUE_NULL:
                return "; found null";
            default:
                return "";
        }
    }

    private static String article(String word) {
        return ("AEIOU".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }

    private static String tokenText(JsonProcessingException failure, JsonParser parser) {
        if (failure instanceof InvalidFormatException && ((InvalidFormatException) failure).getValue() != null) {
            return String.valueOf(((InvalidFormatException) failure).getValue());
        }
        try {
            JsonToken token = parser == null ? null : parser.currentToken();
            if (token != null && token.isScalarValue()) {
                return parser.getText();
            }
        } catch (java.io.IOException | RuntimeException unreadable) {
            return null;
        }
        return null;
    }

    /** The path of a mapping failure, such as {@code dataDisks[1].size}. */
    public static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The path of the parser's current position, such as {@code dataDisks[1].size}. */
    private static String contextPath(JsonParser parser) {
        return parser == null ? "" : contextPath(parser.getParsingContext());
    }

    /**
     * The path of a parsing context, such as {@code dataDisks[1].size}.
     *
     * @param start the innermost context (may be null)
     * @return the path, empty for the root
     */
    public static String contextPath(JsonStreamContext start) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext context = start; context != null && !context.inRoot();
                context = context.getParent()) {
            if (context.inArray()) {
                parts.add(0, "[" + Math.max(0, context.getCurrentIndex()) + "]");
            } else if (context.getCurrentName() != null) {
                parts.add(0, "." + context.getCurrentName());
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    private static String suggestion(String name, Collection<Object> known) {
        if (known == null || known.isEmpty()) {
            return "";
        }
        String best = closest(name, known);
        if (best != null) {
            return "; did you mean \"" + best + "\"?";
        }
        return "; known fields: " + known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    /**
     * Returns the candidate closest to a misspelt name (case-insensitive edit distance; the first
     * of equally close ones), or null when even the closest is too far (more than 3 edits or a
     * third of the name's length, whichever is more). Only called on error paths.
     *
     * @param name the misspelt name
     * @param candidates the known names
     * @return the suggestion, or null
     */
    public static String closest(String name, Collection<?> candidates) {
        String lowerName = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Object candidate : candidates) {
            int distance = distance(lowerName, String.valueOf(candidate).toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = String.valueOf(candidate);
            }
        }
        return best != null && bestDistance <= Math.max(3, name.length() / 3) ? best : null;
    }

    /** The Levenshtein distance of two strings. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "the object";
        }
        String name = type.getSimpleName();
        if (name.startsWith("Immutable")) {
            name = name.substring("Immutable".length());
        }
        if ("Json".equals(name) && type.getEnclosingClass() != null) {
            name = typeName(type.getEnclosingClass());
        }
        return name;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String clip(String message) {
        String text = String.valueOf(message).replace('\n', ' ').replace('\r', ' ');
        int source = text.indexOf(" at [Source");
        if (source >= 0) {
            text = text.substring(0, source);
        }
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
