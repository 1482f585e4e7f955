package dev.scalecfg.core.internal;

import dev.scalecfg.core.ApiValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lookup of API-spelled enum constants, shared by every closed enumeration of the model and by the
 * codecs. The spellings of each enum are computed once per class and cached.
 */
public final class ApiEnums {
    /** Constants by API spelling, in declaration order, computed once per enum class. */
    private static final ClassValue<Map<String, Object>> SPELLINGS = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> byText = new LinkedHashMap<>();
            for (Object constant : type.getEnumConstants()) {
                byText.putIfAbsent(((ApiValue) constant).apiValue(), constant);
            }
            return Collections.unmodifiableMap(byText);
        }
    };

    /** The allowed spellings of each enum, comma separated, computed once per enum class. */
    private static final ClassValue<String> ALLOWED = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            return String.join(", ", SPELLINGS.get(type).keySet());
        }
    };

    private ApiEnums() {}

    /**
     * Returns the constant of {@code type} whose API spelling is {@code value}.
     *
     * @throws IllegalArgumentException naming the value and the allowed spellings
     */
    public static <E extends Enum<E> & ApiValue> E fromApiValue(Class<E> type, String value) {
        E constant = type.cast(constantOrNull(type, value));
        if (constant == null) {
            throw new IllegalArgumentException("'" + value + "' is not a valid " + type.getSimpleName()
                    + "; expected one of " + allowed(type));
        }
        return constant;
    }

    /** Returns the allowed spellings of {@code type}, comma separated, in declaration order. */
    public static <E extends Enum<E> & ApiValue> String allowed(Class<E> type) {
        return allowedSpellings(type);
    }

    /**
     * Returns the constant of an enum that implements {@link ApiValue} whose API spelling is
     * {@code value}, or null.
     *
     * @param enumType an enum class implementing {@link ApiValue}
     * @param value the spelling, may be null
     * @return the constant, or null when no constant has this spelling
     */
    public static Object constantOrNull(Class<?> enumType, String value) {
        return value == null ? null : SPELLINGS.get(enumType).get(value);
    }

    /**
     * Returns the allowed spellings of an enum that implements {@link ApiValue}, comma separated,
     * in declaration order.
     *
     * @param enumType an enum class implementing {@link ApiValue}
     * @return the spellings, such as {@code "Standard, Unlimited"}
     */
    public static String allowedSpellings(Class<?> enumType) {
        return ALLOWED.get(enumType);
    }
}
