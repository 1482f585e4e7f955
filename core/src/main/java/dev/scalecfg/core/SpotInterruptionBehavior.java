package dev.scalecfg.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.scalecfg.core.internal.ApiEnums;

/**
 * What happens to a preemptible instance when it is reclaimed. API parameter {@code SpotInterruptionBehavior}.
 *
 * <p>A closed set: JSON and ESS parameters use the exact API spelling, and any other spelling is
 * rejected with the list of allowed values.
 *
 * @since 0.1.0
 */
public enum SpotInterruptionBehavior implements ApiValue {
    /** Release the instance (the only documented value). */
    TERMINATE("Terminate");

    private final String apiValue;

    SpotInterruptionBehavior(String apiValue) {
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
    public static SpotInterruptionBehavior fromApiValue(String value) {
        return ApiEnums.fromApiValue(SpotInterruptionBehavior.class, value);
    }
}
