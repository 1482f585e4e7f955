package dev.scalecfg.launcher;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * An input the launcher cannot plan with: a bad value in the request or the snapshot, or two
 * inputs that contradict each other (a spot billing asked of a pay-as-you-go configuration). The
 * message names the field, the value and the rule; {@link #getInputs()} says which inputs the
 * mistake is in.
 *
 * <p>A subclass of {@link IllegalArgumentException}, so code catching that keeps working.
 *
 * @since 0.1.0
 */
public final class PlanInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The inputs involved; an EnumSet is serializable. */
    private final EnumSet<PlanInput> inputs;

    /**
     * Creates the exception.
     *
     * @param message the message: field, value and rule
     * @param first the input the mistake is in
     * @param more other inputs it involves, for a contradiction between inputs
     */
    public PlanInputException(String message, PlanInput first, PlanInput... more) {
        super(message);
        this.inputs = EnumSet.of(first, more);
    }

    /**
     * Returns the inputs the mistake is in, in the order configuration, request, snapshot; one
     * for a bad value, two for a contradiction between inputs.
     *
     * @return the inputs, unmodifiable, never empty
     */
    public Set<PlanInput> getInputs() {
        return Collections.unmodifiableSet(inputs);
    }
}
