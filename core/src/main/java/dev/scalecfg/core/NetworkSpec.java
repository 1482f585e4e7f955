package dev.scalecfg.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Network settings of created instances: security groups, public bandwidth, IPv6 and network interfaces.
 *
 * <p>Immutable; build it with {@link #builder()}, copy it with {@link #toBuilder()} or the
 * {@code withX} methods. Absent optional values are not sent to the API.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableNetworkSpec.class)
public interface NetworkSpec extends WithNetworkSpec {
    /**
     * Returns the security group ({@code SecurityGroupId}); excludes {@code securityGroupIds}.
     *
     * @return the security group
     */
    Optional<
            @Pattern(regexp = "sg-\\S+", message = "must start with 'sg-' followed by the ID", payload = FieldCodes.IdFormat.class)
            String> getSecurityGroupId();

    /**
     * Returns the security groups ({@code SecurityGroupIds.N}); excludes {@code securityGroupId}.
     *
     * @return the security groups
     */
    @Size(max = ApiLimits.SECURITY_GROUPS_MAX, message = "must list at most {max} security groups", payload = FieldCodes.SecurityGroupCount.class)
    List<@Pattern(regexp = "sg-\\S+", message = "must start with 'sg-' followed by the ID", payload = FieldCodes.IdFormat.class) String> getSecurityGroupIds();

    /**
     * Returns the billing of public bandwidth ({@code InternetChargeType}).
     *
     * @return the billing of public bandwidth
     */
    Optional<InternetChargeType> getInternetChargeType();

    /**
     * Returns the outbound public bandwidth in Mbit/s, 0 to 100; above 0 the instances get a public IPv4 address ({@code InternetMaxBandwidthOut}).
     *
     * @return the outbound public bandwidth in Mbit/s, 0 to 100
     */
    Optional<
            @Min(value = ApiLimits.BANDWIDTH_OUT_MIN, message = "must be " + ApiLimits.BANDWIDTH_OUT_MIN + " to " + ApiLimits.BANDWIDTH_OUT_MAX + " Mbit/s", payload = FieldCodes.BandwidthOutOutOfRange.class)
            @Max(value = ApiLimits.BANDWIDTH_OUT_MAX, message = "must be " + ApiLimits.BANDWIDTH_OUT_MIN + " to " + ApiLimits.BANDWIDTH_OUT_MAX + " Mbit/s", payload = FieldCodes.BandwidthOutOutOfRange.class)
            Integer> getInternetMaxBandwidthOut();

    /**
     * Returns the inbound public bandwidth in Mbit/s ({@code InternetMaxBandwidthIn}).
     *
     * @return the inbound public bandwidth in Mbit/s
     */
    Optional<
            @Min(value = ApiLimits.BANDWIDTH_IN_MIN, message = "must be at least {value} Mbit/s", payload = FieldCodes.BandwidthInOutOfRange.class)
            Integer> getInternetMaxBandwidthIn();

    /**
     * Returns the IPv6 addresses of the primary interface ({@code Ipv6AddressCount}).
     *
     * @return the IPv6 addresses of the primary interface
     */
    Optional<
            @Min(value = 0, message = "must not be negative", payload = FieldCodes.ValueNegative.class)
            Integer> getIpv6AddressCount();

    /**
     * Returns whether the instances are I/O optimized ({@code IoOptimized}).
     *
     * @return whether the instances are I/O optimized
     */
    Optional<IoOptimized> getIoOptimized();

    /**
     * Returns the network interfaces ({@code NetworkInterfaces.N}).
     *
     * @return the network interfaces
     */
    List<@Valid NetworkInterfaceSpec> getNetworkInterfaces();

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
    final class Builder extends ImmutableNetworkSpec.Builder {
        /** Creates an empty builder; prefer {@link NetworkSpec#builder()}. */
        public Builder() {}
    }
}
