package dev.scalecfg.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.scalecfg.core.internal.ApiEnums;

/**
 * Communication mode of an elastic network interface. API parameter {@code NetworkInterfaces.N.NetworkInterfaceTrafficMode}.
 *
 * <p>A closed set: JSON and ESS parameters use the exact API spelling, and any other spelling is
 * rejected with the list of allowed values.
 *
 * @since 0.1.0
 */
public enum NetworkInterfaceTrafficMode implements ApiValue {
    /** TCP (the default). */
    STANDARD("Standard"),
    /** ERI with RDMA. */
    HIGH_PERFORMANCE("HighPerformance");

    private final String apiValue;

    NetworkInterfaceTrafficMode(String apiValue) {
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
    public static NetworkInterfaceTrafficMode fromApiValue(String value) {
        return ApiEnums.fromApiValue(NetworkInterfaceTrafficMode.class, value);
    }
}
