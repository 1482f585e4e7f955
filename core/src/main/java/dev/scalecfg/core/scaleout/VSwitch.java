package dev.scalecfg.core.scaleout;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.immutables.value.Value;

/**
 * One vSwitch of the scaling group, with the zone it lives in. The group's vSwitch list is
 * ordered: the first is the highest priority. Several vSwitches may share a zone.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableVSwitch.class)
public interface VSwitch extends WithVSwitch {
    /**
     * Returns the vSwitch ID, such as {@code vsw-bp1xxxx}.
     *
     * @return the vSwitch ID
     */
    String getId();

    /**
     * Returns the zone of the vSwitch, such as {@code cn-hangzhou-h}.
     *
     * @return the zone ID
     */
    String getZoneId();

    /**
     * Returns the vSwitch.
     *
     * @param id the vSwitch ID
     * @param zoneId the zone ID
     * @return the vSwitch
     */
    static VSwitch of(String id, String zoneId) {
        return builder().id(id).zoneId(zoneId).build();
    }

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
    final class Builder extends ImmutableVSwitch.Builder {
        /** Creates an empty builder; prefer {@link VSwitch#builder()}. */
        public Builder() {}
    }
}
