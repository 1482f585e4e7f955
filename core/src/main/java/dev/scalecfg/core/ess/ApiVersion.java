package dev.scalecfg.core.ess;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The two versions of the ESS API. They carry the same concepts, but several repeated
 * parameters were renamed to the plural in 2022 ({@code DataDisk.N} became {@code DataDisks.N},
 * {@code InstanceTypeOverride.N} became {@code InstanceTypeOverrides.N}, and so on).
 *
 * @since 0.1.0
 */
public enum ApiVersion {
    /** The classic RPC API, {@code 2014-08-28} (Terraform, the old SDKs). */
    V2014_08_28("2014-08-28"),
    /** The current API, {@code 2022-02-22} (the Tea/Darabonba SDKs). */
    V2022_02_22("2022-02-22");

    private final String text;

    ApiVersion(String text) {
        this.text = text;
    }

    /**
     * Returns the version as the API writes it.
     *
     * @return {@code 2014-08-28} or {@code 2022-02-22}
     */
    public String text() {
        return text;
    }

    /**
     * Returns the version with this spelling.
     *
     * @param text {@code 2014-08-28} or {@code 2022-02-22} (the constant names are accepted too)
     * @return the version
     * @throws IllegalArgumentException if the spelling is not a known version; the message lists
     *     the known ones
     */
    public static ApiVersion fromString(String text) {
        for (ApiVersion version : values()) {
            if (version.text.equals(text) || version.name().equals(text)) {
                return version;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a known ESS API version; expected one of "
                + Arrays.stream(values()).map(ApiVersion::text).collect(Collectors.joining(", ")));
    }

    /** Returns the version as the API writes it, such as {@code 2022-02-22}. */
    @Override
    public String toString() {
        return text;
    }
}
