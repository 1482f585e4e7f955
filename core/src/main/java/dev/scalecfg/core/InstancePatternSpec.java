package dev.scalecfg.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An intelligent-mode instance pattern: API parameters {@code InstancePatternInfos.N.*} (2014-08-28: {@code InstancePatternInfo.N.*}). ESS picks the cheapest type that matches. VPC scaling groups only; {@code Cores} and {@code Memory} are both required.
 *
 * <p>Immutable; build it with {@link #builder()}, copy it with {@link #toBuilder()} or the
 * {@code withX} methods. Absent optional values are not sent to the API.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableInstancePatternSpec.class)
public interface InstancePatternSpec extends WithInstancePatternSpec {
    /**
     * Returns the vCPU count ({@code Cores}).
     *
     * @return the vCPU count
     */
    Optional<
            @Min(value = 1, message = "must be at least {value}", payload = FieldCodes.ValueNotPositive.class)
            Integer> getCores();

    /**
     * Returns the memory in GiB ({@code Memory}).
     *
     * @return the memory in GiB
     */
    Optional<
            @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0", payload = FieldCodes.ValueNotPositive.class)
            BigDecimal> getMemory();

    /**
     * Returns the maximum hourly price, required with {@code SpotWithPriceLimit} ({@code MaxPrice}).
     *
     * @return the maximum hourly price, required with {@code SpotWithPriceLimit}
     */
    Optional<
            @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0", payload = FieldCodes.PriceNotPositive.class)
            @Digits(integer = ApiLimits.PRICE_INTEGER_DIGITS_MAX, fraction = ApiLimits.PRICE_DECIMALS_MAX, message = "must have at most {integer} integer digits and {fraction} decimal places", payload = FieldCodes.PricePrecision.class)
            @DecimalMax(value = ApiLimits.PRICE_MAX, message = "must have at most " + ApiLimits.PRICE_INTEGER_DIGITS_MAX + " integer digits and " + ApiLimits.PRICE_DECIMALS_MAX + " decimal places", payload = FieldCodes.PricePrecision.class)
            BigDecimal> getMaxPrice();

    /**
     * Returns the instance family level ({@code InstanceFamilyLevel}).
     *
     * @return the instance family level
     */
    Optional<InstanceFamilyLevel> getInstanceFamilyLevel();

    /**
     * Returns whether burstable types may be chosen ({@code BurstablePerformance}).
     *
     * @return whether burstable types may be chosen
     */
    Optional<BurstablePerformance> getBurstablePerformance();

    /**
     * Returns the architectures, such as {@code X86} or {@code Arm} ({@code Architectures.M}; 2014-08-28: {@code Architecture.M}).
     *
     * @return the architectures, such as {@code X86} or {@code Arm}
     */
    List<@Pattern(regexp = "X86|Heterogeneous|BareMetal|BareMental|Arm|SuperComputeCluster", message = "must be one of X86, Heterogeneous, BareMetal, Arm, SuperComputeCluster", payload = FieldCodes.ArchitectureUnknown.class) String> getArchitectures();

    /**
     * Returns the excluded types, wildcards allowed ({@code ExcludedInstanceTypes.M}; 2014-08-28: {@code ExcludedInstanceType.M}).
     *
     * @return the excluded types, wildcards allowed
     */
    List<String> getExcludedInstanceTypes();

    /**
     * Returns the instance families to choose from ({@code InstanceTypeFamilies.M}).
     *
     * @return the instance families to choose from
     */
    @Size(max = ApiLimits.PATTERN_FILTERS_MAX, message = "must list at most {max} entries", payload = FieldCodes.PatternFilterCount.class)
    List<String> getInstanceTypeFamilies();

    /**
     * Returns the instance categories, such as {@code General-purpose} ({@code InstanceCategories.M}).
     *
     * @return the instance categories, such as {@code General-purpose}
     */
    @Size(max = ApiLimits.PATTERN_FILTERS_MAX, message = "must list at most {max} entries", payload = FieldCodes.PatternFilterCount.class)
    List<String> getInstanceCategories();

    /**
     * Returns the CPU architectures, {@code X86} or {@code ARM} ({@code CpuArchitectures.M}).
     *
     * @return the CPU architectures, {@code X86} or {@code ARM}
     */
    @Size(max = ApiLimits.PATTERN_CPU_ARCHITECTURES_MAX, message = "must list at most {max} entries", payload = FieldCodes.PatternFilterCount.class)
    List<@Pattern(regexp = "X86|ARM", message = "must be X86 or ARM", payload = FieldCodes.ArchitectureUnknown.class) String> getCpuArchitectures();

