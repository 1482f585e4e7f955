package dev.scalecfg.testkit;

import dev.scalecfg.core.DiskCategory;
import dev.scalecfg.core.DiskSpec;
import org.quicktheories.core.Gen;

/**
 * A fluent generator of valid data disks: the size fits the category ({@code cloud} 5-2000 GiB,
 * {@code cloud_efficiency}/{@code cloud_ssd}/{@code cloud_essd} 20-32768 GiB, {@code ephemeral_ssd}
 * 5-800 GiB) and the ESSD performance-level floor (PL2 461 GiB, PL3 1261 GiB);
 * {@code DeleteWithInstance} only on cloud disks, {@code BurstingEnabled} only on {@code cloud_auto}.
 * Each knob returns a new generator.
 *
 * @since 0.1.0
 */
public interface DiskSpecGenerator extends Gen<DiskSpec> {

    /**
     * Narrows to disks of one category ({@code DataDisk.N.Category}, no fallback list).
     *
     * @param category the category, one of {@link DiskCategory#knownValues()}
     * @return a new generator
     * @throws IllegalArgumentException if the category is not a known one
     */
    DiskSpecGenerator category(DiskCategory category);

    /**
     * Leaves out the optional attributes: only the category (or category list), the size and the
     * performance level remain.
     *
     * @return a new generator
     */
    DiskSpecGenerator minimal();

    /**
     * Returns this generator as a plain QuickTheories generator.
     *
     * @return this generator
     */
    default Gen<DiskSpec> gen() {
        return this;
    }
}
