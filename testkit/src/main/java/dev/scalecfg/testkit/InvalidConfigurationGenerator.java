package dev.scalecfg.testkit;

import dev.scalecfg.validation.ViolationCode;
import java.util.Set;
import org.quicktheories.core.Gen;

/**
 * A fluent generator of {@link InvalidSample}s: a generated valid configuration with exactly one
 * documented mistake (one mutation per violation code of {@code scalecfg-validation}) and the code
 * it must produce. By default every code is drawn; shrinking moves toward the first code of
 * {@link ScalingGenerators#mutationCodes()} and toward a small base configuration.
 *
 * <pre>{@code
 * qt().forAll(ScalingGenerators.invalidConfigurations().codes(DiskRules.DISK_SIZE_OUT_OF_RANGE).gen())
 *     .checkAssert(sample -> assertThat(RuleChain.defaultChain()
 *         .validate(sample.configuration(), sample.context()).codes())
 *         .containsOnly(sample.expectedCode()));
 * }</pre>
 *
 * @since 0.1.0
 */
public interface InvalidConfigurationGenerator extends Gen<InvalidSample> {

    /**
     * Narrows to mutations producing one of the given codes.
     *
     * @param codes violation codes, each one of {@link ScalingGenerators#mutationCodes()}
     * @return a new generator
     * @throws IllegalArgumentException if no code is given or a code has no mutation
     */
    InvalidConfigurationGenerator codes(String... codes);

    /**
     * Narrows to mutations producing one of the given codes, such as
     * {@code DiskRules.DISK_SIZE_OUT_OF_RANGE}.
     *
     * @param code a violation code, one of {@link ScalingGenerators#mutationCodes()}
     * @param more more codes
     * @return a new generator
     * @throws IllegalArgumentException if a code has no mutation
     * @since 0.2.0
     */
    default InvalidConfigurationGenerator codes(ViolationCode code, ViolationCode... more) {
        String[] names = new String[more.length + 1];
        names[0] = code.getCode();
        for (int i = 0; i < more.length; i++) {
            names[i + 1] = more[i].getCode();
        }
        return codes(names);
    }

    /**
     * Returns the codes this generator can produce.
     *
     * @return the codes, in draw order
     */
    Set<String> producibleCodes();

    /**
     * Returns this generator as a plain QuickTheories generator.
     *
     * @return this generator
     */
    default Gen<InvalidSample> gen() {
        return this;
    }
}
