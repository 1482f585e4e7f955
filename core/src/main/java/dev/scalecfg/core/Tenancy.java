package dev.scalecfg.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.scalecfg.core.internal.ApiEnums;

/**
 * Whether instances go on a dedicated host. API parameter {@code Tenancy}.
 *
 * <p>A closed set: JSON and ESS parameters use the exact API spelling, and any other spelling is
 * rejected with the list of allowed values.
 *
 * @since 0.1.0
 */
public enum Tenancy implements ApiValue {
    /** Shared hardware (the default). */
    DEFAULT("default"),
    /** A dedicated host. */
    HOST("host");

    private final String apiValue;

    Tenancy(String apiValue) {
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
    public static Tenancy fromApiValue(String value) {
        return ApiEnums.fromApiValue(Tenancy.class, value);
    }
}
