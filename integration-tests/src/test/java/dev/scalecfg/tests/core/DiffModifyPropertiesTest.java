package dev.scalecfg.tests.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.scalecfg.core.ConfigFormatException;
import dev.scalecfg.core.FormatError;
import dev.scalecfg.core.LifecycleState;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.ess.ApiVersion;
import dev.scalecfg.core.ess.ConfigurationDiff;
import dev.scalecfg.core.ess.EssParameters;
import dev.scalecfg.core.ess.ModifyRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import dev.scalecfg.testkit.ScalingGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Diff and Modify against an independent model of the API: a request, applied to OLD's parameters
 * the way the API reference describes (each list sent replaces the list, the two ways of
 * configuring network interfaces replace each other), gives NEW.
 */
final class DiffModifyPropertiesTest {
    private static final int EXAMPLES = 150;
    private static final List<String> SECURITY_GROUP_WAY = List.of("SecurityGroupId", "SecurityGroupIds",
            "Ipv6AddressCount");

    /**
     * A pair OLD, NEW where NEW is OLD with one to three parameter groups (a scalar, or a whole list)
     * taken from another configuration that has them: values change and lists grow or shrink.
     */
    private static Gen<ScalingConfiguration[]> pairs() {
        Gen<ScalingConfiguration> configs = ScalingGenerators.anyConfigurations();
        return configs.zip(configs, longs().all(), (a, b, seed) -> {
            ApiVersion version = ApiVersion.V2014_08_28;
            Map<String, String> old = EssParameters.toParameters(a, version);
            Map<String, String> other = EssParameters.toParameters(b, version);
            Random random = new Random(seed);
            List<String> otherGroups = other.keySet().stream().map(DiffModifyPropertiesTest::group).distinct()
                    .collect(java.util.stream.Collectors.toList());
            Set<String> taken = new java.util.HashSet<>();
            for (int i = 1 + random.nextInt(3); i > 0 && !otherGroups.isEmpty(); i--) {
                taken.add(otherGroups.get(random.nextInt(otherGroups.size())));
            }
            Map<String, String> mixed = new LinkedHashMap<>();
            for (String key : union(old, other)) {
                String value = (taken.contains(group(key)) ? other : old).get(key);
                if (value != null) {
                    mixed.put(key, value);
                }
            }
            try {
                return new ScalingConfiguration[] {a, EssParameters.fromParameters(mixed)};
            } catch (ConfigFormatException inconsistent) {
                return new ScalingConfiguration[] {a, a};
            }
        });
    }

    private static List<String> union(Map<String, String> a, Map<String, String> b) {
        Set<String> keys = new java.util.LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        return List.copyOf(keys);
    }

    /** The list a parameter belongs to, as the test models it: its first segment, instance types as one. */
    private static String group(String key) {
        String first = key.split("\\.")[0];
        if (Set.of("InstanceTypes", "InstanceTypeOverride", "SpotPriceLimit").contains(first)) {
            return "InstanceTypes";
        }
        if (Set.of("SystemDisk", "ImageOptions", "PrivatePoolOptions", "SecurityOptions").contains(first)) {
            return key;
        }
        if (first.equals("ResourcePoolOptions") || first.equals("InstanceTypeCandidateOptions")) {
            return key.split("\\.").length > 2 && key.split("\\.")[2].matches("\\d+")
                    ? String.join(".", List.of(key.split("\\.")).subList(0, 2)) : key;
        }
        return first;
    }

    @Test
    void aConfigurationDoesNotDifferFromItself() {
        qt().withExamples(EXAMPLES).forAll(ScalingGenerators.anyConfigurations()
                .zip(org.quicktheories.generators.SourceDSL.integers().between(0, 2), (config, state) -> state == 0 ? config
                        : config.withLifecycleState(state == 1 ? LifecycleState.ACTIVE : LifecycleState.INACTIVE))).checkAssert(config -> {
            assertThat(ConfigurationDiff.between(config, config).isEmpty()).isTrue();
            assertThat(ModifyRequest.between(config, config, ApiVersion.V2022_02_22).isEmpty()).isTrue();
        });
    }

    @Test
    void theDiffListsExactlyTheParametersThatDiffer() {
        qt().withExamples(EXAMPLES).forAll(pairs()).checkAssert(pair -> {
            Map<String, String> before = EssParameters.toParameters(pair[0], ApiVersion.V2014_08_28);
            Map<String, String> after = EssParameters.toParameters(pair[1], ApiVersion.V2014_08_28);
            ConfigurationDiff diff = ConfigurationDiff.between(pair[0], pair[1]);
            assertThat(diff.getChanges()).extracting(ConfigurationDiff.Change::getParameter)
                    .containsExactlyInAnyOrderElementsOf(union(before, after).stream()
                            .filter(key -> !java.util.Objects.equals(before.get(key), after.get(key))).toList());
            for (ConfigurationDiff.Change change : diff.getChanges()) {
                if (!FormatError.isSecret(change.getParameter())) {
                    assertThat(change.getOldValue()).isEqualTo(java.util.Optional.ofNullable(before.get(change.getParameter())));
                    assertThat(change.getNewValue()).isEqualTo(java.util.Optional.ofNullable(after.get(change.getParameter())));
                }
            }
        });
    }

    @Test
    void aPossibleRequestTurnsOldIntoNew() {
        java.util.concurrent.atomic.AtomicInteger possible = new java.util.concurrent.atomic.AtomicInteger();
        qt().withExamples(EXAMPLES).forAll(pairs()).checkAssert(pair -> {
            for (ApiVersion version : ApiVersion.values()) {
                ModifyRequest modify = ModifyRequest.between(pair[0], pair[1], version);
                if (!modify.isPossible() || modify.isEmpty()) {
                    continue;
                }
                possible.incrementAndGet();
                Map<String, String> state = EssParameters.toParameters(pair[0], ApiVersion.V2014_08_28);
                Map<String, String> request = EssParameters.toParameters(
                        EssParameters.fromParameters(modify.getParameters()), ApiVersion.V2014_08_28);
                // the request is read here as a partial configuration only to normalise its spelling
                Set<String> sent = new java.util.HashSet<>();
                request.keySet().forEach(key -> sent.add(group(key)));
                if (sent.contains("NetworkInterfaces")) {
                    SECURITY_GROUP_WAY.forEach(sent::add);
                }
                if (sent.stream().anyMatch(SECURITY_GROUP_WAY::contains)) {
                    sent.add("NetworkInterfaces");
                    sent.add("SecurityGroupId");
                    sent.add("SecurityGroupIds");
                }
                state.keySet().removeIf(key -> sent.contains(group(key)));
                state.putAll(request);
                assertThat(EssParameters.fromParameters(state)).isEqualTo(pair[1]);
            }
        });
        assertThat(possible.get()).as("pairs with a possible, non-empty request").isGreaterThan(EXAMPLES / 10);
    }

    @Test
    void aRequestSendsOnlyNewValues() {
        qt().withExamples(EXAMPLES).forAll(pairs()).checkAssert(pair -> {
            Map<String, String> after = EssParameters.toParameters(pair[1], ApiVersion.V2022_02_22);
            ModifyRequest modify = ModifyRequest.between(pair[0], pair[1], ApiVersion.V2022_02_22);
            modify.getParameters().forEach((key, value) -> assertThat(after).containsEntry(key, value));
            if (modify.getParameters().containsKey("Password")) {
                assertThat(modify.toString()).contains("Password=****");
            }
        });
    }
}
