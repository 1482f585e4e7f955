package dev.scalecfg.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class NamePatternTest {

    @Test
    void plainNames_areUsedAsTheyAre() {
        NamePattern plain = NamePattern.parse("web-server");

        assertThat(plain.ordered()).isFalse();
        assertThat(plain.problem()).isEmpty();
        assertThat(plain.format(7)).isEqualTo("web-server");
        assertThat(plain.maxNumber()).isEmpty();
    }

    @Test
    void autoIncrement_isGroupWideAndZeroPadded() {
        NamePattern pattern = NamePattern.parse("ess-node-(AUTO_INCREMENT)[0,3]-ecshost");

        assertThat(pattern.groupWide()).isTrue();
        assertThat(pattern.firstName()).isEqualTo("ess-node-000-ecshost");
        assertThat(pattern.format(2)).isEqualTo("ess-node-002-ecshost");
        assertThat(pattern.maxNumber()).contains(999L);
        assertThat(pattern.explicitBits()).hasValue(3);
    }

    @Test
    void batchForm_restartsAtItsBeginNumber() {
        NamePattern pattern = NamePattern.parse("k8s-node-[1,4]-alibabacloud");

        assertThat(pattern.groupWide()).isFalse();
        assertThat(pattern.begin()).isEqualTo(1);
        assertThat(pattern.firstName()).isEqualTo("k8s-node-0001-alibabacloud");
    }

    @Test
    void defaults_emptyBracketsAndBeginWiderThanBits() {
        assertThat(NamePattern.parse("a[]").firstName()).isEqualTo("a000000");
        assertThat(NamePattern.parse("a[,]").firstName()).isEqualTo("a000000");
        assertThat(NamePattern.parse("a[12,1]").firstName()).isEqualTo("a000012");
        assertThat(NamePattern.parse("a[999999,6]").maxNumber()).contains(999_999L);
    }

    @Test
    void extendedForm_carriesIntoTheBase62Part() {
        NamePattern pattern = NamePattern.parse("node-(a0,2)[98,2]-x");

        assertThat(pattern.extended()).isTrue();
        assertThat(pattern.groupWide()).isTrue();
        assertThat(pattern.firstName()).isEqualTo("node-a098-x");
        assertThat(pattern.format(pattern.begin() + 1)).isEqualTo("node-a099-x");
        assertThat(pattern.format(pattern.begin() + 2)).isEqualTo("node-a100-x");
        assertThat(pattern.maxNumber()).contains(62L * 62 * 100 - 1);
        assertThat(pattern.format(pattern.maxNumber().get())).isEqualTo("node-ZZ99-x");
        assertThat(NamePattern.parse("n(0,)[0,3]").firstName()).isEqualTo("n000000");
    }

    @Test
    void brokenPatterns_sayWhy() {
        assertThat(NamePattern.parse("web-[1,7]").problem()).hasValueSatisfying(p -> assertThat(p).contains("bits 7"));
        assertThat(NamePattern.parse("web-[1 ,3]").problem()).hasValueSatisfying(p -> assertThat(p).contains("spaces"));
        assertThat(NamePattern.parse("web-[1000000,6]").problem()).isPresent();
        assertThat(NamePattern.parse("(AUTO_INCREMENT)[0,3]").problem()).isPresent();
        assertThat(NamePattern.parse("web-(AUTO_INCREMENT)").problem()).isPresent();
        assertThat(NamePattern.parse("web-[0,3]-[0,3]").problem()).isPresent();
        assertThat(NamePattern.parse("web-[0,3").problem()).isPresent();
        assertThat(NamePattern.parse("web-[0,3").ordered()).isFalse();
    }

    @Test
    void format_rejectsNumbersThePatternCannotShow() {
        NamePattern pattern = NamePattern.parse("web-(AUTO_INCREMENT)[0,2]");

        assertThat(pattern.format(99)).isEqualTo("web-99");
        assertThatThrownBy(() -> pattern.format(100)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("100").hasMessageContaining("0 to 99");
    }
}
