package dev.scalecfg.core.io;

/**
 * Reads one format: tells whether a text looks like it, and reads it into a
 * {@link ConfigDocument}.
 *
 * <p>{@code scalecfg-core} has readers for its own formats; other modules provide more (Terraform,
 * ROS) and register them with {@link java.util.ServiceLoader} ({@code provides
 * dev.scalecfg.core.io.DocumentReader with ...} in their {@code module-info}). Implementations are
 * immutable and thread-safe.
 *
 * @since 0.2.0
 */
public interface DocumentReader {
    /**
     * Returns the format this reader reads.
     *
     * @return the format
     */
    ConfigFormat format();

    /**
     * Tells, cheaply and without reading it in full, whether a text looks like this format. Called
     * on every input whose format is not forced, so it must not throw and must stay linear in the
     * text.
     *
     * @param name the file name (its extension may help), or a label such as {@code <stdin>}
     * @param text the whole text
     * @return true when this reader should read the text
     */
    boolean recognizes(String name, String text);

    /**
     * Reads a whole text.
     *
     * @param source the name messages give the input
     * @param text the whole text
     * @param limits the limits to enforce while reading
     * @return the document, with each value-level mistake reported on its entry
     * @throws dev.scalecfg.core.ConfigFormatException when the text is not this format at all or
     *     exceeds a limit; the exception carries every such problem found, located
     */
    ConfigDocument read(String source, String text, ReadLimits limits);
}
