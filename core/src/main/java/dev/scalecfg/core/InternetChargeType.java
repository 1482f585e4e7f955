package dev.scalecfg.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.scalecfg.core.internal.ApiEnums;

/**
 * Billing of public bandwidth. API parameter {@code InternetChargeType}.
 *
 * <p>A closed set: JSON and ESS parameters use the exact API spelling, and any other spelling is
 * rejected with the list of allowed values.
 *
 * @since 0.1.0
 */
public enum InternetChargeType implements ApiValue {
    /** Pay for the bandwidth cap. */
    PAY_BY_BANDWIDTH("PayByBandwidth"),
    /** Pay for the traffic used. */
    PAY_BY_TRAFFIC("PayByTraffic");

    private final String apiValue;

    InternetChargeType(String apiValue) {
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
    public static InternetChargeType fromApiValue(String value) {
        return ApiEnums.fromApiValue(InternetChargeType.class, value);
    }
}
