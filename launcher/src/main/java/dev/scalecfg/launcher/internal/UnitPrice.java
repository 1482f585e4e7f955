package dev.scalecfg.launcher.internal;

import java.math.BigDecimal;

/**
 * A unit price, {@code price / divisor}, compared exactly by cross-multiplication (A7): a missing
 * price sorts after every known one.
 */
final class UnitPrice implements Comparable<UnitPrice> {
    private final BigDecimal price;
    private final long divisor;

    UnitPrice(BigDecimal price, long divisor) {
        this.price = price;
        this.divisor = Math.max(1, divisor);
    }

    @Override
    public int compareTo(UnitPrice other) {
        if (price == null || other.price == null) {
            return Boolean.compare(price == null, other.price == null);
        }
        return price.multiply(BigDecimal.valueOf(other.divisor))
                .compareTo(other.price.multiply(BigDecimal.valueOf(divisor)));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnitPrice && compareTo((UnitPrice) o) == 0;
    }

    @Override
    public int hashCode() {
        return 0;
    }
}
