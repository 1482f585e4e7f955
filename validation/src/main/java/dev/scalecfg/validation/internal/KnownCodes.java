package dev.scalecfg.validation.internal;

import dev.scalecfg.validation.RuleChain;
import dev.scalecfg.validation.ViolationCode;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The codes a run can report: those the rules of a chain declare and those of the readers. Not API. */
public final class KnownCodes {
    private KnownCodes() {}

    /**
     * Returns the known codes.
     *
     * @param chain the chain
     * @return the codes of the chain's registry: its rules' codes and the readers' codes
     */
    public static Set<String> of(RuleChain chain) {
        return chain.codes().codes().stream().map(ViolationCode::getCode)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
