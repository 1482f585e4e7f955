package dev.scalecfg.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.scalecfg.core.internal.ApiEnums;

/**
 * Whether an instance stopped in economical mode restarts on the same dedicated host. API parameter {@code Affinity}.
 *
 * <p>A closed set: JSON and ESS parameters use the exact API spelling, and any other spelling is
 * rejected with the list of allowed values.
 *
 * @since 0.1.0
 */
public enum Affinity implements ApiValue {
    /** Any host (the default). */
    DEFAULT("default"),
    /** The same dedicated host. */
    HOST("host");

    private final String apiValue;

    Affinity(String apiValue) {
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
    public static Affinity fromApiValue(String value) {
        return ApiEnums.fromApiValue(Affinity.class, value);
    }
}
