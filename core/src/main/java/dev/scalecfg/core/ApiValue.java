package dev.scalecfg.core;

/**
 * A value with an exact spelling in the ESS API, such as {@code SpotWithPriceLimit} or
 * {@code cloud_essd}.
 *
 * @since 0.1.0
 */
public interface ApiValue {
    /**
     * Returns the value exactly as the ESS API spells it.
     *
     * @return the API spelling, never null
     */
    String apiValue();
}
