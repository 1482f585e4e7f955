package dev.scalecfg.benchmarks;

import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.validation.RuleChain;
import dev.scalecfg.validation.ValidationResult;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The default rule chain against its baseline, bare Hibernate Validator on the same object: what
 * a Spring application pays for {@code @Valid} on a configuration. Goal (#13): the chain, which
 * checks far more than the field constraints, no slower than bare Hibernate Validator.
 *
 * <p>Both run on a valid configuration (no violation to describe), large and minimal.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ValidationBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ValidationBenchmark {
    /** Which configuration: {@code large} (10 types, 16 disks) or {@code minimal}. */
    @Param({"large", "minimal"})
    public String size;

    private final RuleChain chain = RuleChain.defaultChain();
    private ValidatorFactory factory;
    private Validator validator;
    private ScalingConfiguration configuration;

    /** Builds the configuration and a Hibernate Validator factory set up as the chain's own. */
    @Setup
    public void setUp() {
        configuration = Fixtures.configuration(size);
        factory = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    /** Closes the factory. */
    @TearDown
    public void tearDown() {
        factory.close();
    }

    /**
     * Runs the default rule chain, field constraints included.
     *
     * @return the result
     */
    @Benchmark
    public ValidationResult ruleChain() {
        return chain.validate(configuration);
    }

    /**
     * Baseline: bare Hibernate Validator, {@code validator.validate(configuration)}.
     *
     * @return the constraint violations (none)
     */
    @Benchmark
    public Set<ConstraintViolation<ScalingConfiguration>> bareHibernateValidator() {
        return validator.validate(configuration);
    }
}
