package dev.scalecfg.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What every command needs: where to read relative file names from and where to print.
 *
 * @param workingDirectory the directory relative file names are resolved against
 * @param out standard output
 * @param err standard error
 */
public record Cli(Path workingDirectory, PrintStream out, PrintStream err) {

    /** Exit code: success, no ERROR found. */
    public static final int OK = 0;
    /** Exit code: at least one ERROR (or a plan that could not place everything). */
    public static final int FINDINGS = 1;
    /** Exit code: usage error, or an unreadable or malformed input. */
    public static final int USAGE = 2;
    /** Exit code: an internal error (a bug). */
    public static final int INTERNAL = 3;
}
