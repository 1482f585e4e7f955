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
            @Pattern(regexp = "sg-\\S+", message = "ID_FORMAT: must start with 'sg-' followed by the ID")
            String> getSecurityGroupId();

    /**
     * Returns the security groups ({@code SecurityGroupIds.N}); excludes {@code securityGroupId}.
     *
     * @return the security groups
     */
    @Size(max = 16, message = "SECURITY_GROUP_COUNT: must list at most {max} security groups")
    List<@Pattern(regexp = "sg-\\S+", message = "ID_FORMAT: must start with 'sg-' followed by the ID") String> getSecurityGroupIds();

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
            @Min(value = 0, message = "BANDWIDTH_OUT_OUT_OF_RANGE: must be 0 to 100 Mbit/s")
            @Max(value = 100, message = "BANDWIDTH_OUT_OUT_OF_RANGE: must be 0 to 100 Mbit/s")
            Integer> getInternetMaxBandwidthOut();

    /**
     * Returns the inbound public bandwidth in Mbit/s ({@code InternetMaxBandwidthIn}).
     *
     * @return the inbound public bandwidth in Mbit/s
     */
    Optional<
            @Min(value = 1, message = "BANDWIDTH_IN_OUT_OF_RANGE: must be at least {value} Mbit/s")
            Integer> getInternetMaxBandwidthIn();

    /**
     * Returns the IPv6 addresses of the primary interface ({@code Ipv6AddressCount}).
     *
     * @return the IPv6 addresses of the primary interface
     */
    Optional<
            @Min(value = 0, message = "VALUE_NEGATIVE: must not be negative")
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
