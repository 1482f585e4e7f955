package dev.scalecfg.interop.internal.hcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scalecfg.core.ConfigFormatException;
import dev.scalecfg.core.FormatError;
import dev.scalecfg.core.io.ReadLimits;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class HclParserTest {
    private static final ReadLimits LIMITS = ReadLimits.defaults();

    private static Ast.Body parse(String text) {
        return HclParser.parseFile(text, LIMITS, "main.tf");
    }

    private static Value eval(String expression) {
        return Evaluator.eval(HclParser.parseExpression(expression, LIMITS, ""),
                Evaluator.Context.module(Map.of("env", Value.string("prod"), "sizes",
                        Value.list(List.of(Value.number(BigDecimal.valueOf(100)), Value.number(BigDecimal.valueOf(200))))),
                        Map.of(), LIMITS, ""));
    }

    private static FormatError error(String text) {
        try {
            parse(text);
        } catch (ConfigFormatException e) {
            return e.getErrors().get(0);
        }
        throw new AssertionError("parsed: " + text);
    }

    @Test
    void attributesBlocksLabelsAndComments() {
        Ast.Body body = parse("# a comment\n"
                + "terraform {\n  required_providers {\n    alicloud = { source = \"aliyun/alicloud\" }\n  }\n}\n"
                + "/* block\n comment */\n"
                + "resource \"alicloud_ess_scaling_configuration\" web { // trailing\n"
                + "  image_id = \"m-1\"\n"
                + "  data_disk {\n    size = 100\n  }\n"
                + "  lifecycle { ignore_changes = [user_data] }\n"
                + "}\n");
        assertThat(body.blocks).extracting(block -> block.type).containsExactly("terraform", "resource");
        Ast.Block resource = body.blocks.get(1);
        assertThat(resource.labels).containsExactly("alicloud_ess_scaling_configuration", "web");
        assertThat(resource.pos.line).isEqualTo(9);
        assertThat(resource.body.attribute("image_id").pos.line).isEqualTo(10);
        assertThat(resource.body.attribute("image_id").value.pos.column).isEqualTo(14);
        assertThat(resource.body.blocks).extracting(block -> block.type).containsExactly("data_disk", "lifecycle");
    }

    @Test
    void literalsAndOperators() {
        assertThat(eval("1 + 2 * 3").asNumber()).isEqualByComparingTo("7");
        assertThat(eval("(1 + 2) * 3").asNumber()).isEqualByComparingTo("9");
        assertThat(eval("10 / 4").asNumber()).isEqualByComparingTo("2.5");
        assertThat(eval("-5 % 3").asNumber()).isEqualByComparingTo("-2");
        assertThat(eval("1.5e2").asNumber()).isEqualByComparingTo("150");
        assertThat(eval("!true || 2 >= 2 && 1 != 1").asBool()).isFalse();
        assertThat(eval("var.env == \"prod\" ? 50 : 20").asNumber()).isEqualByComparingTo("50");
        assertThat(eval("null").isNull()).isTrue();
    }

    @Test
    void templatesAndEscapes() {
        assertThat(eval("\"web-${var.env}-${1 + 1}\"").asString()).isEqualTo("web-prod-2");
        assertThat(eval("\"a\\tb\\n\\\"q\\\" \\u00e9 $${not} %%{no}\"").asString())
                .isEqualTo("a\tb\n\"q\" é ${not} %{no}");
        assertThat(eval("\"${var.sizes}\"").kind()).as("a lone interpolation keeps its type").isEqualTo(Value.Kind.LIST);
        assertThat(eval("\"%{ if true }x%{ endif }\"").isUnknown()).isTrue();
    }

    @Test
    void heredocs() {
        Ast.Body body = parse("a = <<EOF\n#!/bin/sh\necho ${var.env}\nEOF\n"
                + "b = <<-EOT\n    line one\n      line two\n    EOT\n");
        Evaluator.Context context = Evaluator.Context.module(Map.of("env", Value.string("prod")), Map.of(), LIMITS, "");
        assertThat(Evaluator.eval(body.attribute("a").value, context).asString()).isEqualTo("#!/bin/sh\necho prod\n");
        assertThat(Evaluator.eval(body.attribute("b").value, context).asString()).isEqualTo("line one\n  line two\n");
    }

    @Test
    void collectionsTraversalsAndForExpressions() {
        assertThat(eval("[1, 2, 3,][1]").asNumber()).isEqualByComparingTo("2");
        assertThat(eval("{ a = 1, \"b\" = 2\n c: 3 }[\"c\"]").asNumber()).isEqualByComparingTo("3");
        assertThat(eval("[for s in var.sizes : s * 2 if s > 100]")).satisfies(v ->
                assertThat(v.asList()).singleElement().satisfies(x -> assertThat(x.asNumber()).isEqualByComparingTo("400")));
        assertThat(eval("{for i, s in var.sizes : \"disk${i}\" => s}").asMap()).containsOnlyKeys("disk0", "disk1");
        assertThat(eval("[{a = 1}, {a = 2}][*].a").asList()).hasSize(2);
        assertThat(eval("[{a = 1}, {a = 2}].*.a").asList()).hasSize(2);
        assertThat(eval("var.sizes.1").asNumber()).isEqualByComparingTo("200");
    }

    @Test
    void functions() {
        assertThat(eval("base64encode(\"echo hi\")").asString()).isEqualTo("ZWNobyBoaQ==");
        assertThat(eval("format(\"%s-%03d\", \"web\", 7)").asString()).isEqualTo("web-007");
        assertThat(eval("join(\",\", [\"a\", \"b\"])").asString()).isEqualTo("a,b");
        assertThat(eval("lookup({a = 1}, \"b\", 9)").asNumber()).isEqualByComparingTo("9");
        assertThat(eval("element([\"a\", \"b\"], 3)").asString()).isEqualTo("b");
        assertThat(eval("length(concat([1], [2, 3]))").asNumber()).isEqualByComparingTo("3");
        assertThat(eval("merge({a = 1}, {b = 2})").asMap()).containsOnlyKeys("a", "b");
        assertThat(eval("jsonencode({b = [1, \"x\"], a = true})").asString()).isEqualTo("{\"a\":true,\"b\":[1,\"x\"]}");
        assertThat(eval("coalesce(\"\", null, \"x\")").asString()).isEqualTo("x");
        assertThat(eval("try(lookup({}, \"x\"), \"fallback\")").asString()).isEqualTo("fallback");
        assertThat(eval("upper(trimspace(\"  a \"))").asString()).isEqualTo("A");
        assertThat(eval("file(\"init.sh\")").isUnknown()).isTrue();
        assertThat(eval("timestamp()").reason()).contains("timestamp");
    }

    @Test
    void referencesAreUnknownAndSayWhat() {
        Value value = eval("alicloud_ess_scaling_group.default.id");
        assertThat(value.isUnknown()).isTrue();
        assertThat(value.reason()).isEqualTo("it refers to alicloud_ess_scaling_group.default.id");
        assertThat(eval("data.alicloud_images.ubuntu.images[0].id").reason())
                .isEqualTo("it refers to data.alicloud_images.ubuntu.images[0].id");
        assertThat(eval("\"${random_uuid.this.result}-web\"").reason()).contains("random_uuid.this.result");
        assertThat(eval("path.module").isUnknown()).isTrue();
        assertThat(eval("var.undeclared").reason()).contains("not declared");
        assertThat(eval("length(module.x.ids) > 0 ? 1 : 2").isUnknown()).isTrue();
    }

    @Test
    void syntaxErrorsSayWhereAndWhat() {
        FormatError unclosed = error("a = \"open\nb = 1\n");
        assertThat(unclosed.line()).hasValue(1);
        assertThat(unclosed.message()).contains("not closed");
        FormatError block = error("resource \"x\" \"y\" {\n  a = 1\n");
        assertThat(block.message()).contains("'}'");
        assertThat(error("a = 1 b = 2\n").message()).contains("end of the line");
        assertThat(error("a = [1, 2\n").line()).hasValue(2);
        assertThat(error("= 1\n").message()).contains("attribute name");
        assertThat(error("a = <<EOF\nnever closed\n").message()).contains("heredoc");
        assertThat(error("a = \"\\q\"\n").message()).contains("escape");
        assertThat(error("/* open").message()).contains("comment");
    }

    @Test
    void limitsAreEnforced() {
        ReadLimits small = ReadLimits.builder().maxNestingDepth(4).maxListElements(3).maxValueChars(10)
                .maxNumberChars(5).maxDocumentChars(200).build();
        assertThatThrownBy(() -> HclParser.parseFile("a = [[[[[1]]]]]\n", small, ""))
                .isInstanceOfSatisfying(ConfigFormatException.class,
                        e -> assertThat(e.getErrors().get(0).code()).isEqualTo("LIMIT_NESTING"));
        assertThatThrownBy(() -> HclParser.parseFile("a = [1, 2, 3, 4]\n", small, ""))
                .isInstanceOfSatisfying(ConfigFormatException.class,
                        e -> assertThat(e.getErrors().get(0).code()).isEqualTo("LIMIT_LIST_SIZE"));
        assertThatThrownBy(() -> HclParser.parseFile("a = \"0123456789abc\"\n", small, ""))
                .isInstanceOfSatisfying(ConfigFormatException.class,
                        e -> assertThat(e.getErrors().get(0).code()).isEqualTo("LIMIT_VALUE_LENGTH"));
        assertThatThrownBy(() -> HclParser.parseFile("#" + "x".repeat(300), small, ""))
                .isInstanceOfSatisfying(ConfigFormatException.class,
                        e -> assertThat(e.getErrors().get(0).code()).isEqualTo("LIMIT_DOCUMENT_SIZE"));
        Ast.Body body = HclParser.parseFile("a = 1234567\n", small, "");
        Value tooLong = Evaluator.eval(body.attribute("a").value, Evaluator.Context.module(Map.of(), Map.of(), small, ""));
        assertThat(tooLong.isInvalid()).isTrue();
        assertThat(tooLong.reason()).doesNotContain("1234567");
        assertThatThrownBy(() -> HclParser.parseFile("a = " + "(".repeat(10_000) + "1" + ")".repeat(10_000) + "\n",
                LIMITS, "")).isInstanceOfSatisfying(ConfigFormatException.class,
                        e -> assertThat(e.getErrors().get(0).code()).isEqualTo("LIMIT_NESTING"));
    }

    @Test
    void localsAreEvaluatedLazilyAndCyclesAreCaught() {
        Ast.Body body = parse("locals {\n  name = \"web-${var.env}\"\n  a = local.b\n  b = local.a\n}\n");
        Map<String, Ast.Expr> locals = Map.of("name", body.blocks.get(0).body.attribute("name").value,
                "a", body.blocks.get(0).body.attribute("a").value, "b", body.blocks.get(0).body.attribute("b").value);
        Evaluator.Context context = Evaluator.Context.module(Map.of("env", Value.string("prod")), locals, LIMITS, "");
        assertThat(Evaluator.eval(HclParser.parseExpression("local.name", LIMITS, ""), context).asString())
                .isEqualTo("web-prod");
        assertThat(Evaluator.eval(HclParser.parseExpression("local.a", LIMITS, ""), context).isInvalid()).isTrue();
    }

    @Test
    void sensitivityFollowsTheValue() {
        Evaluator.Context context = Evaluator.Context.module(Map.of("pw", Value.string("s3cret").asSensitive()),
                Map.of(), LIMITS, "");
        assertThat(Evaluator.eval(HclParser.parseExpression("\"x-${var.pw}\"", LIMITS, ""), context).sensitive()).isTrue();
        assertThat(Evaluator.eval(HclParser.parseExpression("[var.pw]", LIMITS, ""), context).sensitive()).isTrue();
        assertThat(Value.string("s3cret").asSensitive().toString()).doesNotContain("s3cret");
    }
}
