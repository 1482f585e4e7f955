package dev.scalecfg.core;

import jakarta.validation.Payload;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The stable violation codes of the model's field constraints, carried as Jakarta constraint
 * payloads: each constraint on a model getter names its code with
 * {@code payload = FieldCodes.NameLength.class}, so that a stock Jakarta {@code Validator} shows
 * plain messages ({@code must be 2 to 64 characters long}) while the rule chain of
 * {@code scalecfg-validation} (and any other engine evaluating the same constraints) reports the
 * stable code.
 *
 * <p>The code of a payload is its simple name in upper snake case: {@link NameLength} is
 * {@code NAME_LENGTH}. {@link #codeOf(Set)} finds it among a constraint's payloads:
 * <pre>{@code
 * ConstraintViolation<ScalingConfiguration> found = …;
 * Optional<String> code = FieldCodes.codeOf(found.getConstraintDescriptor().getPayload()); // NAME_LENGTH
 * }</pre>
 * The limits behind the constraints are the constants of {@link ApiLimits}; what each code means,
 * its severity and the parameters it concerns are registered in {@code scalecfg-validation}'s code
 * registry. Each payload's Javadoc names the documented limit.
 *
 * @since 0.2.0
 */
public final class FieldCodes {

    private FieldCodes() {}

    /** NAME_LENGTH: ScalingConfigurationName is 2 to 64 characters long. */
    public interface NameLength extends Payload {}

    /** NAME_FORMAT: ScalingConfigurationName starts with a letter or digit and holds letters, digits, '_', '-' and '.'. */
    public interface NameFormat extends Payload {}

    /** DESCRIPTION_LENGTH: a description is 2 to 256 characters long. */
    public interface DescriptionLength extends Payload {}

    /** DESCRIPTION_FORMAT: a description does not start with http:// or https://. */
    public interface DescriptionFormat extends Payload {}

    /** DISK_NAME_LENGTH: a disk name is 2 to 128 characters long. */
    public interface DiskNameLength extends Payload {}

    /** DISK_NAME_FORMAT: a disk name starts with a letter and holds letters, digits, ':', '_', '.' and '-'. */
    public interface DiskNameFormat extends Payload {}

    /** KEY_PAIR_NAME_LENGTH: KeyPairName is 2 to 128 characters long. */
    public interface KeyPairNameLength extends Payload {}

    /** KEY_PAIR_NAME_FORMAT: KeyPairName starts with a letter and holds letters, digits, ':', '_' and '-'. */
    public interface KeyPairNameFormat extends Payload {}

    /** CLIENT_TOKEN_LENGTH: ClientToken is at most 64 characters long. */
    public interface ClientTokenLength extends Payload {}

    /** CLIENT_TOKEN_FORMAT: ClientToken holds ASCII characters only. */
    public interface ClientTokenFormat extends Payload {}

    /** ID_FORMAT: a resource ID starts with its prefix (asg-, sg-, vsw-, ds-, …). */
    public interface IdFormat extends Payload {}

    /** INSTANCE_TYPE_FORMAT: an instance type looks like ecs.family.size. */
    public interface InstanceTypeFormat extends Payload {}

    /** INSTANCE_TYPE_COUNT: at most 10 instance types. */
    public interface InstanceTypeCount extends Payload {}

    /** WEIGHTED_CAPACITY_OUT_OF_RANGE: a weighted capacity is 1 to 500. */
    public interface WeightedCapacityOutOfRange extends Payload {}

    /** PRICE_NOT_POSITIVE: a price is greater than 0. */
    public interface PriceNotPositive extends Payload {}

    /** PRICE_PRECISION: a price has at most 3 decimal places. */
    public interface PricePrecision extends Payload {}

    /** VALUE_NOT_POSITIVE: a count or size is at least 1 (greater than 0 for decimals). */
    public interface ValueNotPositive extends Payload {}

    /** VALUE_NEGATIVE: a count is not negative. */
    public interface ValueNegative extends Payload {}

    /** PATTERN_FILTER_COUNT: an instance-pattern filter list is not longer than allowed. */
    public interface PatternFilterCount extends Payload {}

    /** ARCHITECTURE_UNKNOWN: an instance-pattern architecture is one of the documented values. */
    public interface ArchitectureUnknown extends Payload {}

    /** SPOT_DURATION_OUT_OF_RANGE: SpotDuration is 0 or 1 hour. */
    public interface SpotDurationOutOfRange extends Payload {}

    /** DATA_DISK_COUNT: at most 16 data disks. */
    public interface DataDiskCount extends Payload {}

    /** DISK_CATEGORIES_COUNT: a disk-category fallback list holds at most 4 categories. */
    public interface DiskCategoriesCount extends Payload {}

    /** DEVICE_FORMAT: a data disk device is /dev/xvdb to /dev/xvdz. */
    public interface DeviceFormat extends Payload {}

    /** BANDWIDTH_OUT_OUT_OF_RANGE: InternetMaxBandwidthOut is 0 to 100 Mbit/s. */
    public interface BandwidthOutOutOfRange extends Payload {}

    /** BANDWIDTH_IN_OUT_OF_RANGE: InternetMaxBandwidthIn is at least 1 Mbit/s. */
    public interface BandwidthInOutOfRange extends Payload {}

    /** SECURITY_GROUP_COUNT: at most 16 security groups. */
    public interface SecurityGroupCount extends Payload {}

    /** SECONDARY_PRIVATE_IP_COUNT_OUT_OF_RANGE: SecondaryPrivateIpAddressCount is 1 to 49. */
    public interface SecondaryPrivateIpCountOutOfRange extends Payload {}

    /** LOAD_BALANCER_WEIGHT_OUT_OF_RANGE: LoadBalancerWeight is 1 to 100. */
    public interface LoadBalancerWeightOutOfRange extends Payload {}

    /** TAG_COUNT: at most 20 tags. */
    public interface TagCount extends Payload {}

    /** TAG_KEY_LENGTH: a tag key is 1 to 64 characters long. */
    public interface TagKeyLength extends Payload {}

    /** TAG_VALUE_LENGTH: a tag value is at most 128 characters long. */
    public interface TagValueLength extends Payload {}

    /** TAG_RESERVED_PREFIX: a tag key or value does not start with aliyun or acs:. */
    public interface TagReservedPrefix extends Payload {}

    /** TAG_URL: a tag key or value does not contain http:// or https://. */
    public interface TagUrl extends Payload {}

    /** STORAGE_SET_PARTITION_OUT_OF_RANGE: StorageSetPartitionNumber is at least 2. */
    public interface StorageSetPartitionOutOfRange extends Payload {}

    /** PRIVATE_POOL_TAG_COUNT: at most 20 private pool tags. */
    public interface PrivatePoolTagCount extends Payload {}

    /**
     * Returns the code a payload type stands for: its simple name in upper snake case.
     *
     * @param payload a payload type nested in this class, such as {@code NameLength.class}
     * @return the code, such as {@code NAME_LENGTH}
     * @throws IllegalArgumentException when the type is not one of this class's payloads
     */
    public static String code(Class<? extends Payload> payload) {
        if (payload.getEnclosingClass() != FieldCodes.class) {
            throw new IllegalArgumentException(payload.getName() + " is not a FieldCodes payload");
        }
        String name = payload.getSimpleName();
        StringBuilder code = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                code.append('_');
            }
            code.append(c);
        }
        return code.toString().toUpperCase(Locale.ROOT);
    }

    /**
     * Finds the code among the payloads of one constraint ({@code ConstraintDescriptor.getPayload()}).
     *
     * @param payloads the payloads of one constraint
     * @return the code of the payload nested in this class; empty when there is none
     */
    public static Optional<String> codeOf(Set<Class<? extends Payload>> payloads) {
        for (Class<? extends Payload> payload : payloads) {
            if (payload.getEnclosingClass() == FieldCodes.class) {
                return Optional.of(code(payload));
            }
        }
        return Optional.empty();
    }

    /**
     * Returns every payload type of this class, sorted by name.
     *
     * @return the payload types, unmodifiable
     */
    @SuppressWarnings("unchecked") // checked by isAssignableFrom
    public static List<Class<? extends Payload>> all() {
        List<Class<? extends Payload>> all = new ArrayList<>();
        for (Class<?> nested : FieldCodes.class.getDeclaredClasses()) {
            if (Payload.class.isAssignableFrom(nested)) {
                all.add((Class<? extends Payload>) nested);
            }
        }
        all.sort(Comparator.comparing(Class::getSimpleName));
        return List.copyOf(all);
    }
}
