package dev.scalecfg.core.scaleout;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An entry of the caller's shortage cache: pools matching it are skipped until {@code until}
 * (exclusive: at exactly {@code now == until} the pool is eligible again). Zone, type and billing
 * may each be omitted, as wildcards; with several matching entries the latest {@code until} counts.
 *
 * <p>JSON: {@code {"zoneId":"z1","instanceType":"ecs.g7.large","billing":"SPOT","until":"2026-11-28T10:03:00Z"}}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableShortage.class)
public interface Shortage extends WithShortage {
    /**
     * Returns the zone, or empty for every zone.
     *
     * @return the zone ID, or empty
     */
    Optional<String> getZoneId();

    /**
     * Returns the instance type, or empty for every type.
     *
     * @return the instance type, or empty
     */
    Optional<String> getInstanceType();

    /**
     * Returns the billing, or empty for both billings.
     *
     * @return the billing, or empty
     */
    Optional<Billing> getBilling();

    /**
     * Returns the instant from which matching pools are eligible again (ISO-8601 in JSON).
     *
     * @return the instant the shortage ends
     */
    @JsonSerialize(using = InstantJson.Writer.class)
    @JsonDeserialize(using = InstantJson.Reader.class)
    Instant getUntil();

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
    final class Builder extends ImmutableShortage.Builder {
        /** Creates an empty builder; prefer {@link Shortage#builder()}. */
        public Builder() {}
    }
}
