package dev.scalecfg.testkit;

import java.util.Map;
import org.quicktheories.core.Gen;

/**
 * A fluent generator of instance tags ({@code Tags}): distinct keys of 1-64 characters that do not
 * start with {@code aliyun} or {@code acs:}, values of 0-128 characters, at most 20 pairs, in
 * insertion order. Each knob returns a new generator.
 *
 * @since 0.1.0
 */
public interface TagsGenerator extends Gen<Map<String, String>> {

    /**
     * Sets how many tags a map holds.
     *
     * @param min the fewest, at least 0
     * @param max the most, at most 20
     * @return a new generator
     * @throws IllegalArgumentException if the range is empty or outside 0..20
     */
    TagsGenerator size(int min, int max);

    /**
     * Returns this generator as a plain QuickTheories generator.
     *
     * @return this generator
     */
    default Gen<Map<String, String>> gen() {
        return this;
    }
}
