package dev.scalecfg.validation.internal;

import dev.scalecfg.core.io.ReadCodes;
import dev.scalecfg.validation.Rule;
import dev.scalecfg.validation.RuleChain;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashSet;
import java.util.Set;

/** The codes a run can report: those the rules of a chain declare and those of the readers. Not API. */
public final class KnownCodes {
    private KnownCodes() {}

    /**
     * Returns the known codes.
     *
     * @param chain the chain
     * @return the codes declared by its rules, then the readers' codes
     */
    public static Set<String> of(RuleChain chain) {
        Set<String> codes = new LinkedHashSet<>();
        for (Rule rule : chain.rules()) {
            codes.addAll(rule.codes());
        }
        codes.addAll(readerCodes());
        return codes;
    }

    /** The constants of {@link ReadCodes}, which grows as readers learn new mistakes. */
    static Set<String> readerCodes() {
        Set<String> codes = new LinkedHashSet<>();
        for (Field field : ReadCodes.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    codes.add((String) field.get(null));
                } catch (IllegalAccessException impossible) {
                    throw new IllegalStateException(impossible);
                }
            }
        }
        return codes;
    }
}
