package dev.scalecfg.core.internal;

import dev.scalecfg.core.ApiValue;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Lookup of API-spelled enum constants, shared by every closed enumeration of the model. */
public final class ApiEnums {
    private ApiEnums() {}

    /**
     * Returns the constant of {@code type} whose API spelling is {@code value}.
     *
     * @throws IllegalArgumentException naming the value and the allowed spellings
     */
    public static <E extends Enum<E> & ApiValue> E fromApiValue(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.apiValue().equals(value)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("'" + value + "' is not a valid " + type.getSimpleName()
                + "; expected one of " + allowed(type));
    }

    /** Returns the allowed spellings of {@code type}, comma separated, in declaration order. */
    public static <E extends Enum<E> & ApiValue> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(ApiValue::apiValue).collect(Collectors.joining(", "));
    }
}
