package dev.scalecfg.validation;

import dev.scalecfg.core.FormatError;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a settings file ({@link ValidationSettings}) or a validation-context document
 * ({@link ContextSettings}) cannot be used: missing or unreadable, not JSON, an unknown key, a value
 * of the wrong type or not one of the allowed ones. It carries every mistake found, each with its
 * location (such as {@code context.networkType}) and, when known, its line and column.
 *
 * @since 0.2.0
 */
public final class InvalidSettingsException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final transient List<FormatError> errors;

    /**
     * Creates the exception.
     *
     * @param source the name of the document, such as {@code .scalecfg.json}
     * @param errors the mistakes found, at least one
     */
    public InvalidSettingsException(String source, List<FormatError> errors) {
        super(render(source, errors));
        this.source = source;
        this.errors = List.copyOf(errors);
    }

    /**
     * Returns the name of the document.
     *
     * @return the name given when reading it
     */
    public String getSource() {
        return source;
    }

    /**
     * Returns every mistake found, in document order.
     *
     * @return the mistakes, never empty
     */
    public List<FormatError> getErrors() {
        return errors;
    }

    private static String render(String source, List<FormatError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an InvalidSettingsException needs at least one error");
        }
        if (errors.size() == 1) {
            return source + ": " + errors.get(0);
        }
        return source + ": " + errors.size() + " problems:\n"
                + errors.stream().map(error -> "  " + error).collect(Collectors.joining("\n"));
    }
}
