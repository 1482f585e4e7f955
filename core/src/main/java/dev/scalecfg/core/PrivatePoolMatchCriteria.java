package dev.scalecfg.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.scalecfg.core.internal.ApiEnums;

/**
 * Which private pool (elasticity assurance, capacity reservation) instances use. API parameter {@code PrivatePoolOptions.MatchCriteria}.
 *
 * <p>A closed set: JSON and ESS parameters use the exact API spelling, and any other spelling is
 * rejected with the list of allowed values.
 *
 * @since 0.1.0
 */
public enum PrivatePoolMatchCriteria implements ApiValue {
    /** Any open private pool that matches. */
    OPEN("Open"),
    /** The pool named by {@code PrivatePoolOptions.Id}. */
    TARGET("Target"),
    /** No private pool. */
    NONE("None");

    private final String apiValue;

    PrivatePoolMatchCriteria(String apiValue) {
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
    public static PrivatePoolMatchCriteria fromApiValue(String value) {
        return ApiEnums.fromApiValue(PrivatePoolMatchCriteria.class, value);
    }
}
