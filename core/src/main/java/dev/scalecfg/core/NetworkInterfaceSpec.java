package dev.scalecfg.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An elastic network interface of created instances: API parameters {@code NetworkInterfaces.N.*}. Using interfaces at all requires one primary interface and excludes the top-level security groups and IPv6 count.
 *
 * <p>Immutable; build it with {@link #builder()}, copy it with {@link #toBuilder()} or the
 * {@code withX} methods. Absent optional values are not sent to the API.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableNetworkInterfaceSpec.class)
public interface NetworkInterfaceSpec extends WithNetworkInterfaceSpec {
    /**
     * Returns whether this is the primary or a secondary interface ({@code NetworkInterfaces.N.InstanceType}; API default Secondary).
     *
     * @return whether this is the primary or a secondary interface
     */
    Optional<NetworkInterfaceType> getInterfaceType();

    /**
     * Returns the security groups of this interface ({@code NetworkInterfaces.N.SecurityGroupIds.M}).
     *
     * @return the security groups of this interface
     */
    List<@Pattern(regexp = "sg-\\S+", message = "must start with 'sg-' followed by the ID", payload = FieldCodes.IdFormat.class) String> getSecurityGroupIds();

    /**
     * Returns the IPv6 addresses, primary interface only ({@code NetworkInterfaces.N.Ipv6AddressCount}).
     *
     * @return the IPv6 addresses, primary interface only
     */
    Optional<
            @Min(value = 0, message = "must not be negative", payload = FieldCodes.ValueNegative.class)
            Integer> getIpv6AddressCount();

    /**
     * Returns the communication mode ({@code NetworkInterfaces.N.NetworkInterfaceTrafficMode}).
     *
     * @return the communication mode
     */
    Optional<NetworkInterfaceTrafficMode> getTrafficMode();

    /**
     * Returns the secondary private IPs, 1 to 49 ({@code NetworkInterfaces.N.SecondaryPrivateIpAddressCount}).
     *
     * @return the secondary private IPs, 1 to 49
     */
    Optional<
            @Min(value = ApiLimits.SECONDARY_PRIVATE_IPS_MIN, message = "must be " + ApiLimits.SECONDARY_PRIVATE_IPS_MIN + " to " + ApiLimits.SECONDARY_PRIVATE_IPS_MAX, payload = FieldCodes.SecondaryPrivateIpCountOutOfRange.class)
            @Max(value = ApiLimits.SECONDARY_PRIVATE_IPS_MAX, message = "must be " + ApiLimits.SECONDARY_PRIVATE_IPS_MIN + " to " + ApiLimits.SECONDARY_PRIVATE_IPS_MAX, payload = FieldCodes.SecondaryPrivateIpCountOutOfRange.class)
            Integer> getSecondaryPrivateIpAddressCount();

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
    final class Builder extends ImmutableNetworkInterfaceSpec.Builder {
        /** Creates an empty builder; prefer {@link NetworkInterfaceSpec#builder()}. */
        public Builder() {}
    }
}
