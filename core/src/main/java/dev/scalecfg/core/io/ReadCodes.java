package dev.scalecfg.core.io;

/**
 * The stable codes of the mistakes readers find ({@link dev.scalecfg.core.FormatError#code()}).
 *
 * <p>{@link #MALFORMED} and the {@code LIMIT_*} codes make a document unreadable (a
 * {@link dev.scalecfg.core.ConfigFormatException}); every other code is a value-level mistake in a
 * readable document, reported on its {@link ConfigEntry} and, by the validator, as a violation among
 * the others.
 *
 * @since 0.2.0
 */
public final class ReadCodes {
    /** The text is not the format at all: not JSON, not a command line, a broken structure. */
    public static final String MALFORMED = "MALFORMED";
    /** An attribute is set to a value not known offline (a reference, a function); rules that need it are skipped. */
    public static final String VALUE_UNRESOLVED = "VALUE_UNRESOLVED";

    private ReadCodes() {}
}
