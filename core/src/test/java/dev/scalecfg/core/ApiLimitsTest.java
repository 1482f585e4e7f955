package dev.scalecfg.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

final class ApiLimitsTest {

    @Test
    void priceMax_hasTheDocumentedDigits() {
        BigDecimal max = new BigDecimal(ApiLimits.PRICE_MAX);

        assertThat(max.scale()).isEqualTo(ApiLimits.PRICE_DECIMALS_MAX);
        assertThat(max.precision() - max.scale()).isEqualTo(ApiLimits.PRICE_INTEGER_DIGITS_MAX);
        assertThat(max.add(BigDecimal.ONE.movePointLeft(ApiLimits.PRICE_DECIMALS_MAX)).precision() - max.scale())
                .isEqualTo(ApiLimits.PRICE_INTEGER_DIGITS_MAX + 1);
    }

    @Test
    void diskSizes_followTheDocumentedTable() {
        assertThat(ApiLimits.systemDiskSize(DiskCategory.CLOUD, PerformanceLevel.PL1)).contains(new ApiLimits.DiskSize(20, 500));
        assertThat(ApiLimits.systemDiskSize(DiskCategory.CLOUD_ESSD, PerformanceLevel.PL0)).contains(new ApiLimits.DiskSize(1, 2048));
        assertThat(ApiLimits.systemDiskSize(DiskCategory.CLOUD_ESSD, PerformanceLevel.PL3)).contains(new ApiLimits.DiskSize(1261, 2048));
        assertThat(ApiLimits.dataDiskSize(DiskCategory.CLOUD_ESSD, PerformanceLevel.PL0)).contains(new ApiLimits.DiskSize(20, 32768));
        assertThat(ApiLimits.dataDiskSize(DiskCategory.CLOUD_ESSD, PerformanceLevel.PL2)).contains(new ApiLimits.DiskSize(461, 32768));
        assertThat(ApiLimits.dataDiskSize(DiskCategory.EPHEMERAL_SSD, PerformanceLevel.PL1)).contains(new ApiLimits.DiskSize(5, 800));
        assertThat(ApiLimits.dataDiskSize(DiskCategory.CLOUD_AUTO, PerformanceLevel.PL1)).contains(new ApiLimits.DiskSize(1, 32768));
        assertThat(ApiLimits.dataDiskSize(DiskCategory.of("cloud_regional_disk_auto"), PerformanceLevel.PL1)).isEmpty();
        for (DiskCategory category : DiskCategory.knownValues()) {
            for (PerformanceLevel level : PerformanceLevel.values()) {
                assertThat(ApiLimits.systemDiskSize(category, level)).isPresent();
                assertThat(ApiLimits.dataDiskSize(category, level)).isPresent();
            }
        }
    }

    @Test
    void diskSize_containsBothEnds_andRefusesAnEmptyRange() {
        ApiLimits.DiskSize range = new ApiLimits.DiskSize(20, 500);

        assertThat(range.contains(20)).isTrue();
        assertThat(range.contains(500)).isTrue();
        assertThat(range.contains(19)).isFalse();
        assertThat(range.contains(501)).isFalse();
        assertThatThrownBy(() -> new ApiLimits.DiskSize(2, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
