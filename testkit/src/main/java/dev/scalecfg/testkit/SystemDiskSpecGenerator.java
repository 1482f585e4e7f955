package dev.scalecfg.testkit;

import dev.scalecfg.core.SystemDiskSpec;
import org.quicktheories.core.Gen;

/**
 * A fluent generator of valid system disks: {@code Category} or a fallback list of 1-4 categories,
 * a size that every effective category accepts at its performance level
 * ({@code ApiLimits.systemDiskSize}), never below the image size and at most 500 GiB, PL0/PL1 on
 * ESSD only. Each knob returns a new generator.
 *
 * @since 0.1.0
 */
public interface SystemDiskSpecGenerator extends Gen<SystemDiskSpec> {

    /**
     * Keeps the size at or above the size of the image (20 GiB for the default Linux images,
     * 40 GiB for Windows images).
     *
     * @param gib the image size in GiB, 1-500
     * @return a new generator
     * @throws IllegalArgumentException if the size is outside 1-500
     */
    SystemDiskSpecGenerator forImageSize(int gib);

    /**
     * Returns this generator as a plain QuickTheories generator.
     *
     * @return this generator
     */
    default Gen<SystemDiskSpec> gen() {
        return this;
    }
}
