package dev.scalecfg.cli.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The validation-context options shared by {@code validate} and {@code preview}. */
public final class ValidationOptions {
    /** The accepted API versions. */
    public static final String API_2014 = "2014-08-28";
    /** The accepted API versions. */
    public static final String API_2022 = "2022-02-22";

    @Option(names = "--network-type", paramLabel = "vpc|classic", converter = NetworkTypeConverter.class,
            description = "Network type of the scaling group (default: unknown; rules that need it are skipped).")
    String networkType;

    @Option(names = "--os-type", paramLabel = "linux|windows", converter = OsTypeConverter.class,
            description = "Operating system of the image (default: inferred from a public image ID).")
    String osType;

    @Option(names = "--vpc-id", paramLabel = "VPC", description = "VPC of the scaling group's vSwitches.")
    String vpcId;

    @Option(names = "--security-group-vpc", paramLabel = "SG=VPC",
            description = "VPC a security group belongs to; repeat for several groups.")
    Map<String, String> securityGroupVpcs = new LinkedHashMap<>();

    @Option(names = "--context", paramLabel = "FILE",
            description = "JSON file with the whole validation context; the options above override it.")
    String contextFile;

    @Option(names = "--api-version", paramLabel = API_2014 + "|" + API_2022, converter = ApiVersionConverter.class,
            description = "API version whose parameter names appear in the output (default: " + API_2014 + ").")
    String apiVersion;

    /**
     * Returns the network type option.
     *
     * @return {@code vpc}, {@code classic} or null
     */
    public String networkType() {
        return networkType;
    }

    /**
     * Returns the OS type option.
     *
     * @return {@code linux}, {@code windows} or null
     */
    public String osType() {
        return osType;
    }

    /**
     * Returns the VPC option.
     *
     * @return the VPC ID or null
     */
    public String vpcId() {
        return vpcId;
    }

    /**
     * Returns the security group to VPC map.
     *
     * @return the map, never null
     */
    public Map<String, String> securityGroupVpcs() {
        return securityGroupVpcs;
    }

    /**
     * Returns the context file option.
     *
     * @return the file name or null
     */
    public String contextFile() {
        return contextFile;
    }

    /**
     * Returns the API version.
     *
     * @return {@code 2014-08-28} or {@code 2022-02-22}
     */
    public String apiVersion() {
        return apiVersion == null ? API_2014 : apiVersion;
    }

    /**
     * Tells whether {@code --api-version} was given.
     *
     * @return true when given on the command line
     */
    public boolean apiVersionGiven() {
        return apiVersion != null;
    }

    /** Accepts {@code vpc} and {@code classic}. */
    public static final class NetworkTypeConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return oneOf(value, "vpc", "classic");
        }
    }

    /** Accepts {@code linux} and {@code windows}. */
    public static final class OsTypeConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return oneOf(value, "linux", "windows");
        }
    }

    /** Accepts the two ESS API versions. */
    public static final class ApiVersionConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return oneOf(value, API_2014, API_2022);
        }
    }

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
