package dev.scalecfg.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ReportTest {
    private static final Finding ERROR = new Finding("DISK_SIZE_OUT_OF_RANGE", "ERROR", "systemDisk.size",
            "SystemDisk.Size", "10 GiB is below\nthe minimum");
    private static final Finding WARNING = new Finding("IMAGE_NAME_IGNORED", "WARNING", "image.imageName", null,
            "ignored");
    private static final Finding WHOLE = new Finding("X", "WARNING", "", null, "whole");

    @Test
    void textLineIsCompilerLike() {
        assertThat(Report.textLine("a.json", ERROR))
                .isEqualTo("a.json: ERROR SystemDisk.Size DISK_SIZE_OUT_OF_RANGE: 10 GiB is below the minimum");
        assertThat(Report.textLine("a.json", WARNING)).isEqualTo("a.json: WARNING image.imageName IMAGE_NAME_IGNORED: ignored");
        assertThat(Report.textLine("a.json", WHOLE)).isEqualTo("a.json: WARNING - X: whole");
    }

    @Test
    void jsonLineHasTheDocumentedShape() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            Report.json(out, "a.json", List.of(ERROR, WARNING));
            Report.json(out, "b.json", List.of(WARNING));
        }
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode first = Report.COMPACT.readTree(lines.get(0));
        assertThat(first.get("file").asText()).isEqualTo("a.json");
        assertThat(first.get("valid").asBoolean()).isFalse();
        JsonNode violation = first.get("violations").get(0);
        assertThat(violation.fieldNames()).toIterable()
                .containsExactly("code", "severity", "path", "parameter", "message");
        assertThat(violation.get("parameter").asText()).isEqualTo("SystemDisk.Size");
        assertThat(first.get("violations").get(1).get("parameter").isNull()).isTrue();
        assertThat(Report.COMPACT.readTree(lines.get(1)).get("valid").asBoolean()).isTrue();
    }

    @Test
    void tableAlignsColumns() {
        List<String> lines = new Table("NAME", ">COUNT").row("a", 1).row("long name", 12).lines("  ");
        assertThat(lines).containsExactly("  NAME       COUNT", "  a              1", "  long name     12");
    }
}
