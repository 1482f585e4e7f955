package dev.scalecfg.cli.internal;

import dev.scalecfg.core.ConfigFormatException;
import dev.scalecfg.core.FormatError;
import dev.scalecfg.core.Shown;
import dev.scalecfg.validation.InvalidSettingsException;
import dev.scalecfg.validation.RuleJarException;
import java.io.PrintStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * What {@code --verbose} and {@code --debug} add to an error, and the one-line form of a located
 * problem. Neither ever prints an exception's message unless its type promises that the message
 * holds no secret: a message may quote the input (a password in a broken file), and the one-line
 * error printed before already says what went wrong.
 */
public final class Diagnostics {
    private Diagnostics() {}

    /**
     * Formats a located problem on one line: {@code NAME:LINE:COLUMN: location: "value" message}.
     *
     * @param name the file name as the user gave it
     * @param error the problem
     * @return the line
     */
    public static String located(String name, FormatError error) {
        StringBuilder text = new StringBuilder(name);
        error.line().ifPresent(line -> {
            text.append(':').append(line);
            error.column().ifPresent(column -> text.append(':').append(column));
        });
        text.append(": ");
        if (!error.location().isEmpty()) {
            text.append(error.location()).append(": ");
        }
        error.value().ifPresent(value -> text.append('"').append(Shown.text(value)).append("\" "));
        return InputException.oneLine(text.append(error.message()).toString());
    }

    /**
     * Formats the problems of a document as one line: the first, and how many more there are.
     *
     * @param name the file name as the user gave it
     * @param errors the problems, at least one
     * @return the line
     */
    public static String firstOf(String name, List<FormatError> errors) {
        int more = errors.size() - 1;
        return located(name, errors.get(0)) + (more == 0 ? ""
                : " (and " + more + " more problem" + (more == 1 ? "" : "s") + "; --verbose lists them)");
    }

    /**
     * Prints the detail {@code --verbose} adds to an error: every problem of a document that has
     * several, one per line. Prints nothing for other errors.
     *
     * @param problem the error
     * @param err where to print
     */
    public static void detail(Throwable problem, PrintStream err) {
        for (Throwable cause : chain(problem)) {
            List<FormatError> errors = cause instanceof ConfigFormatException format ? format.getErrors()
                    : cause instanceof InvalidSettingsException settings ? settings.getErrors() : List.of();
            if (errors.size() > 1) {
                errors.forEach(error -> err.println("  " + InputException.oneLine(error.toString())));
                return;
            }
        }
    }

    /**
     * Prints the stack trace {@code --debug} asks for: each exception of the cause chain with its
     * frames. An input error's message is the line printed before and is not repeated; a message is
     * shown only for settings and rule-jar errors, which never quote a configuration; for any other
     * exception, a reader's error included, it is withheld.
     *
     * @param problem the error
     * @param err where to print
     */
    public static void stackTrace(Throwable problem, PrintStream err) {
        String prefix = "";
        for (Throwable cause : chain(problem)) {
            err.println(prefix + cause.getClass().getName() + message(cause));
            for (StackTraceElement frame : cause.getStackTrace()) {
                err.println("\tat " + frame);
            }
            prefix = "Caused by: ";
        }
    }

    private static String message(Throwable cause) {
        if (cause.getMessage() == null || cause instanceof InputException) {
            return ""; // an input error's message is the line printed above
        }
        // settings and rule-jar messages are built from file names and settings, never from a configuration
        boolean safe = cause instanceof InvalidSettingsException || cause instanceof RuleJarException;
        return safe ? ": " + InputException.oneLine(cause.getMessage()) : ": (message withheld: it may quote the input)";
    }

    private static List<Throwable> chain(Throwable problem) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        java.util.ArrayList<Throwable> chain = new java.util.ArrayList<>();
        for (Throwable cause = problem; cause != null && seen.add(cause); cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }
}
