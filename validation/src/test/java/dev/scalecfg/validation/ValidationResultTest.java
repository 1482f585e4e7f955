package dev.scalecfg.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

final class ValidationResultTest {

    private static final Violation ERROR = Violation.error("E", "dataDisks[10].size", "DataDisk.11.Size", "too big");
    private static final Violation ERROR_EARLIER = Violation.error("E", "dataDisks[2].size", "DataDisk.3.Size", "too big");
    private static final Violation WARNING = Violation.warning("W", "creditSpecification", "CreditSpecification", "ignored");

    @Test
    void sortsByPath_numericIndexes() {
        ValidationResult result = ValidationResult.of(List.of(WARNING, ERROR, ERROR_EARLIER));

        assertThat(result.getViolations()).containsExactly(WARNING, ERROR_EARLIER, ERROR);
    }

    @Test
    void infosOnly_isValid_andListedApart() {
        Violation info = Violation.of("VALUE_UNRESOLVED", Severity.INFO, "image.imageId", "ImageId", "not known offline");
        ValidationResult result = ValidationResult.of(List.of(info, WARNING));

        assertThat(result.isValid()).isTrue();
        assertThat(result.infos()).containsExactly(info);
        assertThat(result.warnings()).containsExactly(WARNING);
        assertThat(result.errors()).isEmpty();
        result.throwIfInvalid();
        ValidationResult withError = ValidationResult.of(List.of(info, ERROR));
        assertThatThrownBy(withError::throwIfInvalid).isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("1 error, 0 warning(s), 1 info(s)");
    }

    @Test
    void warningsOnly_isValid() {
        ValidationResult result = ValidationResult.of(List.of(WARNING));

        assertThat(result.isValid()).isTrue();
        assertThat(result.warnings()).containsExactly(WARNING);
        assertThat(result.errors()).isEmpty();
        result.throwIfInvalid();
    }

    @Test
    void errors_throwWithEveryViolation() {
        ValidationResult result = ValidationResult.of(List.of(ERROR, WARNING));

        assertThat(result.isValid()).isFalse();
        assertThat(result.errors()).containsExactly(ERROR);
        assertThatThrownBy(result::throwIfInvalid)
                .isInstanceOf(InvalidConfigurationException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 error").hasMessageContaining("DataDisk.11.Size").hasMessageContaining("W at")
                .satisfies(e -> assertThat(((InvalidConfigurationException) e).getViolations())
                        .containsExactly(WARNING, ERROR));
    }

    @Test
    void violation_valueSemantics() {
        assertThat(Violation.error("E", "dataDisks[10].size", "DataDisk.11.Size", "too big")).isEqualTo(ERROR)
                .hasSameHashCodeAs(ERROR);
        assertThat(ERROR.toString()).isEqualTo("ERROR E at DataDisk.11.Size (dataDisks[10].size): too big");
        assertThat(Violation.of("E", Severity.WARNING, "a", "A", "m")).isNotEqualTo(Violation.of("E", Severity.ERROR, "a", "A", "m"));
    }
}
