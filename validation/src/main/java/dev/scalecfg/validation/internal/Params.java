package dev.scalecfg.validation.internal;

import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.ess.ApiVersion;
import dev.scalecfg.core.ess.EssParameters;

/** Model path to ESS API parameter name: delegates to the codecs' single table ({@link EssParameters}). */
public final class Params {

    private Params() {}

    /**
     * Returns the API parameter for a model path in the layout of this configuration.
     *
     * @param path the model path such as {@code dataDisks[1].size}
     * @param configuration the configuration (decides weighted vs unweighted type lists)
     * @param apiVersion the API version
     * @return the parameter such as {@code DataDisk.2.Size}; for a path that spans several
     *     parameters or none, the path itself
     */
    public static String of(String path, ScalingConfiguration configuration, ApiVersion apiVersion) {
        return EssParameters.parameterName(configuration, path, apiVersion).orElse(path);
    }
}
