package dev.scalecfg.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.scalecfg.core.internal.ApiEnums;

/**
 * Performance level of an ESSD disk. API parameters {@code SystemDisk.PerformanceLevel}, {@code DataDisk.N.PerformanceLevel}.
 *
 * <p>A closed set: JSON and ESS parameters use the exact API spelling, and any other spelling is
 * rejected with the list of allowed values.
 *
 * @since 0.1.0
 */
public enum PerformanceLevel implements ApiValue {
    /** Up to 10,000 IOPS. */
    PL0("PL0"),
    /** Up to 50,000 IOPS. */
    PL1("PL1"),
    /** Up to 100,000 IOPS; at least 461 GiB. */
    PL2("PL2"),
    /** Up to 1,000,000 IOPS; at least 1261 GiB. */
    PL3("PL3");

    private final String apiValue;

    PerformanceLevel(String apiValue) {
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
    public static PerformanceLevel fromApiValue(String value) {
        return ApiEnums.fromApiValue(PerformanceLevel.class, value);
    }
}
