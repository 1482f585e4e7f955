package dev.scalecfg.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.scalecfg.core.internal.ApiEnums;

/**
 * The billing method of created instances: pay-as-you-go ({@code NoSpot}) or preemptible (spot). API parameter {@code SpotStrategy}.
 *
 * <p>A closed set: JSON and ESS parameters use the exact API spelling, and any other spelling is
 * rejected with the list of allowed values.
 *
 * @since 0.1.0
 */
public enum SpotStrategy implements ApiValue {
    /** Pay-as-you-go instances (the API default). */
    NO_SPOT("NoSpot"),
    /** Preemptible instances with a maximum hourly price per instance type. */
    SPOT_WITH_PRICE_LIMIT("SpotWithPriceLimit"),
    /** Preemptible instances that pay the market price. */
    SPOT_AS_PRICE_GO("SpotAsPriceGo");

    private final String apiValue;

    SpotStrategy(String apiValue) {
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
    public static SpotStrategy fromApiValue(String value) {
        return ApiEnums.fromApiValue(SpotStrategy.class, value);
    }
}
