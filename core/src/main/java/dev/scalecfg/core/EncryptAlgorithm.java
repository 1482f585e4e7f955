package dev.scalecfg.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.scalecfg.core.internal.ApiEnums;

/**
 * Encryption algorithm of the system disk. API parameter {@code SystemDisk.EncryptAlgorithm}.
 *
 * <p>A closed set: JSON and ESS parameters use the exact API spelling, and any other spelling is
 * rejected with the list of allowed values.
 *
 * @since 0.1.0
 */
public enum EncryptAlgorithm implements ApiValue {
    /** AES-256 (the default). */
    AES_256("AES-256"),
    /** SM4-128. */
    SM4_128("SM4-128");

    private final String apiValue;

    EncryptAlgorithm(String apiValue) {
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
    public static EncryptAlgorithm fromApiValue(String value) {
        return ApiEnums.fromApiValue(EncryptAlgorithm.class, value);
    }
}
