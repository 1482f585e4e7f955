package dev.scalecfg.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

/**
 * A (instance type, vSwitch) pair tried before the others under the scaling group's priority policy: API parameters {@code CustomPriorities.N.InstanceType} and {@code CustomPriorities.N.VswitchId}.
 *
 * <p>Immutable; build it with {@link #builder()}, copy it with {@link #toBuilder()} or the
 * {@code withX} methods. Absent optional values are not sent to the API.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableCustomPriority.class)
public interface CustomPriority extends WithCustomPriority {
    /**
     * Returns the instance type, one of the configuration's types.
     *
     * @return the instance type, one of the configuration's types
     */
    @Pattern(regexp = "ecs\\.[a-z0-9][a-z0-9-]*\\.[a-z0-9-]+", message = "must look like ecs.<family>.<size>, such as ecs.g7.large", payload = FieldCodes.InstanceTypeFormat.class)
    String getInstanceType();

    /**
     * Returns the vSwitch, one of the scaling group's vSwitches.
     *
     * @return the vSwitch, one of the scaling group's vSwitches
     */
    @Pattern(regexp = "vsw-\\S+", message = "must start with 'vsw-' followed by the ID", payload = FieldCodes.IdFormat.class)
    String getVswitchId();

    /**
     * Returns a new, empty builder.
     *
     * @return a builder
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the pair.
     *
     * @param instanceType the instance type
     * @param vswitchId the vSwitch ID
     * @return the pair
     */
    static CustomPriority of(String instanceType, String vswitchId) {
        return builder().instanceType(instanceType).vswitchId(vswitchId).build();
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
    final class Builder extends ImmutableCustomPriority.Builder {
        /** Creates an empty builder; prefer {@link CustomPriority#builder()}. */
        public Builder() {}
    }
}
