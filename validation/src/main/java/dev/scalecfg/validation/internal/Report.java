package dev.scalecfg.validation.internal;

import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.validation.ValidationContext;
import dev.scalecfg.validation.Violation;
import dev.scalecfg.validation.ViolationCode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Collects the violations of one rule run, each with the severity its {@link ViolationCode}
 * registers; builds parameter names for the context's API version.
 */
public final class Report {

    private final ScalingConfiguration configuration;
    private final ValidationContext context;
    private final List<Violation> violations = new ArrayList<>();

    /**
     * Creates a report.
     *
     * @param configuration the configuration checked
     * @param context the context
     */
    public Report(ScalingConfiguration configuration, ValidationContext context) {
        this.configuration = configuration;
        this.context = context;
    }

    /**
     * Returns the parameter name of a model path.
     *
     * @param path the model path
     * @return the API parameter
     */
    public String param(String path) {
        return Params.of(path, configuration, context.getApiVersion());
    }

    /**
     * Adds a violation with the code's default severity.
     *
     * @param code the code
     * @param path the model path
     * @param message the message, given the parameter name; quotes values through {@code Shown}
     */
    public void add(ViolationCode code, String path, Function<String, String> message) {
        String parameter = param(path);
        violations.add(Violation.of(code.getCode(), code.getSeverity(), path, parameter, message.apply(parameter)));
    }

    /**
     * Returns the violations collected.
     *
     * @return the violations
     */
    public List<Violation> violations() {
        return List.copyOf(violations);
    }
}
