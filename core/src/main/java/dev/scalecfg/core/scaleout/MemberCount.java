package dev.scalecfg.core.scaleout;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.immutables.value.Value;

/**
 * How many instances of one (zone, instance type, billing) the scaling group already has. Counts
 * are instances; the launcher converts them to capacity units with the configuration's weights (a
 * type not in the configuration counts weight 1). Several entries for the same key add up.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableMemberCount.class)
public interface MemberCount extends WithMemberCount {
    /**
     * Returns the zone of the instances.
     *
     * @return the zone ID
     */
    String getZoneId();

    /**
     * Returns the instance type of the instances.
     *
     * @return the instance type
     */
    String getInstanceType();

    /**
     * Returns the billing of the instances.
     *
     * @return the billing
     */
    Billing getBilling();

    /**
     * Returns the number of instances (not negative).
     *
     * @return the instance count
     */
    int getCount();

    /**
     * Returns the entry.
     *
     * @param zoneId the zone
     * @param instanceType the instance type
     * @param billing the billing
     * @param count the instance count
     * @return the entry
     */
    static MemberCount of(String zoneId, String instanceType, Billing billing, int count) {
        return builder().zoneId(zoneId).instanceType(instanceType).billing(billing).count(count).build();
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
    final class Builder extends ImmutableMemberCount.Builder {
        /** Creates an empty builder; prefer {@link MemberCount#builder()}. */
        public Builder() {}
    }
}
