package dev.scalecfg.validation;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A jar of organisation rules cannot be used ({@link RuleJars}): it is missing, not a jar, declares
 * no rule, names a class that is missing or is not a {@link Rule}, a rule's constructor threw, two
 * rules share an ID, or a rule failed while checking a configuration. The message names the jar
 * first ({@code rules/org-rules.jar: …}) and never quotes a configuration.
 *
 * @since 0.2.0
 */
public final class RuleJarException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path jar;

    /**
     * Creates the exception.
     *
     * @param jar the jar or directory, as given
     * @param reason what is wrong with it
     * @param cause the underlying problem, or null
     */
    public RuleJarException(Path jar, String reason, Throwable cause) {
        super(Objects.requireNonNull(jar, "jar") + ": " + reason, cause);
        this.jar = jar;
    }

    /**
     * Returns the jar or directory the problem is in.
     *
     * @return the path, as given to {@link RuleJars#load}
     */
    public Path getJar() {
        return jar;
    }
}
