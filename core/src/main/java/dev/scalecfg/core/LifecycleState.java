package dev.scalecfg.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.scalecfg.core.internal.ApiEnums;

/**
 * Whether a configuration is the one Auto Scaling uses to create instances, as {@code DescribeScalingConfigurations} reports it.
 *
 * <p>A closed set: JSON and ESS parameters use the exact API spelling, and any other spelling is
 * rejected with the list of allowed values.
 *
 * @since 0.1.0
 */
public enum LifecycleState implements ApiValue {
    /** Used for scale-out. */
    ACTIVE("Active"),
    /** Kept in the group but not used. */
    INACTIVE("Inactive");

    private final String apiValue;

    LifecycleState(String apiValue) {
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
    public static LifecycleState fromApiValue(String value) {
        return ApiEnums.fromApiValue(LifecycleState.class, value);
    }
}
