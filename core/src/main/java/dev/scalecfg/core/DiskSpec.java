package dev.scalecfg.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A data disk of created instances: API parameters {@code DataDisk.N.*} (2022-02-22: {@code DataDisks.N.*}).
 *
 * <p>Immutable; build it with {@link #builder()}, copy it with {@link #toBuilder()} or the
 * {@code withX} methods. Absent optional values are not sent to the API.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableDiskSpec.class)
public interface DiskSpec extends BaseDiskSpec, WithDiskSpec {

    /**
     * Returns the snapshot the disk is created from ({@code DataDisk.N.SnapshotId}); overrides the size.
     *
     * @return the snapshot the disk is created from
     */
    Optional<
            @Pattern(regexp = "s-\\S+", message = "must start with 's-' followed by the ID", payload = FieldCodes.IdFormat.class)
            String> getSnapshotId();

    /**
     * Returns whether the disk is released with the instance ({@code DataDisk.N.DeleteWithInstance}).
     *
     * @return whether the disk is released with the instance
     */
    Optional<Boolean> getDeleteWithInstance();

    /**
     * Returns the mount point, {@code /dev/xvdb} to {@code /dev/xvdz} ({@code DataDisk.N.Device}; deprecated by ECS).
     *
     * @return the mount point, {@code /dev/xvdb} to {@code /dev/xvdz}
     */
    Optional<
            @Pattern(regexp = "/dev/xvd[b-z]", message = "must be /dev/xvdb to /dev/xvdz", payload = FieldCodes.DeviceFormat.class)
            String> getDevice();

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
    final class Builder extends ImmutableDiskSpec.Builder {
        /** Creates an empty builder; prefer {@link DiskSpec#builder()}. */
        public Builder() {}
    }
}
