package dev.scalecfg.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.scalecfg.core.internal.ApiEnums;

/**
 * Whether intelligent mode may choose burstable types. API parameter {@code InstancePatternInfos.N.BurstablePerformance}.
 *
 * <p>A closed set: JSON and ESS parameters use the exact API spelling, and any other spelling is
 * rejected with the list of allowed values.
 *
 * @since 0.1.0
 */
public enum BurstablePerformance implements ApiValue {
    /** Never burstable types. */
    EXCLUDE("Exclude"),
    /** Burstable types allowed (the default). */
    INCLUDE("Include"),
    /** Only burstable types. */
    REQUIRED("Required");

    private final String apiValue;

    BurstablePerformance(String apiValue) {
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
    public static BurstablePerformance fromApiValue(String value) {
        return ApiEnums.fromApiValue(BurstablePerformance.class, value);
    }
}
