package dev.scalecfg.validation.internal;

import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.validation.Severity;
import dev.scalecfg.validation.ValidationContext;
import dev.scalecfg.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Collects the violations of one rule run; builds parameter names for the context's API version. */
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
     * Adds an error.
     *
     * @param code the code
     * @param path the model path
     * @param message the message, given the parameter name
     */
    public void error(String code, String path, Function<String, String> message) {
        add(Severity.ERROR, code, path, message);
    }

    /**
     * Adds a warning.
     *
     * @param code the code
     * @param path the model path
     * @param message the message, given the parameter name
     */
    public void warning(String code, String path, Function<String, String> message) {
        add(Severity.WARNING, code, path, message);
    }

    private void add(Severity severity, String code, String path, Function<String, String> message) {
        String parameter = param(path);
        violations.add(Violation.of(code, severity, path, parameter, message.apply(parameter)));
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
