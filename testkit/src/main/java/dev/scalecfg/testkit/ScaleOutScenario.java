package dev.scalecfg.testkit;

import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.scaleout.CapacitySnapshot;
import dev.scalecfg.core.scaleout.ScaleOutRequest;
import java.util.Objects;

/**
 * A consistent input of the instance launcher: a valid configuration, a scale-out request whose
 * vSwitches include every vSwitch the configuration's custom priorities name, and a capacity
 * snapshot about the request's zones and the configuration's instance types. When the snapshot
 * holds shortage entries, the request carries the planning instant {@code now}.
 *
 * @param configuration the scaling configuration
 * @param request       the scale-out request
 * @param snapshot      the capacity snapshot
 * @since 0.1.0
 */
public record ScaleOutScenario(ScalingConfiguration configuration, ScaleOutRequest request, CapacitySnapshot snapshot) {

    /**
     * Checks the components.
     *
     * @param configuration the scaling configuration
     * @param request       the scale-out request
     * @param snapshot      the capacity snapshot
     */
    public ScaleOutScenario {
        Objects.requireNonNull(configuration, "configuration");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(snapshot, "snapshot");
    }
}
