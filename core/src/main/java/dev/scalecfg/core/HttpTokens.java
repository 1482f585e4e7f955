package dev.scalecfg.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.scalecfg.core.internal.ApiEnums;

/**
 * Whether the metadata service requires session tokens (IMDSv2). API parameter {@code HttpTokens} (2022-02-22).
 *
 * <p>A closed set: JSON and ESS parameters use the exact API spelling, and any other spelling is
 * rejected with the list of allowed values.
 *
 * @since 0.1.0
 */
public enum HttpTokens implements ApiValue {
    /** Tokens optional (the default). */
    OPTIONAL("optional"),
    /** Tokens required: hardened mode. */
    REQUIRED("required");

    private final String apiValue;

    HttpTokens(String apiValue) {
        this.apiValue = apiValue;
    }

    @Override
    @JsonValue
    public String apiValue() {
        return apiValue;
    }

    /**
     * Returns the constant with this API spelling.
     *
     * @param value the exact API spelling
     * @return the constant
     * @throws IllegalArgumentException if no constant has this spelling; the message lists the allowed ones
     */
    @JsonCreator
    public static HttpTokens fromApiValue(String value) {
        return ApiEnums.fromApiValue(HttpTokens.class, value);
    }
}
