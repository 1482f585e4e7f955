package dev.scalecfg.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.scalecfg.core.internal.ApiEnums;

/**
 * Whether instances are I/O optimized. API parameter {@code IoOptimized}.
 *
 * <p>A closed set: JSON and ESS parameters use the exact API spelling, and any other spelling is
 * rejected with the list of allowed values.
 *
 * @since 0.1.0
 */
public enum IoOptimized implements ApiValue {
    /** Not I/O optimized (retired instance types only). */
    NONE("none"),
    /** I/O optimized (the default). */
    OPTIMIZED("optimized");

    private final String apiValue;

    IoOptimized(String apiValue) {
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
    public static IoOptimized fromApiValue(String value) {
        return ApiEnums.fromApiValue(IoOptimized.class, value);
    }
}
