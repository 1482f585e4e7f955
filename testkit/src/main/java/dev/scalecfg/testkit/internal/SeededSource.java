package dev.scalecfg.testkit.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.quicktheories.core.Configuration;
import org.quicktheories.core.DetatchedRandomnessSource;
import org.quicktheories.core.Gen;
import org.quicktheories.core.PseudoRandom;
import org.quicktheories.impl.Constraint;

/**
 * A plain seeded {@link org.quicktheories.core.RandomnessSource}: draws uniformly within each
 * constraint from QuickTheories' own seeded PRNG, so the same seed always gives the same value.
 * QuickTheories offers no public seeded source, and the bounds of a {@link Constraint} are
 * package-private; they are read reflectively (QuickTheories is an automatic module, hence open).
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

    private final PseudoRandom prng;
    private int failedAssumptions;

    private SeededSource(long seed) {
        this.prng = Configuration.defaultPRNG(seed);
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
            return min == max ? min : prng.nextLong(min, max);
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
