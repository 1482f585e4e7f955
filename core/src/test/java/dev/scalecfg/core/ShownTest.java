package dev.scalecfg.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

final class ShownTest {
    @Test
    void shortNumbers_arePlain() {
        assertThat(Shown.number(new BigDecimal("0.062"))).isEqualTo("0.062");
        assertThat(Shown.number(new BigDecimal("5000"))).isEqualTo("5000");
        assertThat(Shown.number(new BigDecimal("-12.50"))).isEqualTo("-12.50");
        assertThat(Shown.number(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(Shown.number(BigDecimal.ZERO)).isEqualTo("0");
    }

    @Test
    void hugeExponents_areScientificAndShort() {
        assertThat(Shown.number(new BigDecimal("1E+2147483647"))).isEqualTo("1E+2147483647");
        assertThat(Shown.number(new BigDecimal("1e-2147483647"))).isEqualTo("1E-2147483647");
        assertThat(Shown.number(new BigDecimal("1e999999999"))).isEqualTo("1E+999999999");
        assertThat(Shown.number(new BigDecimal("-2.5e40"))).isEqualTo("-2.5E+40");
    }

    @Test
    void longMantissas_areRounded() {
        String digits = "1234567890".repeat(1_000);
        String shown = Shown.number(new BigDecimal("0." + digits));
        assertThat(shown).hasSizeLessThan(40).isEqualTo("1.23456789012345678901235E-1");
    }

    @Test
    void edgeOfPlain() {
        assertThat(Shown.number(new BigDecimal("1".repeat(24)))).isEqualTo("1".repeat(24));
        assertThat(Shown.number(new BigDecimal("1".repeat(25)))).startsWith("1.").contains("E+24");
    }

    @Test
    void texts_areCutAndEscaped() {
        assertThat(Shown.text("a\"b\\c\nd\u0001")).isEqualTo("a\\\"b\\\\c\\nd\\u0001");
        assertThat(Shown.text("x".repeat(201))).isEqualTo("x".repeat(200) + "… (201 characters)");
        assertThat(Shown.text("x".repeat(200))).isEqualTo("x".repeat(200));
    }
}
