package dev.scalecfg.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.scalecfg.core.internal.ApiEnums;

/**
 * Whether the instance metadata service is reachable. API parameter {@code HttpEndpoint} (2022-02-22).
 *
 * <p>A closed set: JSON and ESS parameters use the exact API spelling, and any other spelling is
 * rejected with the list of allowed values.
 *
 * @since 0.1.0
 */
public enum HttpEndpoint implements ApiValue {
    /** Reachable (the default). */
    ENABLED("enabled"),
    /** Not reachable. */
    DISABLED("disabled");

    private final String apiValue;

    HttpEndpoint(String apiValue) {
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
    public static HttpEndpoint fromApiValue(String value) {
        return ApiEnums.fromApiValue(HttpEndpoint.class, value);
    }
}
