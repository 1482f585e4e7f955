package dev.scalecfg.tests.guard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalecfg.core.Fixtures;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.ess.ApiVersion;
import dev.scalecfg.core.ess.EssParameters;
import dev.scalecfg.testkit.ConfigurationGenerator;
import dev.scalecfg.testkit.InvalidSample;
import dev.scalecfg.testkit.ScalingGenerators;
import dev.scalecfg.testkit.ScalingSamples;
import dev.scalecfg.tests.guard.ModelAttributes.Attribute;
import dev.scalecfg.validation.CodeRegistry;
import dev.scalecfg.validation.RuleChain;
import dev.scalecfg.validation.ViolationCode;
import dev.scalecfg.validation.rules.FieldRules;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The guard for new parameters (issue #9 §4): it walks the model's attributes by reflection and fails,
 * naming the attribute, when one is not wired end to end: no ESS parameter (and no explicit "not on
 * the wire" mark), no value in the full fixtures ({@code Fixtures.full()} of core's tests), never
 * drawn by the testkit's valid generators, or, where the API limits it, no mutation of the testkit
 * that breaks it. Adding a parameter to the model fails here until every place is done.
 */
final class ParameterGuardTest {

    /** Attributes that are no parameter of CreateScalingConfiguration, and why. */
    private static final Map<String, String> NOT_ON_THE_WIRE = Map.of(
            "lifecycleState", "the state of an existing configuration, reported by DescribeScalingConfigurations");

    /** Seeds per generator: enough to draw every optional attribute, deterministic (no QuickTheories runner). */
    private static final int SAMPLES = 400;

    /** Seeds per mutation code: a code may have several mutations, each with several cases. */
    private static final int MUTATION_SAMPLES = 150;

    private static final List<Attribute> ATTRIBUTES = ModelAttributes.all();
    private static ValidatorFactory factory;

    @BeforeAll
    static void validator() {
        factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
                .buildValidatorFactory();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void theWalkFindsTheModel() {
        assertThat(ATTRIBUTES).extracting(Attribute::path)
                .contains("name", "dataDisks[].size", "network.networkInterfaces[].securityGroupIds[]",
                        "instanceTypes[].weightedCapacity", "tags", "credentials.password", "lifecycleState")
                .hasSizeGreaterThan(100);
        assertThat(NOT_ON_THE_WIRE.keySet()).allMatch(path -> ATTRIBUTES.stream().anyMatch(a -> a.path().equals(path)));
    }

    @Test
    void everyAttribute_isAnEssParameter_orMarkedNotOnTheWire() {
        ScalingConfiguration full = Fixtures.full();
        List<String> missing = new ArrayList<>();
        for (Attribute attribute : ATTRIBUTES) {
            if (NOT_ON_THE_WIRE.containsKey(attribute.path())) {
                continue;
            }
            String concrete = attribute.firstSetPath(full).orElse(attribute.path().replace("[]", "[0]"));
            for (ApiVersion version : ApiVersion.values()) {
                if (EssParameters.parameterName(full, concrete, version).isEmpty()) {
                    missing.add(attribute.path() + " (" + version + ")");
                }
            }
        }
        assertThat(missing).as("attributes without an EssSchema row (add one, or mark them NOT_ON_THE_WIRE)").isEmpty();
    }

    @Test
    void everyAttribute_hasAValueInTheFullFixtures() {
        ScalingConfiguration full = Fixtures.full().withLifecycleState(dev.scalecfg.core.LifecycleState.ACTIVE);
        assertThat(ATTRIBUTES).filteredOn(attribute -> attribute.firstSetPath(full).isEmpty())
                .extracting(Attribute::path)
                .as("attributes that core's Fixtures.full() leaves unset: set them there")
                .isEmpty();
    }

    @Test
    void everyAttribute_isDrawnByTheValidGenerators() {
        ConfigurationGenerator base = ScalingGenerators.configurations();
        List<ConfigurationGenerator> generators = List.of(base, base.vpc(), base.classic(), base.windows(), base.linux(),
                base.preemptible(), base.payAsYouGo(), base.weighted(), base.burstable(), base.dataDisks(4, 8),
                base.cpuAndMemory());
        Set<String> drawn = new HashSet<>();
        for (ConfigurationGenerator generator : generators) {
            for (long seed = 0; seed < SAMPLES; seed++) {
                ScalingConfiguration config = ScalingSamples.sample(generator, seed);
                for (Attribute attribute : ATTRIBUTES) {
                    if (!drawn.contains(attribute.path()) && attribute.firstSetPath(config).isPresent()) {
                        drawn.add(attribute.path());
                    }
                }
            }
        }
        assertThat(ATTRIBUTES).extracting(Attribute::path)
                .filteredOn(path -> !drawn.contains(path) && !NOT_ON_THE_WIRE.containsKey(path))
                .as("attributes the testkit's valid generators never set: draw them in testkit/internal")
                .isEmpty();
    }

    @Test
    void everyLimitedAttribute_isBrokenByAMutation() {
        CodeRegistry registry = RuleChain.defaultChain().codes();
        Set<String> mutations = ScalingGenerators.mutationCodes();
        Set<String> constrained = constrainedPaths();
        Set<String> broken = brokenPaths(constrained);

        Map<String, String> missing = new TreeMap<>();
        for (String path : constrained) {
            if (!broken.contains(path)) {
                missing.put(path, "has a field constraint that no mutation breaks");
            }
        }
        ScalingConfiguration full = Fixtures.full();
        for (Attribute attribute : ATTRIBUTES) {
            Optional<String> parameter = attribute.firstSetPath(full)
                    .flatMap(path -> EssParameters.parameterName(full, path, ApiVersion.V2014_08_28))
                    .map(ParameterGuardTest::template);
            if (parameter.isEmpty()) {
                continue;
            }
            for (ViolationCode code : registry.codes()) {
                boolean concerns = code.getParameters().stream().map(ParameterGuardTest::template)
                        .anyMatch(parameter.get()::equals);
                if (concerns && !registry.owners(code.getCode()).contains(CodeRegistry.READER)
                        && !mutations.contains(code.getCode())) {
                    missing.put(attribute.path(), code.getCode() + " limits it, but has no mutation");
                }
            }
        }
        assertThat(missing).as("limited attributes without a mutation in testkit/internal/Mutations").isEmpty();
    }

    /** A parameter name with its indexes as N: {@code DataDisk.2.Categories.1} → {@code DataDisk.N.Categories.N}. */
    private static String template(String parameter) {
        return parameter.replaceAll("\\.(\\d+|N|M)(?=\\.|$)", ".N");
    }

    /**
     * The plain paths (indexes dropped) where the mutations' codes are reported, drawn seed after seed
     * until every wanted path is broken or {@link #MUTATION_SAMPLES} seeds are spent: a few rounds over
     * every code, then over the field-constraint codes only (the ones with one mutation per attribute).
     */
    private static Set<String> brokenPaths(Set<String> wanted) {
        Set<String> paths = new TreeSet<>();
        RuleChain chain = RuleChain.defaultChain();
        Set<String> fieldCodes = new TreeSet<>();
        FieldRules.CODES.forEach(code -> fieldCodes.add(code.getCode()));
        for (long seed = 0; seed < MUTATION_SAMPLES && !paths.containsAll(wanted); seed++) {
            for (String code : ScalingGenerators.mutationCodes()) {
                if (seed >= 5 && !fieldCodes.contains(code)) {
                    continue;
                }
                InvalidSample sample = ScalingSamples.sample(ScalingGenerators.invalidConfigurations().codes(code), seed);
                chain.validate(sample.configuration(), sample.context()).getViolations().stream()
                        .filter(v -> v.getCode().equals(code))
                        .forEach(v -> paths.add(v.getPath().replaceAll("\\[[^\\]]*\\]", "")));
            }
        }
        return paths;
    }

    /** The plain paths of every attribute that carries a Jakarta constraint (on itself or its elements). */
    private static Set<String> constrainedPaths() {
        Validator validator = factory.getValidator();
        Set<String> paths = new TreeSet<>();
        walk(validator, validator.getConstraintsForClass(ScalingConfiguration.class), "", paths, new HashSet<>());
        return paths;
    }

    private static void walk(Validator validator, BeanDescriptor bean, String prefix, Set<String> paths, Set<Class<?>> seen) {
        if (!seen.add(bean.getElementClass())) {
            return;
        }
        for (PropertyDescriptor property : bean.getConstrainedProperties()) {
            String path = prefix + property.getPropertyName();
            if (!property.getConstraintDescriptors().isEmpty() || hasElementConstraints(property.getConstrainedContainerElementTypes())) {
                paths.add(path);
            }
            if (property.isCascaded()) {
                walk(validator, validator.getConstraintsForClass(property.getElementClass()), path + ".", paths, seen);
            }
            for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
                if (element.isCascaded()) {
                    walk(validator, validator.getConstraintsForClass(element.getElementClass()), path + ".", paths, seen);
                }
            }
        }
    }

    private static boolean hasElementConstraints(Set<ContainerElementTypeDescriptor> elements) {
        for (ContainerElementTypeDescriptor element : elements) {
            if (!element.getConstraintDescriptors().isEmpty() || hasElementConstraints(element.getConstrainedContainerElementTypes())) {
                return true;
            }
        }
        return false;
    }
}
