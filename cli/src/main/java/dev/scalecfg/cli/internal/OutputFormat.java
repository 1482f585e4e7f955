package dev.scalecfg.cli.internal;

import picocli.CommandLine;

/** How results are printed. */
public enum OutputFormat {
    /** Human-readable text. */
    TEXT,
    /** JSON (JSON Lines for {@code validate}). */
    JSON;

    /** Converts {@code text} and {@code json}. */
    public static final class Converter implements CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            return OutputFormat.valueOf(ValidationOptions.oneOf(value, "text", "json").toUpperCase(java.util.Locale.ROOT));
        }
    }
}
