package dev.scalecfg.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.ess.ApiVersion;
import dev.scalecfg.core.ess.EssParameters;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** The check shared by the round-trip properties: what a writer does not report comes back unchanged. */
final class RoundTrips {
    private RoundTrips() {}

    /**
     * Every parameter of {@code before} that no issue explains comes back with the same value
     * (decimals compared by value), and every parameter that appears is a reported default.
     */
    static void assertCarriedOver(ScalingConfiguration before, ScalingConfiguration after, WriteResult result) {
        Map<String, String> was = EssParameters.toParameters(before, ApiVersion.V2014_08_28);
        Map<String, String> is = EssParameters.toParameters(after, ApiVersion.V2014_08_28);
        Set<String> explained = result.getIssues().stream().filter(i -> i.getKind() != WriteIssue.Kind.DEFAULTED)
                .map(WriteIssue::getParameter).collect(Collectors.toSet());
        Set<String> defaulted = result.getIssues(WriteIssue.Kind.DEFAULTED).stream().map(WriteIssue::getParameter)
                .collect(Collectors.toSet());
        was.forEach((parameter, value) -> {
            if (!explained.contains(parameter)) {
                assertThat(same(value, is.get(parameter))).as("%s: %s came back as %s", parameter,
                        parameter.equals("Password") || parameter.equals("UserData") ? "****" : value,
                        parameter.equals("Password") || parameter.equals("UserData") ? "****" : is.get(parameter))
                        .isTrue();
            }
        });
        is.keySet().stream().filter(parameter -> !was.containsKey(parameter)).forEach(parameter ->
                assertThat(defaulted).as("%s appeared without being reported as a default", parameter)
                        .contains(parameter));
    }

    private static boolean same(String a, String b) {
        if (Objects.equals(a, b)) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        try {
            return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
        } catch (NumberFormatException notNumbers) {
            return false;
        }
    }
}
