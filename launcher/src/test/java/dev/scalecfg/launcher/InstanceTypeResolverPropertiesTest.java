package dev.scalecfg.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.scalecfg.core.InstanceFamilyLevel;
import dev.scalecfg.core.InstancePatternSpec;
import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.SpotStrategy;
import dev.scalecfg.core.scaleout.Billing;
import dev.scalecfg.core.scaleout.CapacitySnapshot;
import dev.scalecfg.core.scaleout.InstanceTypeInfo;
import dev.scalecfg.core.scaleout.PoolCapacity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * Properties of the resolver over random catalogs, prices and patterns, checked against a direct
 * reading of the rules (explicit first, matches cheapest first, MaxPrice, exclusions, 10 types).
 */
final class InstanceTypeResolverPropertiesTest {
    private static final int[] VCPUS = {1, 2, 4};
    private static final String[] MEMORY = {"2", "4", "8"};

    /** A random configuration with patterns and a snapshot with a catalog and prices in z1 and z2. */
    private record World(ScalingConfiguration cfg, CapacitySnapshot snap, Billing billing) {
        static World of(long seed) {
            Random rnd = new Random(seed);
            CapacitySnapshot.Builder snap = CapacitySnapshot.builder();
            boolean spot = rnd.nextBoolean();
            Billing billing = spot ? Billing.SPOT : Billing.PAYG;
            int types = 1 + rnd.nextInt(18);
            for (int t = 0; t < types; t++) {
                String name = "ecs.f" + rnd.nextInt(4) + ".s" + t;
                InstanceTypeInfo.Builder info = InstanceTypeInfo.builder().instanceType(name)
                        .vcpus(VCPUS[rnd.nextInt(3)]).memory(new BigDecimal(MEMORY[rnd.nextInt(3)]));
                if (rnd.nextInt(4) != 0) {
                    info.familyLevel(InstanceFamilyLevel.values()[rnd.nextInt(3)]);
                }
                snap.addCatalog(info.build());
                for (String zone : List.of("z1", "z2")) {
                    for (Billing b : Billing.values()) {
                        if (rnd.nextInt(3) != 0) {
                            snap.addPool(PoolCapacity.builder().zoneId(zone).instanceType(name).billing(b)
                                    .offered(rnd.nextInt(8) != 0)
                                    .price(new BigDecimal(1 + rnd.nextInt(5)).movePointLeft(1)).build());
                        }
                    }
                }
            }
            ScalingConfiguration.Builder cfg = Fixtures.base();
            int explicit = rnd.nextInt(rnd.nextBoolean() ? 3 : 10);
            for (int i = 0; i < explicit; i++) {
                // some explicit types are catalog types too
                cfg.addInstanceType(InstanceTypeSpec.of(rnd.nextBoolean() && i < types ? "ecs.f0.s" + i : "ecs.x.s" + i));
            }
            int patterns = 1 + rnd.nextInt(3);
            for (int p = 0; p < patterns; p++) {
                InstancePatternSpec.Builder pattern = InstancePatternSpec.builder().cores(VCPUS[rnd.nextInt(3)])
                        .memory(new BigDecimal(MEMORY[rnd.nextInt(3)]));
                if (spot || rnd.nextBoolean()) {
                    pattern.maxPrice(new BigDecimal(1 + rnd.nextInt(5)).movePointLeft(1));
                }
                if (rnd.nextInt(3) == 0) {
                    pattern.instanceFamilyLevel(InstanceFamilyLevel.values()[rnd.nextInt(3)]);
                }
                if (rnd.nextInt(3) == 0) {
                    pattern.addExcludedInstanceType(rnd.nextBoolean() ? "ecs.f" + rnd.nextInt(4) + ".*" : "ecs.f1.s" + rnd.nextInt(types));
                }
                cfg.addInstancePattern(pattern.build());
            }
            if (spot) {
                cfg.spotStrategy(SpotStrategy.SPOT_WITH_PRICE_LIMIT);
            }
            return new World(dedupe(cfg.build()), snap.build(), billing);
        }

        private static ScalingConfiguration dedupe(ScalingConfiguration cfg) {
            Set<String> seen = new HashSet<>();
            List<InstanceTypeSpec> unique = new ArrayList<>();
            cfg.getInstanceTypes().forEach(t -> {
                if (seen.add(t.getInstanceType())) {
                    unique.add(t);
                }
            });
            return cfg.withInstanceTypes(unique);
        }

        /** The lowest offered price of the type with the billing, or null. */
        BigDecimal price(String type) {
            return snap.getPools().stream().filter(p -> p.getInstanceType().equals(type) && p.getBilling() == billing
                            && p.isOffered() && p.getPrice().isPresent())
                    .map(p -> p.getPrice().get()).min(BigDecimal::compareTo).orElse(null);
        }

