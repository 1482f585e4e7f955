package dev.scalecfg.testkit;

import org.quicktheories.core.Gen;

/**
 * A fluent generator of plain host names ({@code HostName}): by default valid for every OS
 * (Windows rule: 2-15 letters, digits and hyphens, not all digits); {@link #linux()} allows the
 * longer dotted Linux form (2-64 characters, dot-separated segments). Each knob returns a new
 * generator.
 *
 * @since 0.1.0
 */
public interface HostNameGenerator extends Gen<String> {

    /**
     * Narrows to the Windows rule: 2-15 characters, letters, digits and hyphens only.
     *
     * @return a new generator
     */
    HostNameGenerator windows();

    /**
     * Allows the Linux rule: 2-64 characters in dot-separated segments.
     *
     * @return a new generator
     */
    HostNameGenerator linux();

    /**
     * Returns this generator as a plain QuickTheories generator.
     *
     * @return this generator
     */
    default Gen<String> gen() {
        return this;
    }
}
