package dev.scalecfg.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.scalecfg.core.InstanceTypeSpec;
import java.io.IOException;
import java.util.List;

/**
 * A Jackson module that brings what the scalecfg model needs into any {@code ObjectMapper}:
 * support for the {@code Optional} attributes (it registers {@code Jdk8Module} as a dependency),
 * and the short form of an instance type: {@code "instanceTypes": ["ecs.g7.large", "ecs.g6.large"]}
 * reads like {@code [{"instanceType": "ecs.g7.large"}, …]} (types are always written in the long
 * form). The value types carry their own Jackson annotations for everything else.
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
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addBeanDeserializerModifier(new BeanDeserializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                return InstanceTypeSpec.class.isAssignableFrom(description.getBeanClass())
                        ? new InstanceTypeShortForm(deserializer) : deserializer;
            }
        });
    }

    /** Reads a bare string as an instance type with no weight and no price limit. */
    private static final class InstanceTypeShortForm extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;

        InstanceTypeShortForm(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new InstanceTypeShortForm(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                return InstanceTypeSpec.of(parser.getText());
            }
            return super.deserialize(parser, context);
        }
    }

    @Override
    public Object getTypeId() {
        return ScalingJacksonModule.class.getName();
    }
}
