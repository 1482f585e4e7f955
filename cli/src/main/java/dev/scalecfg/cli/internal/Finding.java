package dev.scalecfg.cli.internal;

/**
 * One validation finding as the CLI prints it.
 *
 * @param code the stable rule code
 * @param severity {@code ERROR} or {@code WARNING}
 * @param path the model path, such as {@code instanceTypes[0].weightedCapacity}; empty for the whole configuration
 * @param parameter the API parameter in the chosen API version's spelling, or null when there is none
 * @param message the human-readable message
 */
public record Finding(String code, String severity, String path, String parameter, String message) {

    /**
     * Tells whether this finding is an error.
     *
     * @return true for severity {@code ERROR}
     */
    public boolean error() {
        return "ERROR".equals(severity);
    }
}
