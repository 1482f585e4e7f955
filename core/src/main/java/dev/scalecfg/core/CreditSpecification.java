package dev.scalecfg.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.scalecfg.core.internal.ApiEnums;

/**
 * Performance mode of burstable instance types (t5, t6). API parameter {@code CreditSpecification}.
 *
 * <p>A closed set: JSON and ESS parameters use the exact API spelling, and any other spelling is
 * rejected with the list of allowed values.
 *
 * @since 0.1.0
 */
public enum CreditSpecification implements ApiValue {
    /** Performance falls back to the baseline when credits run out. */
    STANDARD("Standard"),
    /** May run above the baseline at extra charge. */
    UNLIMITED("Unlimited");

    private final String apiValue;

    CreditSpecification(String apiValue) {
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
    public static CreditSpecification fromApiValue(String value) {
        return ApiEnums.fromApiValue(CreditSpecification.class, value);
    }
}
