package dev.scalecfg.core.scaleout;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.scalecfg.core.DiskCategory;
import java.util.List;
import org.immutables.value.Value;

/**
 * The system disk categories offered for one instance type in one zone. Without an entry, every
 * configured category counts as offered.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableDiskOffer.class)
public interface DiskOffer extends WithDiskOffer {
    /**
     * Returns the zone.
     *
     * @return the zone ID
     */
    String getZoneId();

    /**
     * Returns the instance type.
     *
     * @return the instance type
     */
    String getInstanceType();

    /**
     * Returns the disk categories offered (order irrelevant; empty means none).
     *
     * @return the offered categories
     */
    List<DiskCategory> getCategories();

    /**
     * Returns a new, empty builder.
     *
     * @return a builder
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder initialised with every attribute of this value.
     *
     * @return a builder
     */
    default Builder toBuilder() {
        return new Builder().from(this);
    }

    /** A fluent builder; {@code build()} fails fast on a null or a missing required attribute. */
    final class Builder extends ImmutableDiskOffer.Builder {
        /** Creates an empty builder; prefer {@link DiskOffer#builder()}. */
        public Builder() {}
    }
}
