package dev.scalecfg.testkit.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Imperative drawing on top of a QuickTheories {@link RandomnessSource}. Every draw goes through a
 * QuickTheories primitive ({@link Generate#range(int, int, int)}, {@link Generate#pick(List)}) whose
 * shrink point is the first, simplest choice, so QuickTheories records each draw and shrinks a
 * failing example toward small values: absent optionals, empty lists, first list entries.
 */
public final class Draw {

    static final String LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
    static final String LOWER = "abcdefghijklmnopqrstuvwxyz";

    private final RandomnessSource source;

    /**
     * Wraps a source.
     *
     * @param source the QuickTheories source
     */
    public Draw(RandomnessSource source) {
        this.source = source;
    }

    /** Returns the wrapped source. */
    RandomnessSource source() {
        return source;
    }

    /** An int in [min, max] that shrinks toward min. */
    public int between(int min, int max) {
        if (min == max) {
            return min;
        }
        return Generate.range(min, max, min).generate(source);
    }

    /** A long in [min, max] that shrinks toward min. */
    public long longBetween(long min, long max) {
        if (min == max) {
            return min;
        }
        return Generate.longRange(min, max, min).generate(source);
    }

    /** True with probability 1/oneIn; shrinks to false. */
    public boolean chance(int oneIn) {
        return between(0, oneIn - 1) == oneIn - 1;
    }

    /** True or false, half each; shrinks to false. */
    public boolean flip() {
        return chance(2);
    }

    /** One element of the list; shrinks toward the first. */
    public <T> T pick(List<T> values) {
        if (values.size() == 1) {
            return values.get(0);
        }
        return Generate.pick(values).generate(source);
    }

    /** One of the values; shrinks toward the first. */
    @SafeVarargs
    public final <T> T pick(T... values) {
        return pick(List.of(values));
    }

    /** A value of the given generator. */
    public <T> T from(Gen<T> gen) {
        return gen.generate(source);
    }

    /** A value present with probability 1/oneIn; shrinks to absent. */
    public <T> Optional<T> maybe(int oneIn, Supplier<T> value) {
        return chance(oneIn) ? Optional.of(value.get()) : Optional.empty();
    }

    /** {@code count} distinct elements of {@code values}, in draw order; shrinks toward the first ones. */
    public <T> List<T> distinct(List<T> values, int count) {
        List<T> remaining = new ArrayList<>(values);
        List<T> chosen = new ArrayList<>(count);
        for (int i = 0; i < count && !remaining.isEmpty(); i++) {
            chosen.add(remaining.remove(between(0, remaining.size() - 1)));
        }
        return chosen;
    }

    /** A string of {@code length} characters from {@code alphabet}; shrinks toward its first character. */
    public String chars(String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(between(0, alphabet.length() - 1)));
        }
        return text.toString();
    }

    /** A lower-case alphanumeric string of {@code length} characters. */
    public String alnum(int length) {
        return chars(LOWER_ALNUM, length);
    }

    /**
     * A positive decimal with three decimals at most and at least one, such as {@code 0.125} or
     * {@code 1.0}: the scale survives a text round trip unchanged.
     */
    public BigDecimal price(int minThousandths, int maxThousandths) {
        BigDecimal value = BigDecimal.valueOf(between(minThousandths, maxThousandths), 3).stripTrailingZeros();
        return value.scale() < 1 ? value.setScale(1) : value;
    }
}
