package dev.scalecfg.interop.internal;

import dev.scalecfg.core.io.ReadCodes;

/**
 * The stable codes of the problems the interop readers report, in one place. {@code MALFORMED} and
 * the {@code LIMIT_*} codes make a document unreadable; the others are value-level problems of an
 * entry.
 */
public final class Codes {
    /** Not the format at all. */
    public static final String MALFORMED = ReadCodes.MALFORMED;
    /** The document is larger than {@code ReadLimits#getMaxDocumentChars()}. */
    public static final String LIMIT_DOCUMENT_SIZE = "LIMIT_DOCUMENT_SIZE";
    /** A value or key is longer than {@code ReadLimits#getMaxValueChars()}. */
    public static final String LIMIT_VALUE_LENGTH = "LIMIT_VALUE_LENGTH";
    /** A list has more than {@code ReadLimits#getMaxListElements()} elements. */
    public static final String LIMIT_LIST_SIZE = "LIMIT_LIST_SIZE";
    /** Objects, blocks or expressions nest deeper than {@code ReadLimits#getMaxNestingDepth()}. */
    public static final String LIMIT_NESTING = "LIMIT_NESTING";
    /** A body holds more than {@code ReadLimits#getMaxParameters()} attributes, or aliases expand beyond it. */
    public static final String LIMIT_PARAMETERS = "LIMIT_PARAMETERS";
    /** A value not known offline; rules that need it are skipped. */
    public static final String VALUE_UNRESOLVED = ReadCodes.VALUE_UNRESOLVED;
    /** An attribute or property the target resource does not have. */
    public static final String PARAMETER_UNKNOWN = "PARAMETER_UNKNOWN";
    /** Two attributes that exclude each other. */
    public static final String PARAMETER_CONFLICT = "PARAMETER_CONFLICT";
    /** A value of the wrong shape: a list where one value is expected, and the like. */
    public static final String VALUE_WRONG_TYPE = "VALUE_WRONG_TYPE";
    /** A number longer than {@code ReadLimits#getMaxNumberChars()}. */
    public static final String VALUE_TOO_LONG = "VALUE_TOO_LONG";

    private Codes() {}
}
