package dev.scalecfg.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a scaling configuration cannot be read: malformed JSON, an unknown field or API
 * parameter, a value of the wrong shape, a bad enum spelling, a gap in a list index, a command
 * line that is not {@code aliyun ess CreateScalingConfiguration}, and so on.
 *
 * <p>It carries every mistake found ({@link #getErrors()}); the readers collect as many as they
 * can in one pass. {@link #getMessage()} shows one line per error, for example:
 * <pre>{@code
 * 2 errors in the scaling configuration:
 *   dataDisks[1].size (line 12, column 15): "abc" is not an integer
 *   SpotStrategy: "Spot" is not one of NoSpot, SpotWithPriceLimit, SpotAsPriceGo
 * }</pre>
 *
 * <p>Secrets (passwords, user data) never appear in the message.
 *
 * @since 0.1.0
 */
public class ConfigFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final List<FormatError> errors;

    /**
     * Creates an exception for the given errors.
     *
     * @param errors the mistakes found, at least one
     * @throws IllegalArgumentException if the list is empty
     */
    public ConfigFormatException(List<FormatError> errors) {
        super(render(errors));
        this.errors = List.copyOf(errors);
    }

    /**
     * Creates an exception for one error.
     *
     * @param error the mistake found
     */
    public ConfigFormatException(FormatError error) {
        this(List.of(error));
    }

    /**
     * Returns every mistake found, in the order they were found.
     *
     * @return the errors, never empty
     */
    public List<FormatError> getErrors() {
        return errors;
    }

    private static String render(List<FormatError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a ConfigFormatException needs at least one error");
        }
        if (errors.size() == 1) {
            return errors.get(0).toString();
        }
        return errors.size() + " errors in the scaling configuration:\n"
                + errors.stream().map(error -> "  " + error).collect(Collectors.joining("\n"));
    }
}
