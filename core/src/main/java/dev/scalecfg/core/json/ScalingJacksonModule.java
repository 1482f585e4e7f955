package dev.scalecfg.core.json;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.util.List;

/**
 * A Jackson module that brings what the scalecfg model needs into any {@code ObjectMapper}:
 * support for the {@code Optional} attributes (it registers {@code Jdk8Module} as a dependency).
 * The value types carry their own Jackson annotations, so nothing else is needed to read and write
 * them.
 *
 * <pre>{@code
 * ObjectMapper mine = JsonMapper.builder().addModule(new ScalingJacksonModule()).build();
 * ScalingConfiguration config = mine.readValue(json, ScalingConfiguration.class);
 * }</pre>
 *
 * <p>For exact decimals and the error messages of this library, prefer {@link ScalingJson}, which
 * configures a mapper with this module and strict settings.
 *
 * @since 0.1.0
 */
public final class ScalingJacksonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public ScalingJacksonModule() {
        super("scalecfg");
    }

    /**
     * Returns the modules this one needs: {@code Jdk8Module}, for {@code Optional}.
     *
     * @return the dependencies, registered before this module
     */
    @Override
    public Iterable<? extends Module> getDependencies() {
        return List.of(new Jdk8Module());
    }

    @Override
    public Object getTypeId() {
        return ScalingJacksonModule.class.getName();
    }
}
