package dev.scalecfg.testkit.internal;

/** Argument checks for the knobs. */
final class Checks {

    private Checks() {}

    static void range(String what, int min, int max, int lowest, int highest) {
        if (min < lowest || max > highest || min > max) {
            throw new IllegalArgumentException(what + " range [" + min + ", " + max + "] must lie within ["
                    + lowest + ", " + highest + "] and not be empty");
        }
    }
}
