package dev.scalecfg.interop.internal;

import dev.scalecfg.core.FormatError;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.ess.ApiVersion;
import dev.scalecfg.core.ess.EssEntries;
import dev.scalecfg.core.ess.EssParameters;
import dev.scalecfg.core.io.ConfigEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects what a format's attributes say as ESS API parameters, remembering where each was
 * written, and builds the entry with the core's one parameter table ({@link EssEntries}); every
 * problem the parameters have is put back at the attribute it came from. Also collects the
 * unresolved attributes (as model paths), the problems found before the parameters and the notes.
 */
public final class Collector {
    /** Where a parameter came from: the attribute path as the format spells it, and the position. */
    private static final class Where {
        final String path;
        final int line;
        final int column;

        Where(String path, int line, int column) {
            this.path = path;
            this.line = line;
            this.column = column;
        }
    }

    private final String location;
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private final Map<String, Where> where = new LinkedHashMap<>();
    private final List<FormatError> problems = new ArrayList<>();
    private final Set<String> unresolved = new LinkedHashSet<>();
    private final List<String> notes = new ArrayList<>();

    /**
     * @param location a prefix for every problem's location, such as {@code asg.tf: } for one file of
     *     several, or empty
     */
    public Collector(String location) {
        this.location = location;
    }

    /** Puts a parameter; the first value of a parameter wins. */
    public void put(String parameter, String value, String path, int line, int column) {
        if (!parameters.containsKey(parameter)) {
            parameters.put(parameter, value);
            where.put(parameter, new Where(path, line, column));
        }
    }

    public boolean has(String parameter) {
        return parameters.containsKey(parameter);
    }

    /** Removes every parameter that is {@code prefix} or starts with {@code prefix.}. */
    public void removeAll(String prefix) {
        parameters.keySet().removeIf(key -> key.equals(prefix) || key.startsWith(prefix + "."));
    }

    /**
     * Records an attribute whose value is not known offline: its model path goes in the entry's
     * unresolved set, and the entry gets a {@code VALUE_UNRESOLVED} problem naming the attribute.
     *
     * @param parameter the ESS parameter (or list prefix) the attribute stands for
     * @param reason completes "is not known offline: ..."
     */
    public void unresolved(String parameter, String path, int line, int column, String reason) {
        String modelPath = EssParameters.modelPath(parameter).orElse(null);
        if (modelPath != null) {
            unresolved.add(modelPath);
        }
        FormatError problem = FormatError.at(location + path, line, column, null, "is not known offline: " + reason
                + "; rules that need it are skipped").withCode(Codes.VALUE_UNRESOLVED);
        problems.add(modelPath == null ? problem : problem.withModelPath(modelPath));
    }

    /** Records an attribute whose value is not known offline and that is no parameter (such as {@code count}). */
    public void unresolvedArgument(String path, int line, int column, String reason) {
        problems.add(FormatError.at(location + path, line, column, null, "is not known offline: " + reason)
                .withCode(Codes.VALUE_UNRESOLVED));
    }

    /**
     * Records a problem found before the parameters (an unknown argument, a wrong type). The value
     * is never passed for secrets.
     *
     * @param parameter the parameter the attribute stands for, for the model path; may be null
     */
    public void problem(String code, String parameter, String path, int line, int column, String value,
            String message) {
        String modelPath = parameter == null ? null : EssParameters.modelPath(parameter).orElse(null);
        FormatError problem = FormatError.at(location + path, line, column, null, message).withCode(code);
        if (modelPath != null) {
            problem = problem.withModelPath(modelPath);
        }
        if (value != null && !FormatError.isSecret(path) && (modelPath == null || !FormatError.isSecret(modelPath))) {
            problem = FormatError.at(location + path, line, column, value, message).withCode(code);
            if (modelPath != null) {
                problem = problem.withModelPath(modelPath);
            }
        }
        problems.add(problem);
    }

    public void note(String note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    /** Builds the entry: reads the parameters and puts each of their problems at its attribute. */
    public ConfigEntry build(String name, ApiVersion version) {
        ConfigEntry read = EssEntries.read(parameters);
        ScalingConfiguration config = read.getConfiguration();
        List<FormatError> all = new ArrayList<>(problems);
        for (FormatError problem : read.getProblems()) {
            all.add(relocate(problem));
        }
        ConfigEntry.Builder entry = ConfigEntry.builder().configuration(config).problems(all).unresolved(unresolved)
                .notes(notes);
        if (name != null) {
            entry.name(name);
        }
        if (version != null) {
            entry.apiVersion(version);
        }
        return entry.build();
    }

    private FormatError relocate(FormatError problem) {
        Where at = where.get(problem.location());
        if (at == null) {
            String prefix = problem.location() + ".";
            at = where.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
        }
        if (at == null) {
            return problem;
        }
        FormatError moved = FormatError.at(location + at.path, at.line, at.column, null, problem.message())
                .withCode(problem.code());
        if (problem.modelPath().isPresent()) {
            moved = moved.withModelPath(problem.modelPath().get());
        }
        if (problem.value().isPresent() && !FormatError.isSecret(problem.location())
                && !"****".equals(problem.value().get())) {
            moved = FormatError.at(location + at.path, at.line, at.column, problem.value().get(), problem.message())
                    .withCode(problem.code());
            if (problem.modelPath().isPresent()) {
                moved = moved.withModelPath(problem.modelPath().get());
            }
        }
        return moved;
    }
}
