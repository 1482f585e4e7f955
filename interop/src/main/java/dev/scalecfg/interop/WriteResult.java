package dev.scalecfg.interop;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a writer produced: the text, what it could not carry over exactly, and the variables (or
 * template parameters) that stand for the secrets it never writes.
 *
 * @since 0.2.0
 */
public final class WriteResult {
    private final String text;
    private final List<WriteIssue> issues;
    private final Map<String, String> secretVariables;

    WriteResult(String text, List<WriteIssue> issues, Map<String, String> secretVariables) {
        this.text = text;
        this.issues = List.copyOf(issues);
        this.secretVariables = Collections.unmodifiableMap(new LinkedHashMap<>(secretVariables));
    }

    /**
     * Returns the written text. It never holds a secret: passwords and user data are references to
     * variables or parameters ({@link #getSecretVariables()}).
     *
     * @return the text
     */
    public String getText() {
        return text;
    }

    /**
     * Returns every parameter the text does not carry over exactly, in the order written.
     *
     * @return the issues
     */
    public List<WriteIssue> getIssues() {
        return issues;
    }

    /**
     * Returns the issues of one kind.
     *
     * @param kind the kind
     * @return the issues of that kind
     */
    public List<WriteIssue> getIssues(WriteIssue.Kind kind) {
        return issues.stream().filter(issue -> issue.getKind() == kind).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the variables (Terraform) or template parameters (ROS) the text uses for secrets,
     * each with the ESS parameter it stands for, such as {@code web_password -> Password}: give
     * them values when applying the text.
     *
     * @return the secret variables, in the order written
     */
    public Map<String, String> getSecretVariables() {
        return secretVariables;
    }

    /**
     * Tells whether nothing is left out or changed: no issue of kind
     * {@link WriteIssue.Kind#UNSUPPORTED} or {@link WriteIssue.Kind#CHANGED}.
     *
     * @return true when the text carries every parameter with its value
     */
    public boolean isLossless() {
        return issues.stream().noneMatch(issue -> issue.getKind() == WriteIssue.Kind.UNSUPPORTED
                || issue.getKind() == WriteIssue.Kind.CHANGED);
    }

    /** Returns the text. */
    @Override
    public String toString() {
        return text;
    }
}
