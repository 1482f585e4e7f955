package dev.scalecfg.core.scaleout;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.scalecfg.core.InstanceFamilyLevel;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of the capacity snapshot's instance-type catalog: what an instance type is, as ECS
 * {@code DescribeInstanceTypes} describes it. The launcher resolves a configuration's
 * intelligent-mode patterns ({@code InstancePatternInfos}) against the catalog.
 *
 * <p>Only the type, its vCPUs and its memory are required. An attribute the catalog leaves out is
 * unknown: a pattern that filters on it does not match the type (the plan's trace says
 * {@code PATTERN_ATTRIBUTE_UNKNOWN}), except the family, which is read from the name, and
 * {@code burstable}, which defaults to false.
 *
 * <p>JSON: {@code {"instanceType": "ecs.g7.large", "vcpus": 2, "memory": 8, "familyLevel": "EnterpriseLevel",
 * "architecture": "X86", "cpuArchitecture": "X86", "gpuAmount": 0}}
 *
 * @since 0.2.0
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableInstanceTypeInfo.class)
public interface InstanceTypeInfo extends WithInstanceTypeInfo {
    /**
     * Returns the instance type, such as {@code ecs.g7.large}.
     *
     * @return the instance type
     */
    String getInstanceType();

    /**
     * Returns the vCPU count (ECS {@code CpuCoreCount}); at least 1.
     *
     * @return the vCPUs
     */
    int getVcpus();

    /**
     * Returns the memory in GiB (ECS {@code MemorySize}); greater than 0.
     *
     * @return the memory in GiB
     */
    BigDecimal getMemory();

    /**
     * Returns the instance family (ECS {@code InstanceTypeFamily}, such as {@code ecs.g7}), as
     * given; see {@link #family()} for the family used when it is absent.
     *
     * @return the family, or empty
     */
    Optional<String> getFamily();

    /**
     * Returns the family level (ECS {@code InstanceFamilyLevel}): {@code EntryLevel},
     * {@code EnterpriseLevel} or {@code CreditEntryLevel}.
     *
     * @return the family level, or empty when unknown
     */
    Optional<InstanceFamilyLevel> getFamilyLevel();

    /**
     * Returns the architecture in the vocabulary of the pattern's {@code Architectures}:
     * {@code X86}, {@code Heterogeneous}, {@code BareMetal}, {@code Arm} or
     * {@code SuperComputeCluster}.
     *
     * @return the architecture, or empty when unknown
     */
    Optional<String> getArchitecture();

    /**
     * Returns the CPU architecture (ECS {@code CpuArchitecture}): {@code X86} or {@code ARM}.
     *
     * @return the CPU architecture, or empty when unknown
     */
    Optional<String> getCpuArchitecture();

    /**
     * Tells whether the type is burstable (t5, t6, ...); default false.
     *
     * @return true for a burstable type
     */
    @Value.Default
    default boolean isBurstable() {
        return false;
    }

    /**
     * Returns the GPU count (ECS {@code GPUAmount}); 0 for a type without GPUs.
     *
     * @return the GPU count, or empty when unknown
     */
    Optional<Integer> getGpuAmount();

    /**
     * Returns the GPU model (ECS {@code GPUSpec}), such as {@code NVIDIA T4}.
     *
     * @return the GPU model, or empty when unknown or none
     */
    Optional<String> getGpuSpec();

    /**
     * Returns the instance category (ECS {@code InstanceCategory}), such as
     * {@code General-purpose}.
     *
     * @return the category, or empty when unknown
     */
    Optional<String> getCategory();

    /**
     * Returns the processor model (ECS {@code PhysicalProcessorModel}).
     *
     * @return the processor model, or empty when unknown
     */
    Optional<String> getProcessorModel();

    /**
     * Returns the initial CPU credits of a burstable type (ECS {@code InitialCredit}).
     *
     * @return the initial credits, or empty when unknown
     */
    Optional<Integer> getInitialCredit();

    /**
     * Returns the baseline CPU credits of a burstable type (ECS {@code BaselineCredit}).
     *
     * @return the baseline credits, or empty when unknown
     */
    Optional<Integer> getBaselineCredit();

    /**
     * Returns the ENIs the type supports (ECS {@code EniQuantity}).
     *
     * @return the ENI count, or empty when unknown
     */
    Optional<Integer> getEniQuantity();

    /**
     * Returns the private IPv4 addresses per ENI (ECS {@code EniPrivateIpAddressQuantity}).
     *
     * @return the address count, or empty when unknown
     */
    Optional<Integer> getEniPrivateIpAddressQuantity();

    /**
     * Returns the IPv6 addresses per ENI (ECS {@code EniIpv6AddressQuantity}).
     *
     * @return the address count, or empty when unknown
     */
    Optional<Integer> getEniIpv6AddressQuantity();

    /**
     * Returns the family: {@link #getFamily()} when given, else the name up to its last dot
     * ({@code ecs.g7} for {@code ecs.g7.large}), else the whole name.
     *
     * @return the family
     */
    default String family() {
        return getFamily().orElseGet(() -> {
            String name = getInstanceType();
            int dot = name.lastIndexOf('.');
            return dot > 0 ? name.substring(0, dot) : name;
        });
    }

    /**
     * Returns a catalog entry with the three required attributes.
     *
     * @param instanceType the instance type
     * @param vcpus the vCPU count
     * @param memory the memory in GiB
     * @return the entry
     */
    static InstanceTypeInfo of(String instanceType, int vcpus, BigDecimal memory) {
        return builder().instanceType(instanceType).vcpus(vcpus).memory(memory).build();
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
    final class Builder extends ImmutableInstanceTypeInfo.Builder {
        /** Creates an empty builder; prefer {@link InstanceTypeInfo#builder()}. */
        public Builder() {}
    }
}
