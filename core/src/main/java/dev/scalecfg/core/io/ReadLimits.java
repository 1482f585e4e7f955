package dev.scalecfg.core.io;

import org.immutables.value.Value;

/**
 * The limits every reader enforces, so that no input can make reading slow or memory-hungry. An
 * input beyond a limit is refused with a {@link dev.scalecfg.core.ConfigFormatException} that names
 * the limit and where it was exceeded; a value beyond a limit that the API itself documents (such as
 * 32 KiB of user data) is not refused here but read, and reported by the validator.
 *
 * <p>The defaults are far above anything the ESS API accepts and keep reading linear: a 10 MB input
 * is refused in milliseconds. Raise a limit with {@code ReadLimits.builder().from(ReadLimits.defaults())}.
 *
 * @since 0.2.0
 */
@Value.Immutable
public interface ReadLimits extends WithReadLimits {
    /**
     * Returns the largest document, in characters (a directory of Terraform files counts each file).
     *
     * @return the limit; 4 MiB by default
     */
    @Value.Default
    default int getMaxDocumentChars() {
        return 4 * 1024 * 1024;
    }

    /**
     * Returns the longest single value (a string, a key, an ESS parameter value), in characters.
     *
     * @return the limit; 256 KiB by default (eight times the largest user data the API takes)
     */
    @Value.Default
    default int getMaxValueChars() {
        return 256 * 1024;
    }

    /**
     * Returns the most elements in one list, and the highest index {@code N} of a numbered ESS
     * parameter such as {@code DataDisk.N.Size}.
     *
     * @return the limit; 1,000 by default (the API's longest list holds 100)
     */
    @Value.Default
    default int getMaxListElements() {
        return 1000;
    }

    /**
     * Returns the most parameters, flags or attributes in one configuration.
     *
     * @return the limit; 10,000 by default
     */
    @Value.Default
    default int getMaxParameters() {
        return 10_000;
    }

    /**
     * Returns the longest number, in characters (digits, sign, point and exponent together); a
     * longer number is a mistake in the configuration, reported without printing it in full.
     *
     * @return the limit; 40 by default
     */
    @Value.Default
    default int getMaxNumberChars() {
        return 40;
    }

    /**
     * Returns the deepest nesting of objects and arrays (JSON, YAML, HCL blocks).
     *
     * @return the limit; 32 by default
     */
    @Value.Default
    default int getMaxNestingDepth() {
        return 32;
    }

    /**
     * Returns the default limits.
     *
     * @return the defaults
     */
    static ReadLimits defaults() {
        return builder().build();
    }

    /**
     * Returns a new builder holding the defaults.
     *
     * @return a builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A fluent builder. */
    final class Builder extends ImmutableReadLimits.Builder {
        /** Creates a builder holding the defaults; prefer {@link ReadLimits#builder()}. */
        public Builder() {}
    }
}
