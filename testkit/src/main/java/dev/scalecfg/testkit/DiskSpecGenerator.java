package dev.scalecfg.testkit;

import dev.scalecfg.core.DiskCategory;
import dev.scalecfg.core.DiskSpec;
import org.quicktheories.core.Gen;

/**
 * A fluent generator of valid data disks: the size fits the category and the ESSD performance level
 * as {@code ApiLimits.dataDiskSize} states them ({@code ephemeral_ssd} disks stay small enough that 16
 * of them fit the per-instance total);
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
