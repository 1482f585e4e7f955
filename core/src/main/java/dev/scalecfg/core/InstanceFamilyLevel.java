package dev.scalecfg.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.scalecfg.core.internal.ApiEnums;

/**
 * Instance family level in intelligent mode. API parameter {@code InstancePatternInfos.N.InstanceFamilyLevel}.
 *
 * <p>A closed set: JSON and ESS parameters use the exact API spelling, and any other spelling is
 * rejected with the list of allowed values.
 *
 * @since 0.1.0
 */
public enum InstanceFamilyLevel implements ApiValue {
    /** Shared instance families. */
    ENTRY_LEVEL("EntryLevel"),
    /** Enterprise instance families. */
    ENTERPRISE_LEVEL("EnterpriseLevel"),
    /** Burstable instance families. */
    CREDIT_ENTRY_LEVEL("CreditEntryLevel");

    private final String apiValue;

    InstanceFamilyLevel(String apiValue) {
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
    public static InstanceFamilyLevel fromApiValue(String value) {
        return ApiEnums.fromApiValue(InstanceFamilyLevel.class, value);
    }
}
