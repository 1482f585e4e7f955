package dev.scalecfg.validation.rules;

import dev.scalecfg.core.io.ReadCodes;
import dev.scalecfg.validation.CodeRegistry;
import dev.scalecfg.validation.ViolationCode;
import java.util.List;

/**
 * The codes of the mistakes the readers find ({@link ReadCodes}), registered with the owner
 * {@value CodeRegistry#READER}. {@link ReadCodes#MALFORMED} makes a document unreadable (a
 * {@code ConfigFormatException}, never a violation); every other code is a value-level finding the
 * validator reports among the rule violations.
 *
 * <p>A new reader code is added to {@link ReadCodes} (the string the reader sets on its
 * {@code FormatError}) and registered here with its severity, parameters and description; a test
 * fails while a {@code ReadCodes} constant is not registered.
 *
 * @since 0.2.0
 */
public final class ReaderCodes {

    /** The document is not the format at all. */
    public static final ViolationCode MALFORMED = ViolationCode.error(ReadCodes.MALFORMED)
            .description("the document cannot be read as its format: not JSON, not a command line, a broken structure")
            .build();
    /** A value not known offline (a reference, a function); the rules that need it are skipped. */
    public static final ViolationCode VALUE_UNRESOLVED = ViolationCode.info(ReadCodes.VALUE_UNRESOLVED)
            .description("set to a value not known offline (a reference, a function); the rules that need it are skipped")
            .build();

    /** Every reader code, in the order of {@link ReadCodes}. */
    public static final List<ViolationCode> CODES = List.of(MALFORMED, VALUE_UNRESOLVED);

    private ReaderCodes() {}
}
