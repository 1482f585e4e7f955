package dev.scalecfg.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scalecfg.core.FieldCodes;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.io.ReadCodes;
import dev.scalecfg.validation.internal.FieldConstraintRule;
import dev.scalecfg.validation.rules.DiskRules;
import dev.scalecfg.validation.rules.FieldRules;
import dev.scalecfg.validation.rules.ReaderCodes;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The code registry is derived from the rules and the readers, and stays consistent with them. */
final class CodeRegistryTest {

    private static final CodeRegistry REGISTRY = CodeRegistry.builtIn();

    @Test
    void everyReaderCode_isRegisteredForTheReader() throws IllegalAccessException {
        List<String> readCodes = new ArrayList<>();
        for (Field field : ReadCodes.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                readCodes.add((String) field.get(null));
            }
        }

        assertThat(readCodes).isNotEmpty();
        for (String code : readCodes) {
            assertThat(REGISTRY.owners(code)).as("ReadCodes.%s: register it in ReaderCodes", code)
                    .containsExactly(CodeRegistry.READER);
        }
        assertThat(ReaderCodes.CODES).extracting(ViolationCode::getCode).containsExactlyInAnyOrderElementsOf(readCodes);
        assertThat(REGISTRY.get(ReadCodes.VALUE_UNRESOLVED).getSeverity()).isEqualTo(Severity.INFO);
    }

    @Test
    void fieldCodePayloads_andFieldRules_matchOneToOne() {
        Set<ViolationCode> mapped = new LinkedHashSet<>();
        FieldCodes.all().forEach(payload -> mapped.add(FieldRules.forPayload(payload)));

        assertThat(mapped).containsExactlyInAnyOrderElementsOf(FieldRules.CODES);
        assertThat(FieldCodes.code(FieldCodes.SecondaryPrivateIpCountOutOfRange.class))
                .isEqualTo("SECONDARY_PRIVATE_IP_COUNT_OUT_OF_RANGE");
    }

    @Test
    void everyModelConstraint_namesItsCodeInAPayload() {
        BeanDescriptor root = FieldConstraintRule.validator().getConstraintsForClass(ScalingConfiguration.class);
        List<String> unnamed = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        walk(root, "", unnamed, codes, new HashSet<>());

        assertThat(unnamed).as("constraints without a FieldCodes payload").isEmpty();
        assertThat(codes).as("every field code is used by a constraint")
                .containsExactlyInAnyOrderElementsOf(FieldRules.CODES.stream().map(ViolationCode::getCode).toList());
    }

    private static void walk(BeanDescriptor bean, String prefix, List<String> unnamed, Set<String> codes, Set<Class<?>> seen) {
        if (!seen.add(bean.getElementClass())) {
            return;
        }
        for (PropertyDescriptor property : bean.getConstrainedProperties()) {
            String path = prefix + property.getPropertyName();
            property.getConstraintDescriptors().forEach(c -> check(c, path, unnamed, codes));
            containers(property.getConstrainedContainerElementTypes(), path, unnamed, codes, seen);
            if (property.isCascaded()) {
                walk(FieldConstraintRule.validator().getConstraintsForClass(property.getElementClass()), path + ".",
                        unnamed, codes, seen);
            }
        }
    }

    private static void containers(Set<ContainerElementTypeDescriptor> elements, String path, List<String> unnamed,
            Set<String> codes, Set<Class<?>> seen) {
        for (ContainerElementTypeDescriptor element : elements) {
            element.getConstraintDescriptors().forEach(c -> check(c, path + "[]", unnamed, codes));
            containers(element.getConstrainedContainerElementTypes(), path + "[]", unnamed, codes, seen);
            if (element.isCascaded()) {
                walk(FieldConstraintRule.validator().getConstraintsForClass(element.getElementClass()), path + "[].",
                        unnamed, codes, seen);
            }
        }
    }

    private static void check(ConstraintDescriptor<?> constraint, String path, List<String> unnamed, Set<String> codes) {
        FieldCodes.codeOf(constraint.getPayload()).ifPresentOrElse(codes::add,
                () -> unnamed.add(path + " @" + constraint.getAnnotation().annotationType().getSimpleName()));
        assertThat(constraint.getMessageTemplate()).as(path).doesNotMatch("[A-Z][A-Z0-9_]*:.*");
    }

    @Test
    void eachBuiltInRule_reportsOnlyTheCodesItDeclares() {
        DocumentedCodesTest.boundaryCases().forEach(boundary -> {
            ScalingConfiguration config = boundary.configuration();
            for (Rule rule : BuiltInRules.all()) {
                Set<String> declared = rule.codes().stream().map(ViolationCode::getCode).collect(Collectors.toSet());
                assertThat(rule.check(config, boundary.context)).as("%s on %s", rule.id(), boundary)
                        .allSatisfy(v -> {
                            assertThat(declared).contains(v.getCode());
                            assertThat(v.getSeverity()).isEqualTo(REGISTRY.get(v.getCode()).getSeverity());
                        });
            }
        });
    }

    @Test
    void sharedCodes_listEveryOwner() {
        assertThat(REGISTRY.owners(DiskRules.DISK_SIZE_OUT_OF_RANGE.getCode())).containsExactly("system-disk", "data-disks");
        assertThat(REGISTRY.owners("BANDWIDTH_IN_OUT_OF_RANGE")).containsExactly("field-constraints", "bandwidth");
        assertThat(REGISTRY.ownedBy("data-disks")).containsExactlyInAnyOrderElementsOf(DiskRules.DATA_DISK_CODES);
        assertThat(REGISTRY.find("NO_SUCH_CODE")).isEmpty();
        assertThatThrownBy(() -> REGISTRY.get("NO_SUCH_CODE")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NO_SUCH_CODE");
    }

    @Test
    void everyRegisteredCode_hasParametersOrIsAboutTheDocument_andADescription() {
        for (ViolationCode code : REGISTRY.codes()) {
            assertThat(code.getDescription()).as(code.getCode()).isNotBlank();
            if (!REGISTRY.owners(code.getCode()).contains(CodeRegistry.READER)) {
                assertThat(code.getParameters()).as(code.getCode()).isNotEmpty()
                        .allMatch(parameter -> parameter.matches("[A-Z][A-Za-z0-9]*(\\.([A-Z][A-Za-z0-9]*|[NM]))*"));
            }
        }
    }

    @Test
    void aCodeDefinedTwiceDifferently_isRefused() {
        ViolationCode one = ViolationCode.error("ORG_CODE").description("one").build();
        ViolationCode other = ViolationCode.warning("ORG_CODE").description("one").build();

        assertThatThrownBy(() -> CodeRegistry.builder().register("a", one).register("b", other).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ORG_CODE").hasMessageContaining("'b'");
        assertThat(CodeRegistry.builder().register("a", one).register("b", one).build().owners("ORG_CODE"))
                .containsExactly("a", "b");
    }

    @Test
    void aCodeMustBeUpperSnake_andDescribed() {
        assertThatThrownBy(() -> ViolationCode.error("costCenter").description("x").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("costCenter");
        assertThatThrownBy(() -> ViolationCode.error("COST").description(" ").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ViolationCode.error("COST").build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("description");
    }

    @Test
    void aPluginRulesCodes_joinItsChainsRegistry() {
        ViolationCode missing = ViolationCode.error("COST_CENTER_TAG_MISSING").addParameters("Tags")
                .description("every configuration carries a cost-center tag").build();
        Rule costCenter = Rule.of("org.example.cost-center", List.of(missing), (config, context) ->
                config.getTags().containsKey("cost-center") ? List.of()
                        : List.of(Violation.of(missing, "tags", "Tags", "Tags has no cost-center key")));
        RuleChain chain = RuleChain.builder().addDefaults().add(costCenter).build();

        assertThat(chain.codes().owners("COST_CENTER_TAG_MISSING")).containsExactly("org.example.cost-center");
        assertThat(chain.codes().codes()).hasSize(REGISTRY.codes().size() + 1);
        assertThat(RuleChain.defaultChain().codes().contains("COST_CENTER_TAG_MISSING")).isFalse();
        assertThat(chain.validate(Fixtures.reference()).getViolations())
                .singleElement().satisfies(v -> assertThat(v.is(missing)).isTrue());
        assertThat(Rule.of("renamed", costCenter).codes()).containsExactly(missing);
    }
}
