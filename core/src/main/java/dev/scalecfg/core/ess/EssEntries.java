package dev.scalecfg.core.ess;

import dev.scalecfg.core.ConfigFormatException;
import dev.scalecfg.core.FormatError;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.io.ConfigEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads ESS API parameters leniently: the configuration holds every parameter that could be read,
 * and each mistake becomes a problem of the entry (with a stable code, the parameter as its
 * location and the model path it concerns) instead of making the whole input unreadable.
 *
 * <p>This is what the readers of formats that are translated into ESS parameters (Terraform, ROS,
 * {@code DescribeScalingConfigurations} responses) build their entries with, so that every format
 * shares the one parameter table of {@link EssParameters}:
 * <pre>{@code
 * ConfigEntry entry = EssEntries.read(Map.of("ImageId", "m-bp1...", "SystemDisk.Size", "forty"));
 * entry.getConfiguration().getImage().getImageId();   // Optional[m-bp1...]
 * entry.getProblems();  // [SystemDisk.Size: "forty" is not an integer]  (code VALUE_NOT_AN_INTEGER,
 *                       //  model path systemDisk.size)
 * }</pre>
 *
 * <p>It reads with {@link EssParameters#fromParameters(java.util.Map)} and, when that refuses the
 * parameters, leaves out the parameters its errors name and reads again, so that one wrong value
 * does not hide the others. Secrets are masked in every problem, as in {@link FormatError}.
 *
 * @since 0.2.0
 */
public final class EssEntries {
    /** Bounds the re-reads; each one leaves out at least one parameter. */
    private static final int MAX_ATTEMPTS = 16;

    /** The codes of the codec's messages, most specific first (the codec states one rule per message). */
    private static final String[][] CODES = {
        {"is not one of the configuration's instance types", "VALUE_NOT_ALLOWED"},
        {"is not one of", "VALUE_NOT_ALLOWED"},
        {"is not a disk category", "VALUE_NOT_ALLOWED"},
        {"is not an integer", "VALUE_NOT_AN_INTEGER"},
        {"is too large", "VALUE_OUT_OF_RANGE"},
        {"is not a boolean", "VALUE_NOT_A_BOOLEAN"},
        {"is not a decimal number", "VALUE_NOT_A_NUMBER"},
        {"is not a JSON object", "VALUE_NOT_A_JSON_OBJECT"},
        {"is not a parameter", "PARAMETER_UNKNOWN"},
        {"needs a field after the index", "PARAMETER_UNKNOWN"},
        {"has no parameter name", "PARAMETER_UNKNOWN"},
        {"needs an index", "INDEX_INVALID"},
        {"has the index", "INDEX_INVALID"},
        {"is missing: the indexes", "INDEX_GAP"},
        {"is missing", "VALUE_MISSING"},
        {"has no value", "VALUE_MISSING"},
        {"is given twice", "PARAMETER_DUPLICATE"},
        {"already has a price limit", "PARAMETER_DUPLICATE"},
        {"cannot be combined", "PARAMETER_CONFLICT"},
    };

    private EssEntries() {}

    /**
     * Reads parameters of either API version into an entry.
     *
     * @param parameters the parameters, such as {@code "DataDisk.1.Size" -> "100"}
     * @return an entry without a name, holding every value that could be read and a problem for
     *     each mistake, in the order found
     * @throws NullPointerException if the map is null
     */
    public static ConfigEntry read(Map<String, String> parameters) {
        Objects.requireNonNull(parameters, "parameters");
        Map<String, String> remaining = new LinkedHashMap<>(parameters);
        Set<FormatError> problems = new LinkedHashSet<>();
        ScalingConfiguration config = null;
        for (int attempt = 0; attempt < MAX_ATTEMPTS && config == null; attempt++) {
            try {
                config = EssParameters.fromParameters(remaining);
            } catch (ConfigFormatException refused) {
                boolean progress = false;
                for (FormatError error : refused.getErrors()) {
                    problems.add(problem(error));
                    progress |= leaveOut(remaining, error.location());
                }
                if (!progress) {
                    break;
                }
            }
        }
        if (config == null) {
            config = ScalingConfiguration.builder().build();
        }
        return ConfigEntry.builder().configuration(config).problems(new ArrayList<>(problems)).build();
    }

    /**
     * Returns the stable code of a mistake the parameter codec reports, from its message.
     *
     * @param error an error of {@link EssParameters#fromParameters(java.util.Map)}
     * @return the code, such as {@code VALUE_NOT_AN_INTEGER}; {@code VALUE_INVALID} when the message
     *     is not one the codec is known to give
     */
    static String code(FormatError error) {
        String message = error.message();
        for (String[] code : CODES) {
            if (message.startsWith(code[0]) || message.contains(" " + code[0])) {
                return code[1];
            }
        }
        return "VALUE_INVALID";
    }

    private static FormatError problem(FormatError error) {
        FormatError coded = error.withCode(code(error));
        return EssPaths.modelPath(error.location()).map(coded::withModelPath).orElse(coded);
    }

    /**
     * Leaves out what an error names: the parameter itself, or, for a list element or index the
     * parameters do not hold as such ({@code DataDisk.2} missing, {@code SpotPriceLimit.1.PriceLimit}
     * missing), every parameter of that element or list.
     */
    private static boolean leaveOut(Map<String, String> parameters, String location) {
        if (parameters.remove(location) != null) {
            return true;
        }
        if (location.isEmpty()) {
            return false;
        }
        String element = location.contains(".") ? location.substring(0, location.lastIndexOf('.')) : location;
        if (parameters.keySet().removeIf(key -> key.startsWith(element + "."))) {
            return true;
        }
        String list = element.contains(".") ? element.substring(0, element.lastIndexOf('.')) : element;
        return parameters.keySet().removeIf(key -> key.equals(list) || key.startsWith(list + "."));
    }
}
