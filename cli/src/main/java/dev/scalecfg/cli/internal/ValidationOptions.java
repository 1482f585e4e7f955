package dev.scalecfg.cli.internal;

import dev.scalecfg.core.ess.ApiVersion;
import dev.scalecfg.validation.ContextSettings;
import dev.scalecfg.validation.NetworkType;
import dev.scalecfg.validation.OsType;
import dev.scalecfg.validation.ValidationSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options of {@code validate} and {@code preview} that say how to validate: the validation
 * context and the tuning of the findings. They only parse; the library reads the context document
 * ({@link ContextSettings}) and layers them over the settings file ({@link ValidationSettings}).
 */
public final class ValidationOptions {
    @Option(names = "--network-type", paramLabel = "vpc|classic", converter = NetworkTypeConverter.class,
            description = "Network type of the scaling group (default: unknown; rules that need it are skipped).")
    NetworkType networkType;

    @Option(names = "--os-type", paramLabel = "linux|windows", converter = OsTypeConverter.class,
            description = "Operating system of the image (default: inferred from a public image ID).")
    OsType osType;

    @Option(names = "--vpc-id", paramLabel = "VPC", description = "VPC of the scaling group's vSwitches.")
    String vpcId;

    @Option(names = "--security-group-vpc", paramLabel = "SG=VPC",
            description = "VPC a security group belongs to; repeat for several groups.")
    Map<String, String> securityGroupVpcs = new LinkedHashMap<>();

    @Option(names = "--context", paramLabel = "FILE",
            description = "JSON file with the validation context; it overrides the settings file's context, and the"
                    + " options above override it.")
    String contextFile;

    @Option(names = "--api-version", paramLabel = "VERSION", converter = ApiVersionConverter.class,
            completionCandidates = ApiVersions.class,
            description = "ESS API version whose parameter names the output uses: ${COMPLETION-CANDIDATES}"
                    + " (default: the older one).")
    ApiVersion apiVersion;

    @Option(names = "--ignore", paramLabel = "CODE", split = ",",
            description = "Drop the findings with this code; repeat or separate with commas. Added to the settings"
                    + " file's list. A code no rule reports is an error (a warning when a plugin rule does not declare"
                    + " its codes).")
    List<String> ignore = new ArrayList<>();

    @Option(names = "--warnings-as-errors", negatable = true,
            description = "Exit with 1 when there is a WARNING, as for an ERROR (--no-warnings-as-errors overrides"
                    + " the settings file).")
    Boolean warningsAsErrors;

    /**
     * Returns the context facts given as options (not the {@code --context} file).
     *
     * @return the facts; empty when none was given
     */
    public ContextSettings contextFlags() {
        ContextSettings.Builder flags = ContextSettings.builder();
        if (networkType != null) {
            flags.networkType(networkType);
        }
        if (osType != null) {
            flags.osType(osType);
        }
        if (vpcId != null) {
            flags.vpcId(vpcId);
        }
        if (apiVersion != null) {
            flags.apiVersion(apiVersion);
        }
        flags.putAllSecurityGroupVpcs(securityGroupVpcs);
        return flags.build();
    }

    /**
     * Returns the context file option.
     *
     * @return the file name as given, or null
     */
    public String contextFile() {
        return contextFile;
    }

    /**
     * Returns the tuning options as a settings layer (without the context).
     *
     * @return the ignored codes and {@code --warnings-as-errors} when given
     */
    public ValidationSettings tuning() {
        ValidationSettings.Builder tuning = ValidationSettings.builder().addAllIgnoredCodes(ignore);
        if (warningsAsErrors != null) {
            tuning.warningsAsErrors(warningsAsErrors);
        }
        return tuning.build();
    }

    /** Accepts {@code vpc} and {@code classic}, in any case. */
    public static final class NetworkTypeConverter implements ITypeConverter<NetworkType> {
        @Override
        public NetworkType convert(String value) {
            return choice(value, NetworkType.class);
        }
    }

    /** Accepts {@code linux} and {@code windows}, in any case. */
    public static final class OsTypeConverter implements ITypeConverter<OsType> {
        @Override
        public OsType convert(String value) {
            return choice(value, OsType.class);
        }
    }

    /** Accepts the versions of {@link ApiVersion}, as the API writes them. */
    public static final class ApiVersionConverter implements ITypeConverter<ApiVersion> {
        @Override
        public ApiVersion convert(String value) {
            for (ApiVersion version : ApiVersion.values()) {
                if (version.text().equals(value)) {
                    return version;
                }
            }
            throw new TypeConversionException("'" + value + "' is not one of " + String.join(", ", new ApiVersions()));
        }
    }

    /** The versions of {@link ApiVersion} as the API writes them, for help texts. */
    public static final class ApiVersions implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ApiVersion.values()).map(ApiVersion::text).iterator();
        }
    }

    private static <E extends Enum<E>> E choice(String value, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        throw new TypeConversionException("'" + value + "' is not one of " + String.join(", ",
                Arrays.stream(type.getEnumConstants()).map(constant -> constant.name().toLowerCase(Locale.ROOT)).toList()));
    }

    /**
     * Returns the accepted value a command-line value stands for, ignoring case.
     *
     * @param value the value given
     * @param accepted the accepted values, in lower case
     * @return the accepted value
     * @throws TypeConversionException listing the accepted values
     */
    static String oneOf(String value, String... accepted) {
        String normalised = value.toLowerCase(Locale.ROOT);
        for (String candidate : accepted) {
            if (candidate.equals(normalised)) {
                return candidate;
            }
        }
        throw new TypeConversionException("'" + value + "' is not one of " + String.join(", ", accepted));
    }
}
