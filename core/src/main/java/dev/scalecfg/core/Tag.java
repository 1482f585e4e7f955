package dev.scalecfg.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import org.immutables.value.Value;

/**
 * A key and a value, as used by resource pool tags ({@code ResourcePoolOptions.PrivatePoolTags.N.Key/Value}).
 *
 * <p>Immutable; build it with {@link #builder()}, copy it with {@link #toBuilder()} or the
 * {@code withX} methods. Absent optional values are not sent to the API.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableTag.class)
public interface Tag extends WithTag {
    /**
     * Returns the key.
     *
     * @return the key
     */
    String getKey();

    /**
     * Returns the value, possibly empty.
     *
     * @return the value, possibly empty
     */
    String getValue();

    /**
     * Returns a new, empty builder.
     *
     * @return a builder
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the tag.
     *
     * @param key the key
     * @param value the value
     * @return the tag
     */
    static Tag of(String key, String value) {
        return builder().key(key).value(value).build();
    }

    /**
     * Returns a builder initialised with every attribute of this value.
     *
     * @return a builder
     */
    default Builder toBuilder() {
        return new Builder().from(this);
    }

    /** A fluent builder; {@code build()} fails fast on a null or a missing required attribute. */
    final class Builder extends ImmutableTag.Builder {
        /** Creates an empty builder; prefer {@link Tag#builder()}. */
        public Builder() {}
    }
}
