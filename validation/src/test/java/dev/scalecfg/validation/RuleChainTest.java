package dev.scalecfg.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scalecfg.core.DiskSpec;
import dev.scalecfg.core.ScalingConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

final class RuleChainTest {

    private static final Rule ALWAYS = Rule.of("test.always", (config, context) ->
            List.of(Violation.warning("ALWAYS", "", "", "always reported")));

    /** Many mistakes at once: name, two data disks, tags, bandwidth. */
    static ScalingConfiguration manyMistakes() {
        return Fixtures.builder()
                .name("a")
                .instanceName("1web")
                .putTag("aliyun", "x")
                .addDataDisk(DiskSpec.builder().size(1).build())
                .addDataDisk(DiskSpec.builder().size(40).build())
                .addDataDisk(DiskSpec.builder().size(1).build())
                .dataDisks(IntStream.range(0, 12).mapToObj(i -> DiskSpec.builder().size(i % 2 == 0 ? 1 : 40).build())
                        .collect(Collectors.toList()))
                .build();
    }

    @Test
    void defaultChain_holdsEveryBuiltInRuleInOrder() {
        assertThat(RuleChain.defaultChain().rules()).containsExactlyElementsOf(BuiltInRules.all());
        assertThat(RuleChain.defaultChain().rules()).extracting(Rule::id).doesNotHaveDuplicates()
                .startsWith("field-constraints", "names");
    }

    @Test
    void validate_collectsAllViolations_inDeterministicOrder() {
        ValidationResult first = RuleChain.defaultChain().validate(manyMistakes());
        ValidationResult second = RuleChain.defaultChain().validate(manyMistakes());

        assertThat(first.getViolations()).isEqualTo(second.getViolations());
        assertThat(first.getViolations()).extracting(Violation::getPath).containsExactly(
                "dataDisks[0].size", "dataDisks[2].size", "dataDisks[4].size", "dataDisks[6].size",
                "dataDisks[8].size", "dataDisks[10].size", "instanceName", "name", "tags[aliyun]");
        assertThat(first.codes()).containsExactly("DISK_SIZE_OUT_OF_RANGE", "DISK_SIZE_OUT_OF_RANGE",
                "DISK_SIZE_OUT_OF_RANGE", "DISK_SIZE_OUT_OF_RANGE", "DISK_SIZE_OUT_OF_RANGE", "DISK_SIZE_OUT_OF_RANGE",
                "INSTANCE_NAME_FORMAT", "NAME_LENGTH", "TAG_RESERVED_PREFIX");
    }

    @Test
    void builder_addRemoveReplace() {
        RuleChain chain = RuleChain.builder().addDefaults()
                .remove(BuiltInRules.FIELD_CONSTRAINTS.id())
                .replace(BuiltInRules.NAMES.id(), ALWAYS)
                .build();

        assertThat(chain.rules()).doesNotContain(BuiltInRules.FIELD_CONSTRAINTS, BuiltInRules.NAMES);
        assertThat(chain.rules().get(0)).isSameAs(ALWAYS);
        assertThat(chain.validate(manyMistakes()).codes()).doesNotContain("NAME_LENGTH", "INSTANCE_NAME_FORMAT")
                .contains("ALWAYS", "DISK_SIZE_OUT_OF_RANGE");
    }

    @Test
    void builder_rejectsDuplicateAndUnknownIds() {
        assertThatThrownBy(() -> RuleChain.builder().add(ALWAYS).add(Rule.of("test.always", (c, x) -> List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("test.always");
        assertThatThrownBy(() -> RuleChain.builder().remove("nope"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
        assertThatThrownBy(() -> RuleChain.builder().replace("nope", ALWAYS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void chain_isImmutable() {
        RuleChain.Builder builder = RuleChain.builder().add(ALWAYS);
        RuleChain chain = builder.build();
        builder.add(BuiltInRules.NAMES);

        assertThat(chain.rules()).containsExactly(ALWAYS);
        assertThatThrownBy(() -> chain.rules().add(BuiltInRules.NAMES)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(chain.toBuilder().add(BuiltInRules.IMAGE).build().rules()).containsExactly(ALWAYS, BuiltInRules.IMAGE);
        assertThat(chain.rules()).containsExactly(ALWAYS);
    }

    @Test
    void chain_isThreadSafe() throws Exception {
        ScalingConfiguration config = manyMistakes();
        List<Violation> expected = RuleChain.defaultChain().validate(config).getViolations();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Violation>>> futures = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                futures.add(pool.submit(() -> RuleChain.defaultChain().validate(config).getViolations()));
            }
            for (Future<List<Violation>> future : futures) {
                assertThat(future.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void ruleOf_keepsIdAndBody() {
        assertThat(ALWAYS.id()).isEqualTo("test.always");
        assertThat(ALWAYS.toString()).isEqualTo("Rule[test.always]");
        assertThat(ALWAYS.check(Fixtures.reference(), ValidationContext.empty())).extracting(Violation::getCode)
                .containsExactly("ALWAYS");
    }
}
