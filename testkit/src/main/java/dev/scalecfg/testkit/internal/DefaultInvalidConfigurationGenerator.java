package dev.scalecfg.testkit.internal;

import dev.scalecfg.testkit.InvalidConfigurationGenerator;
import dev.scalecfg.testkit.InvalidSample;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.quicktheories.core.RandomnessSource;

/** The standard {@link InvalidConfigurationGenerator}. */
public final class DefaultInvalidConfigurationGenerator implements InvalidConfigurationGenerator {

    private final List<String> codes;

    /**
     * Creates a generator for the codes.
     *
     * @param codes codes with a mutation
     */
    public DefaultInvalidConfigurationGenerator(List<String> codes) {
        this.codes = List.copyOf(codes);
    }

    @Override
    public InvalidSample generate(RandomnessSource source) {
        return Mutations.draw(new Draw(source), codes, ConfigSettings.defaults());
    }

    @Override
    public InvalidConfigurationGenerator codes(String... wanted) {
        if (wanted.length == 0) {
            throw new IllegalArgumentException("codes: give at least one violation code");
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String code : wanted) {
            if (!Mutations.codes().contains(code)) {
                throw new IllegalArgumentException("codes: '" + code + "' has no mutation; known codes: " + Mutations.codes());
            }
            chosen.add(code);
        }
        return new DefaultInvalidConfigurationGenerator(List.copyOf(chosen));
    }

    @Override
    public Set<String> producibleCodes() {
        return new LinkedHashSet<>(codes);
    }

    @Override
    public String toString() {
        return "InvalidConfigurationGenerator" + codes;
    }
}
