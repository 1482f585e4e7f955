package dev.scalecfg.launcher;

/**
 * Why the requested units were reduced before planning.
 *
 * @since 0.1.0
 */
public enum ClampReason {
    /** The group's maximum size leaves less headroom than requested. */
    MAX_SIZE
}
