package dev.scalecfg.launcher.internal;

/**
 * The per-zone targets of a {@code BALANCED_ONLY} phase (A17): the phase's demand water-filled
 * unit by unit over the zones' running levels, remainder units to the lowest zones in rank order.
 */
final class ZoneTargets {
    private ZoneTargets() {}

    /**
     * Computes the targets.
     *
     * @param zones the zones by rank
     * @param level the units per zone so far
     * @param zoneCount the number of zones
     * @param demand the phase's demand in units
     * @return the target per zone index (0 for zones above the water level)
     */
    static long[] of(int[] zones, long[] level, int zoneCount, long demand) {
        long[] target = new long[zoneCount];
        if (zones.length == 0 || demand <= 0) {
            return target;
        }
        long min = Long.MAX_VALUE;
        for (int z : zones) {
            min = Math.min(min, level[z]);
        }
        long lo = min;
        long hi = min + demand + 1;
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            if (fill(zones, level, mid) <= demand) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        long used = 0;
        for (int z : zones) {
            target[z] = Math.max(0, lo - level[z]);
            used += target[z];
        }
        for (int z : zones) {
            if (used >= demand) {
                break;
            }
            if (level[z] <= lo) {
                target[z]++;
                used++;
            }
        }
        return target;
    }

    private static long fill(int[] zones, long[] level, long height) {
        long sum = 0;
        for (int z : zones) {
            sum += Math.max(0, height - level[z]);
        }
        return sum;
    }
}
