package dev.scalecfg.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * A disk category: API parameters {@code SystemDisk.Category}, {@code SystemDiskCategories.N},
 * {@code DataDisk.N.Category} and {@code DataDisk.N.Categories.M}.
 *
 * <p>An open set: the constants below are the categories the API documents, and
 * {@link #of(String)} also accepts a category the API adds later (for example
 * {@code cloud_essd_entry}), so that nothing a user sends is lost. {@link #isKnown()} tells the
 * two apart; the validator reports unknown categories.
 *
 * @since 0.1.0
 */
public final class DiskCategory implements ApiValue {
    /** Basic disk. */
    public static final DiskCategory CLOUD = new DiskCategory("cloud");
    /** Ultra disk. */
    public static final DiskCategory CLOUD_EFFICIENCY = new DiskCategory("cloud_efficiency");
    /** Standard SSD. */
    public static final DiskCategory CLOUD_SSD = new DiskCategory("cloud_ssd");
    /** Enterprise SSD (ESSD), with a performance level. */
    public static final DiskCategory CLOUD_ESSD = new DiskCategory("cloud_essd");
    /** Local SSD. */
    public static final DiskCategory EPHEMERAL_SSD = new DiskCategory("ephemeral_ssd");
    /** ESSD AutoPL. */
    public static final DiskCategory CLOUD_AUTO = new DiskCategory("cloud_auto");

    private static final List<DiskCategory> KNOWN =
            List.of(CLOUD, CLOUD_EFFICIENCY, CLOUD_SSD, CLOUD_ESSD, EPHEMERAL_SSD, CLOUD_AUTO);

    private final String apiValue;

    private DiskCategory(String apiValue) {
        this.apiValue = apiValue;
    }

    /**
     * Returns the category with this API spelling: a constant when the spelling is documented,
     * otherwise a new unknown category that keeps the spelling.
     *
     * @param apiValue the exact API spelling, not blank
     * @return the category
     * @throws IllegalArgumentException if the spelling is blank
     * @throws NullPointerException if the spelling is null
     */
    @JsonCreator
    public static DiskCategory of(String apiValue) {
        Objects.requireNonNull(apiValue, "apiValue");
        for (DiskCategory known : KNOWN) {
            if (known.apiValue.equals(apiValue)) {
                return known;
            }
        }
        if (apiValue.isBlank()) {
            throw new IllegalArgumentException("a disk category must not be blank");
        }
        return new DiskCategory(apiValue);
    }

    /**
     * Returns the documented categories, in the order of the API reference.
     *
     * @return the documented categories
     */
    public static List<DiskCategory> knownValues() {
        return KNOWN;
    }

    /**
     * Tells whether the API documents this category.
     *
     * @return true for the constants of this class
     */
    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    /**
     * Tells whether this is a cloud disk (basic, ultra, standard SSD or ESSD), the categories that
     * {@code DeleteWithInstance} and the fallback lists accept.
     *
     * @return true for cloud, cloud_efficiency, cloud_ssd and cloud_essd
     */
    public boolean isCloudDisk() {
        return equals(CLOUD) || equals(CLOUD_EFFICIENCY) || equals(CLOUD_SSD) || equals(CLOUD_ESSD);
    }

    @Override
    @JsonValue
    public String apiValue() {
        return apiValue;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DiskCategory && ((DiskCategory) other).apiValue.equals(apiValue);
    }

    @Override
    public int hashCode() {
        return apiValue.hashCode();
    }

    @Override
    public String toString() {
        return apiValue;
    }
}
