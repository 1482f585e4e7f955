package dev.scalecfg.interop;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by a writer asked to fail on what its target cannot express, when a configuration holds
 * such parameters. The message names every parameter and why, never a value.
 *
 * @since 0.2.0
 */
public final class UnsupportedParametersException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<WriteIssue> issues;

    UnsupportedParametersException(String target, List<WriteIssue> issues) {
        super(issues.size() + " parameter" + (issues.size() == 1 ? "" : "s") + " cannot be written as " + target
                + ":\n" + issues.stream().map(issue -> "  " + issue).collect(Collectors.joining("\n")));
        this.issues = List.copyOf(issues);
    }

    /**
     * Returns the parameters that cannot be expressed, each with why.
     *
     * @return the issues, never empty
     */
    public List<WriteIssue> getIssues() {
        return issues;
    }
}