        /** Whether the pattern takes the type, read straight from §1.2.1. */
        boolean takes(InstancePatternSpec p, InstanceTypeInfo t) {
            BigDecimal price = price(t.getInstanceType());
            return p.getCores().get() == t.getVcpus() && p.getMemory().get().compareTo(t.getMemory()) == 0
                    && (p.getInstanceFamilyLevel().isEmpty() || p.getInstanceFamilyLevel().equals(t.getFamilyLevel()))
                    && p.getExcludedInstanceTypes().stream().noneMatch(e -> e.endsWith("*")
                            ? t.getInstanceType().startsWith(e.substring(0, e.length() - 1)) : e.equals(t.getInstanceType()))
                    && (p.getMaxPrice().isEmpty() || price == null || price.compareTo(p.getMaxPrice().get()) <= 0);
        }
    }

    @Test
    void theCandidateListFollowsTheRules() {
        qt().withExamples(400).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
            World w = World.of(seed);
            ResolvedTypes resolved = InstanceTypeResolver.resolve(w.cfg(), w.snap());
            List<CandidateType> types = resolved.getTypes();
            assertThat(types.size()).as("seed %d", seed).isLessThanOrEqualTo(InstanceTypeResolver.MAX_INSTANCE_TYPES);
            // explicit types first, in their order
            int explicit = w.cfg().getInstanceTypes().size();
            for (int i = 0; i < explicit; i++) {
                assertThat(types.get(i).getInstanceType()).isEqualTo(w.cfg().getInstanceTypes().get(i).getInstanceType());
                assertThat(types.get(i).getPattern()).isEmpty();
            }
            // then the pattern types, each taken by its pattern, cheapest first (unknown last), ties by pattern then name
            Map<String, InstanceTypeInfo> catalog = new HashMap<>();
            w.snap().getCatalog().forEach(t -> catalog.put(t.getInstanceType(), t));
            List<CandidateType> matched = types.subList(explicit, types.size());
            for (int i = 0; i < matched.size(); i++) {
                CandidateType c = matched.get(i);
                int pattern = c.getPattern().orElseThrow();
                assertThat(w.takes(w.cfg().getInstancePatterns().get(pattern - 1), catalog.get(c.getInstanceType())))
                        .as("seed %d: %s", seed, c).isTrue();
                for (int earlier = 1; earlier < pattern; earlier++) {
                    assertThat(w.takes(w.cfg().getInstancePatterns().get(earlier - 1), catalog.get(c.getInstanceType())))
                            .as("seed %d: %s belongs to the first pattern taking it", seed, c).isFalse();
                }
                assertThat(c.getPrice().orElse(null)).isEqualTo(w.price(c.getInstanceType()));
                if (w.billing() == Billing.SPOT) {
                    assertThat(c.getSpotPriceLimit()).isEqualTo(w.cfg().getInstancePatterns().get(pattern - 1).getMaxPrice());
                }
                if (i > 0) {
                    CandidateType prev = matched.get(i - 1);
                    BigDecimal a = prev.getPrice().orElse(null);
                    BigDecimal b = c.getPrice().orElse(null);
                    int byPrice = a == null ? (b == null ? 0 : 1) : b == null ? -1 : a.compareTo(b);
                    assertThat(byPrice).as("seed %d", seed).isLessThanOrEqualTo(0);
                    if (byPrice == 0) {
                        int byPattern = Integer.compare(prev.getPattern().get(), pattern);
                        assertThat(byPattern).isLessThanOrEqualTo(0);
                        if (byPattern == 0) {
                            assertThat(prev.getInstanceType().compareTo(c.getInstanceType())).isNegative();
                        }
                    }
                }
            }
            // every type some pattern takes is a candidate, explicit, or left out only for the limit
            Set<String> candidates = new HashSet<>();
            types.forEach(t -> candidates.add(t.getInstanceType()));
            for (InstanceTypeInfo t : w.snap().getCatalog()) {
                boolean taken = w.cfg().getInstancePatterns().stream().anyMatch(p -> w.takes(p, t));
                if (taken && !candidates.contains(t.getInstanceType())) {
                    assertThat(types).as("seed %d: %s", seed, t.getInstanceType()).hasSize(InstanceTypeResolver.MAX_INSTANCE_TYPES);
                }
                if (!taken) {
                    assertThat(matched).extracting(CandidateType::getInstanceType).doesNotContain(t.getInstanceType());
                }
            }
            // one decision per type, none for a type no pattern's shape matches
            assertThat(resolved.getDecisions()).extracting(d -> d.getInstanceType().orElseThrow()).doesNotHaveDuplicates();
        });
    }

    @Test
    void theCatalogAndPoolOrderNeverMatter() {
        qt().withExamples(200).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
            World w = World.of(seed);
            List<InstanceTypeInfo> catalog = new ArrayList<>(w.snap().getCatalog());
            Collections.shuffle(catalog, new Random(seed));
            List<PoolCapacity> pools = new ArrayList<>(w.snap().getPools());
            Collections.shuffle(pools, new Random(~seed));
            assertThat(InstanceTypeResolver.resolve(w.cfg(), w.snap().withCatalog(catalog).withPools(pools)))
                    .as("seed %d", seed).isEqualTo(InstanceTypeResolver.resolve(w.cfg(), w.snap()));
        });
    }
}