    /**
     * Returns the processor models ({@code PhysicalProcessorModels.M}).
     *
     * @return the processor models
     */
    @Size(max = ApiLimits.PATTERN_FILTERS_MAX, message = "must list at most {max} entries", payload = FieldCodes.PatternFilterCount.class)
    List<String> getPhysicalProcessorModels();

    /**
     * Returns the GPU models ({@code GpuSpecs.M}).
     *
     * @return the GPU models
     */
    List<String> getGpuSpecs();

    /**
     * Returns the minimum vCPU count ({@code MinimumCpuCoreCount}).
     *
     * @return the minimum vCPU count
     */
    Optional<
            @Min(value = 1, message = "must be at least {value}", payload = FieldCodes.ValueNotPositive.class)
            Integer> getMinimumCpuCoreCount();

    /**
     * Returns the maximum vCPU count ({@code MaximumCpuCoreCount}).
     *
     * @return the maximum vCPU count
     */
    Optional<
            @Min(value = 1, message = "must be at least {value}", payload = FieldCodes.ValueNotPositive.class)
            Integer> getMaximumCpuCoreCount();

    /**
     * Returns the minimum memory in GiB ({@code MinimumMemorySize}).
     *
     * @return the minimum memory in GiB
     */
    Optional<
            @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0", payload = FieldCodes.ValueNotPositive.class)
            BigDecimal> getMinimumMemorySize();

    /**
     * Returns the maximum memory in GiB ({@code MaximumMemorySize}).
     *
     * @return the maximum memory in GiB
     */
    Optional<
            @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0", payload = FieldCodes.ValueNotPositive.class)
            BigDecimal> getMaximumMemorySize();

    /**
     * Returns the minimum GPU count ({@code MinimumGpuAmount}).
     *
     * @return the minimum GPU count
     */
    Optional<
            @Min(value = 1, message = "must be at least {value}", payload = FieldCodes.ValueNotPositive.class)
            Integer> getMinimumGpuAmount();

    /**
     * Returns the maximum GPU count ({@code MaximumGpuAmount}).
     *
     * @return the maximum GPU count
     */
    Optional<
            @Min(value = 1, message = "must be at least {value}", payload = FieldCodes.ValueNotPositive.class)
            Integer> getMaximumGpuAmount();

    /**
     * Returns the minimum initial credit of burstable types ({@code MinimumInitialCredit}).
     *
     * @return the minimum initial credit of burstable types
     */
    Optional<
            @Min(value = 0, message = "must not be negative", payload = FieldCodes.ValueNegative.class)
            Integer> getMinimumInitialCredit();

    /**
     * Returns the minimum baseline credit of burstable types ({@code MinimumBaselineCredit}).
     *
     * @return the minimum baseline credit of burstable types
     */
    Optional<
            @Min(value = 0, message = "must not be negative", payload = FieldCodes.ValueNegative.class)
            Integer> getMinimumBaselineCredit();

    /**
     * Returns the minimum number of ENIs ({@code MinimumEniQuantity}).
     *
     * @return the minimum number of ENIs
     */
    Optional<
            @Min(value = 0, message = "must not be negative", payload = FieldCodes.ValueNegative.class)
            Integer> getMinimumEniQuantity();

    /**
     * Returns the minimum private IPs per ENI ({@code MinimumEniPrivateIpAddressQuantity}).
     *
     * @return the minimum private IPs per ENI
     */
    Optional<
            @Min(value = 0, message = "must not be negative", payload = FieldCodes.ValueNegative.class)
            Integer> getMinimumEniPrivateIpAddressQuantity();

    /**
     * Returns the minimum IPv6 addresses per ENI ({@code MinimumEniIpv6AddressQuantity}).
     *
     * @return the minimum IPv6 addresses per ENI
     */
    Optional<
            @Min(value = 0, message = "must not be negative", payload = FieldCodes.ValueNegative.class)
            Integer> getMinimumEniIpv6AddressQuantity();

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
    final class Builder extends ImmutableInstancePatternSpec.Builder {
        /** Creates an empty builder; prefer {@link InstancePatternSpec#builder()}. */
        public Builder() {}
    }
}
