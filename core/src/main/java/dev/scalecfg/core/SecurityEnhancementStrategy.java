package dev.scalecfg.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.scalecfg.core.internal.ApiEnums;

/**
 * Whether the security hardening agent is installed. API parameter {@code SecurityEnhancementStrategy}.
 *
 * <p>A closed set: JSON and ESS parameters use the exact API spelling, and any other spelling is
 * rejected with the list of allowed values.
 *
 * @since 0.1.0
 */
public enum SecurityEnhancementStrategy implements ApiValue {
    /** Install it (public images only). */
    ACTIVE("Active"),
    /** Do not install it. */
    DEACTIVE("Deactive");

    private final String apiValue;

    SecurityEnhancementStrategy(String apiValue) {
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
    public static SecurityEnhancementStrategy fromApiValue(String value) {
        return ApiEnums.fromApiValue(SecurityEnhancementStrategy.class, value);
    }
}
