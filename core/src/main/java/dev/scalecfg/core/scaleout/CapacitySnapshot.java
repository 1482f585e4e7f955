package dev.scalecfg.core.scaleout;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What the cloud can deliver at planning time: stock and price per pool (zone, instance type,
 * billing), remaining quota per instance type, free IP addresses per vSwitch, disk categories
 * offered per (zone, type), vCPU counts per type, the instance-type catalog that intelligent-mode
 * patterns are resolved against, and the caller's shortage cache.
 *
 * <p>Every part is optional. A pool without an entry has unknown stock (counted as unlimited or
 * as zero, as the request's {@link UnknownCapacity} says); a type without a quota and a vSwitch
 * without a free-IP count are unlimited. The order of entries never matters; a duplicate pool or
 * disk-offer key is an input error.
 *
 * <p>JSON:
 * <pre>{@code
 * {
 *   "pools": [
 *     {"zoneId": "cn-hangzhou-h", "instanceType": "ecs.g7.large", "billing": "PAYG", "available": 4, "price": 0.62},
 *     {"zoneId": "cn-hangzhou-i", "instanceType": "ecs.g7.large", "billing": "SPOT", "offered": false}
 *   ],
 *   "quotas": {"ecs.g7.large": 50},
 *   "freeIps": {"vsw-1": 200},
 *   "diskOffers": [{"zoneId": "cn-hangzhou-h", "instanceType": "ecs.g7.large", "categories": ["cloud_essd"]}],
 *   "vcpus": {"ecs.g7.large": 2},
 *   "catalog": [{"instanceType": "ecs.g7.large", "vcpus": 2, "memory": 8, "familyLevel": "EnterpriseLevel"}],
 *   "shortages": [{"zoneId": "cn-hangzhou-i", "billing": "SPOT", "until": "2026-11-28T10:03:00Z"}]
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableCapacitySnapshot.class)
public interface CapacitySnapshot extends WithCapacitySnapshot {
    /**
     * Returns the stock and price of the pools the caller knows about.
     *
     * @return the pool entries, in any order
     */
    List<PoolCapacity> getPools();

    /**
     * Returns the remaining instance quota per instance type, across all zones and billings.
     *
     * @return instance type to remaining instance count
     */
    Map<String, Integer> getQuotas();

    /**
     * Returns the free IP addresses per vSwitch ID; each instance takes one.
     *
     * @return vSwitch ID to free address count
     */
    Map<String, Integer> getFreeIps();

    /**
     * Returns the system disk categories offered per (zone, instance type).
     *
     * @return the disk offers, in any order
     */
    List<DiskOffer> getDiskOffers();

    /**
     * Returns the vCPU count per instance type, needed by {@link PriceComparisonMode#PER_VCPU}.
     * The {@link #getCatalog() catalog} gives vCPUs too; where both name a type they must agree.
     *
     * @return instance type to vCPU count
     */
    Map<String, Integer> getVcpus();

    /**
     * Returns the instance-type catalog: what each instance type is (vCPUs, memory, family,
     * family level, architecture, burstable, GPUs...). The launcher resolves the configuration's
     * intelligent-mode patterns ({@code InstancePatternInfos}) against it; a configuration with
     * patterns and no explicit type cannot be planned without it. Each type may appear once.
     *
     * @return the catalog entries, in any order
     * @since 0.2.0
     */
    List<InstanceTypeInfo> getCatalog();

    /**
     * Returns the caller's shortage cache: pools to skip until a given instant.
     *
     * @return the shortage entries, in any order
     */
    List<Shortage> getShortages();

    /**
     * Returns an empty snapshot: every pool has unknown stock, nothing is limited.
     *
     * @return the empty snapshot
     */
    static CapacitySnapshot empty() {
        return builder().build();
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
    final class Builder extends ImmutableCapacitySnapshot.Builder {
        /** Creates an empty builder; prefer {@link CapacitySnapshot#builder()}. */
        public Builder() {}
    }
}
