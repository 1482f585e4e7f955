package dev.scalecfg.testkit.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.quicktheories.core.DetatchedRandomnessSource;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * A plain seeded {@link org.quicktheories.core.RandomnessSource}: draws uniformly within each
 * constraint from a SplitMix64 stream, so the same seed always gives the same value and different
 * seeds give different streams. QuickTheories' own PRNG is not used: it is an xorshift fed the seed
 * as is, which maps 0 and 1 to the same state and, through its arithmetic shifts, {@code s} and
 * {@code ~s} to the same stream. QuickTheories offers no public seeded source, and the bounds of a
 * {@link Constraint} are package-private; they are read reflectively (QuickTheories is an automatic
 * module, hence open).
 */
public final class SeededSource implements DetatchedRandomnessSource {

    private static final int MAX_FAILED_ASSUMPTIONS = 10_000;
    private static final MethodHandle MIN;
    private static final MethodHandle MAX;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(Constraint.class, MethodHandles.lookup());
            MIN = lookup.findVirtual(Constraint.class, "min", MethodType.methodType(long.class));
            MAX = lookup.findVirtual(Constraint.class, "max", MethodType.methodType(long.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The golden-ratio increment of SplitMix64. */
    private static final long GAMMA = 0x9E3779B97F4A7C15L;

    private long state;
    private int failedAssumptions;

    private SeededSource(long seed) {
        this.state = mix(seed); // scramble the seed: neighbouring seeds start far apart
    }

    /** The SplitMix64 finaliser (Steele, Lea, Flood 2014): a bijection that spreads every input bit. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private long nextLong() {
        state += GAMMA;
        return mix(state);
    }

    /** A uniform draw from {@code min} to {@code max}, both inclusive, without modulo bias. */
    long between(long min, long max) {
        long span = max - min + 1;
        if (span <= 0) { // the range is wider than a long can count: draw until it fits
            long value;
            do {
                value = nextLong();
            } while (value < min || value > max);
            return value;
        }
        long bits;
        long value;
        do {
            bits = nextLong() >>> 1;
            value = bits % span;
        } while (bits - value + (span - 1) < 0); // rejects the incomplete last block
        return min + value;
    }

    /**
     * Draws one value of the generator from a source seeded with {@code seed}.
     *
     * @param gen  the generator
     * @param seed the seed
     * @param <T>  the value type
     * @return the value, the same for the same generator and seed
     */
    public static <T> T sample(Gen<T> gen, long seed) {
        return gen.generate(new SeededSource(seed));
    }

    @Override
    public long next(Constraint constraint) {
        try {
            long min = (long) MIN.invokeExact(constraint);
            long max = (long) MAX.invokeExact(constraint);
            return min == max ? min : between(min, max);
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read the bounds of a QuickTheories constraint", e);
        }
    }

    @Override
    public DetatchedRandomnessSource detach() {
        return this;
    }

    @Override
    public void commit() {
        // draws go straight to the PRNG: nothing to commit
    }

    @Override
    public void registerFailedAssumption() {
        if (++failedAssumptions > MAX_FAILED_ASSUMPTIONS) {
            throw new IllegalStateException("the generator rejected " + MAX_FAILED_ASSUMPTIONS + " values in a row");
        }
    }
}
