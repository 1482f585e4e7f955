package dev.scalecfg.validation;

import dev.scalecfg.core.ScalingConfiguration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.provider.Arguments;

/** One boundary case: a change to the reference configuration and the exact codes it must yield. */
final class BoundaryCase {

    final String label;
    final List<String> codes;
    final ValidationContext context;
    final UnaryOperator<ScalingConfiguration.Builder> change;

    private BoundaryCase(String label, List<String> codes, ValidationContext context,
            UnaryOperator<ScalingConfiguration.Builder> change) {
        this.label = label;
        this.codes = codes;
        this.context = context;
        this.change = change;
    }

    ScalingConfiguration configuration() {
        return change.apply(Fixtures.builder()).build();
    }

    /** Just inside a limit: no violation at all. */
    static Arguments ok(String label, UnaryOperator<ScalingConfiguration.Builder> change) {
        return ok(label, ValidationContext.empty(), change);
    }

    static Arguments ok(String label, ValidationContext context, UnaryOperator<ScalingConfiguration.Builder> change) {
        return Arguments.of(new BoundaryCase(label, List.of(), context, change));
    }

    /** Just outside a limit: exactly these codes (in result order). */
    static Arguments bad(String code, String label, UnaryOperator<ScalingConfiguration.Builder> change) {
        return bad(List.of(code), label, ValidationContext.empty(), change);
    }

    static Arguments bad(String code, String label, ValidationContext context,
            UnaryOperator<ScalingConfiguration.Builder> change) {
        return bad(List.of(code), label, context, change);
    }

    static Arguments bad(List<String> codes, String label, ValidationContext context,
            UnaryOperator<ScalingConfiguration.Builder> change) {
        return Arguments.of(new BoundaryCase(label, codes, context, change));
    }

    @Override
    public String toString() {
        return (codes.isEmpty() ? "valid" : String.join("+", codes)) + ": " + label;
    }
}
