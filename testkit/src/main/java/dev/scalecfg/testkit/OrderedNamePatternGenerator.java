package dev.scalecfg.testkit;

import org.quicktheories.core.Gen;

/**
 * A fluent generator of sequential name patterns for {@code InstanceName} and {@code HostName}:
 * the group-wide form {@code prefix(AUTO_INCREMENT)[begin,bits]suffix} and the ECS batch form
 * {@code prefix[begin,bits]suffix}, with {@code begin} 0-999999 never longer than {@code bits}
 * (1-6 digits). By default both forms and 3-6 digits (the documented recommendation). Each knob
 * returns a new generator.
 *
 * @since 0.1.0
 */
public interface OrderedNamePatternGenerator extends Gen<String> {

    /**
     * Narrows to {@code prefix(AUTO_INCREMENT)[begin,bits]suffix}.
     *
     * @return a new generator
     */
    OrderedNamePatternGenerator autoIncrement();

    /**
     * Narrows to the ECS batch form {@code prefix[begin,bits]suffix}.
     *
     * @return a new generator
     */
    OrderedNamePatternGenerator batch();

    /**
     * Sets the range of the {@code bits} (digit count) part.
     *
     * @param min the fewest digits, at least 1
     * @param max the most digits, at most 6
     * @return a new generator
     * @throws IllegalArgumentException if the range is empty or outside 1..6
     */
    OrderedNamePatternGenerator bits(int min, int max);

    /**
     * Returns this generator as a plain QuickTheories generator.
     *
     * @return this generator
     */
    default Gen<String> gen() {
        return this;
    }
}
