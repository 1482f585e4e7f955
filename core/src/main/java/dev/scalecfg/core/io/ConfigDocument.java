package dev.scalecfg.core.io;

import java.util.List;
import org.immutables.value.Value;

/**
 * What one input (a file, a directory of Terraform files, a text) holds: its format and the scaling
 * configurations found in it, each with the value-level mistakes found while reading it.
 *
 * @since 0.2.0
 */
@Value.Immutable
public interface ConfigDocument extends WithConfigDocument {
    /**
     * Returns the name messages give the input: a path as the user wrote it, or a label such as
     * {@code <stdin>}.
     *
     * @return the source name
     */
    String getSource();

    /**
     * Returns the format the input was read in.
     *
     * @return the format
     */
    ConfigFormat getFormat();

    /**
     * Returns the configurations found, in the order of the document.
     *
     * @return the entries; empty when the document holds no scaling configuration (for example a
     *     Terraform file with other resources only)
     */
    List<ConfigEntry> getEntries();

    /**
     * Returns a document holding one entry.
     *
     * @param source the source name
     * @param format the format
     * @param entry the entry
     * @return the document
     */
    static ConfigDocument of(String source, ConfigFormat format, ConfigEntry entry) {
        return builder().source(source).format(format).addEntry(entry).build();
    }

    /**
     * Returns a new, empty builder.
     *
     * @return a builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A fluent builder; {@code build()} fails fast on a null or a missing required attribute. */
    final class Builder extends ImmutableConfigDocument.Builder {
        /** Creates an empty builder; prefer {@link ConfigDocument#builder()}. */
        public Builder() {}
    }
}
