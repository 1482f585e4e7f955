package dev.scalecfg.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.scalecfg.core.internal.ApiEnums;

/**
 * How public and private resource pools are used. API parameter {@code ResourcePoolOptions.Strategy} (2022-02-22).
 *
 * <p>A closed set: JSON and ESS parameters use the exact API spelling, and any other spelling is
 * rejected with the list of allowed values.
 *
 * @since 0.1.0
 */
public enum ResourcePoolStrategy implements ApiValue {
    /** Private pools first, then the public pool. */
    PRIVATE_POOL_FIRST("PrivatePoolFirst"),
    /** Only the listed private pools. */
    PRIVATE_POOL_ONLY("PrivatePoolOnly"),
    /** The public pool first (preview). */
    PUBLIC_POOL_FIRST("PublicPoolFirst"),
    /** No private pools (the default). */
    NONE("None");

    private final String apiValue;

    ResourcePoolStrategy(String apiValue) {
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
    public static ResourcePoolStrategy fromApiValue(String value) {
        return ApiEnums.fromApiValue(ResourcePoolStrategy.class, value);
    }
}
