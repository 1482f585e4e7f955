package dev.scalecfg.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where created instances are placed: zone, deployment set, E-HPC cluster and dedicated hosts.
 *
 * <p>Immutable; build it with {@link #builder()}, copy it with {@link #toBuilder()} or the
 * {@code withX} methods. Absent optional values are not sent to the API.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonDeserialize(as = ImmutablePlacementSpec.class)
public interface PlacementSpec extends WithPlacementSpec {
    /**
     * Returns the zone ({@code ZoneId}).
     *
     * @return the zone
     */
    Optional<String> getZoneId();

    /**
     * Returns the deployment set ({@code DeploymentSetId}).
     *
     * @return the deployment set
     */
    Optional<
            @Pattern(regexp = "ds-\\S+", message = "must start with 'ds-' followed by the ID", payload = FieldCodes.IdFormat.class)
            String> getDeploymentSetId();

    /**
     * Returns the E-HPC cluster ({@code HpcClusterId}).
     *
     * @return the E-HPC cluster
     */
    Optional<String> getHpcClusterId();

    /**
     * Returns whether instances go on a dedicated host ({@code Tenancy}).
     *
     * @return whether instances go on a dedicated host
     */
    Optional<Tenancy> getTenancy();

    /**
     * Returns whether a stopped instance restarts on the same host ({@code Affinity}).
     *
     * @return whether a stopped instance restarts on the same host
     */
    Optional<Affinity> getAffinity();

    /**
     * Returns the dedicated host ({@code DedicatedHostId}); disables spot settings.
     *
     * @return the dedicated host
     */
    Optional<
            @Pattern(regexp = "dh-\\S+", message = "must start with 'dh-' followed by the ID", payload = FieldCodes.IdFormat.class)
            String> getDedicatedHostId();

    /**
     * Returns the dedicated host cluster ({@code DedicatedHostClusterId}).
     *
     * @return the dedicated host cluster
     */
    Optional<
            @Pattern(regexp = "dc-\\S+", message = "must start with 'dc-' followed by the ID", payload = FieldCodes.IdFormat.class)
            String> getDedicatedHostClusterId();

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
    final class Builder extends ImmutablePlacementSpec.Builder {
        /** Creates an empty builder; prefer {@link PlacementSpec#builder()}. */
        public Builder() {}
    }
}
