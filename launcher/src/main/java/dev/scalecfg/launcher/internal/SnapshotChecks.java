package dev.scalecfg.launcher.internal;

import static dev.scalecfg.launcher.PlanInput.SNAPSHOT;

import dev.scalecfg.core.Shown;
import dev.scalecfg.core.scaleout.CapacitySnapshot;
import dev.scalecfg.core.scaleout.DiskOffer;
import dev.scalecfg.core.scaleout.PoolCapacity;
import dev.scalecfg.launcher.PlanInputException;
import java.util.HashSet;
import java.util.Set;

/**
 * The snapshot's own values (§3.8 A25, A33): negative counts and prices, a pool that is not
 * offered but has stock, and duplicate keys whose pick would depend on the snapshot's order.
 */
final class SnapshotChecks {
    private SnapshotChecks() {}

    static void check(CapacitySnapshot snap) {
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
        Set<String> seenDisk = new HashSet<>();
        for (DiskOffer offer : snap.getDiskOffers()) {
            if (!seenDisk.add(offer.getZoneId() + "|" + offer.getInstanceType())) {
                throw bad("diskOffers: (" + Shown.text(offer.getZoneId()) + ", " + Shown.text(offer.getInstanceType())
                        + ") is listed twice");
            }
        }
    }

    private static String pool(PoolCapacity pool) {
        return "(" + Shown.text(pool.getZoneId()) + ", " + Shown.text(pool.getInstanceType()) + ", " + pool.getBilling() + ")";
    }

    private static PlanInputException bad(String message) {
        return new PlanInputException(message, SNAPSHOT);
    }
}
