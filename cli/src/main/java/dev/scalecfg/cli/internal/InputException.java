package dev.scalecfg.cli.internal;

/**
 * An input the CLI cannot use: a missing, unreadable or malformed file, or an inconsistent request.
 * The message is the single line shown to the user; it names the file and, where there is one, the
 * line and column ({@code FILE:LINE:COLUMN: reason}). Exit code 2.
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the one-line message shown to the user
     */
    public InputException(String message) {
        super(oneLine(message));
    }

    /**
     * Creates the exception with its cause (its problems shown with {@code --verbose}, its stack trace
     * with {@code --debug}).
     *
     * @param message the one-line message shown to the user
     * @param cause the underlying exception
     */
    public InputException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    /**
     * Folds a message onto one line.
     *
     * @param message any message, possibly null or multi-line
     * @return the message with line breaks replaced by spaces
     */
    public static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
