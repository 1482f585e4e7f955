package dev.scalecfg.launcher.internal;

import static dev.scalecfg.launcher.PlanInput.SNAPSHOT;

import dev.scalecfg.core.Shown;
import dev.scalecfg.core.scaleout.CapacitySnapshot;
import dev.scalecfg.core.scaleout.DiskOffer;
import dev.scalecfg.core.scaleout.InstanceTypeInfo;
import dev.scalecfg.core.scaleout.PoolCapacity;
import dev.scalecfg.launcher.PlanInputException;
import java.util.HashSet;
import java.util.Set;

/**
 * The snapshot's own values (§3.8 A25, A33): negative counts and prices, a pool that is not
 * offered but has stock, and duplicate keys whose pick would depend on the snapshot's order.
 */
public final class SnapshotChecks {
    private SnapshotChecks() {}

    /**
     * Checks the snapshot's values.
     *
     * @param snap the snapshot
     * @throws PlanInputException naming the field, the value and the rule
     */
    public static void check(CapacitySnapshot snap) {
        Set<String> seen = new HashSet<>();
        for (PoolCapacity pool : snap.getPools()) {
            String key = pool.getZoneId() + "|" + pool.getInstanceType() + "|" + pool.getBilling();
            if (!seen.add(key)) {
                throw bad("pools: " + pool(pool) + " is listed twice; each pool may appear once");
            }
            if (pool.getAvailable().isPresent() && pool.getAvailable().get() < 0) {
                throw bad("pools: available of " + pool(pool) + " is " + pool.getAvailable().get()
                        + "; it must not be negative");
            }
            if (!pool.isOffered() && pool.getAvailable().isPresent()) {
                throw bad("pools: " + pool(pool) + " is not offered but has available " + pool.getAvailable().get()
                        + "; a pool that is not offered has no available count");
            }
            if (pool.getPrice().isPresent() && pool.getPrice().get().signum() < 0) {
                throw bad("pools: price of " + pool(pool) + " is " + Shown.number(pool.getPrice().get())
                        + "; it must not be negative");
            }
        }
        snap.getQuotas().forEach((type, q) -> {
            if (q < 0) {
                throw bad("quotas: quota of '" + Shown.text(type) + "' is " + q + "; it must not be negative");
            }
        });
        snap.getFreeIps().forEach((id, n) -> {
            if (n < 0) {
                throw bad("freeIps: free IPs of '" + Shown.text(id) + "' is " + n + "; it must not be negative");
            }
        });
        snap.getVcpus().forEach((type, n) -> {
            if (n < 1) {
                throw bad("vcpus: vCPU count of '" + Shown.text(type) + "' is " + n + "; it must be at least 1");
            }
        });
        checkCatalog(snap);
        Set<String> seenDisk = new HashSet<>();
        for (DiskOffer offer : snap.getDiskOffers()) {
            if (!seenDisk.add(offer.getZoneId() + "|" + offer.getInstanceType())) {
                throw bad("diskOffers: (" + Shown.text(offer.getZoneId()) + ", " + Shown.text(offer.getInstanceType())
                        + ") is listed twice");
            }
        }
    }

    /**
     * The catalog: each type once, at least 1 vCPU, more than 0 GiB of memory, no negative counts.
     *
     * @param snap the snapshot
     * @throws PlanInputException naming the entry
     */
    public static void checkCatalog(CapacitySnapshot snap) {
        Set<String> seen = new HashSet<>();
        for (InstanceTypeInfo type : snap.getCatalog()) {
            String name = "catalog: '" + Shown.text(type.getInstanceType()) + "'";
            if (!seen.add(type.getInstanceType())) {
                throw bad(name + " is listed twice; each instance type may appear once");
            }
            if (type.getVcpus() < 1) {
                throw bad(name + " has vcpus " + type.getVcpus() + "; it must be at least 1");
            }
            if (type.getMemory().signum() <= 0) {
                throw bad(name + " has memory " + Shown.number(type.getMemory()) + "; it must be greater than 0 GiB");
            }
            notNegative(name, "gpuAmount", type.getGpuAmount());
            notNegative(name, "initialCredit", type.getInitialCredit());
            notNegative(name, "baselineCredit", type.getBaselineCredit());
            notNegative(name, "eniQuantity", type.getEniQuantity());
            notNegative(name, "eniPrivateIpAddressQuantity", type.getEniPrivateIpAddressQuantity());
            notNegative(name, "eniIpv6AddressQuantity", type.getEniIpv6AddressQuantity());
        }
    }

    private static void notNegative(String name, String field, java.util.Optional<Integer> value) {
        if (value.isPresent() && value.get() < 0) {
            throw bad(name + " has " + field + " " + value.get() + "; it must not be negative");
        }
    }

    private static String pool(PoolCapacity pool) {
        return "(" + Shown.text(pool.getZoneId()) + ", " + Shown.text(pool.getInstanceType()) + ", " + pool.getBilling() + ")";
    }

    private static PlanInputException bad(String message) {
        return new PlanInputException(message, SNAPSHOT);
    }
}
