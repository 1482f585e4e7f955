package dev.scalecfg.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scalecfg.validation.rules.DiskRules;
import org.junit.jupiter.api.Test;

/** Violation is an Immutables value: factories, builder, equality, JSON, and the typed-code check. */
final class ViolationTest {

    private static final Violation TOO_SMALL = Violation.of(DiskRules.DISK_SIZE_OUT_OF_RANGE, "dataDisks[1].size",
            "DataDisk.2.Size", "DataDisk.2.Size is 10 GiB; cloud_essd at PL1 takes 20 to 32768 GiB");

    @Test
    void factories_builder_andEquality_agree() {
        Violation built = Violation.builder().code("DISK_SIZE_OUT_OF_RANGE").severity(Severity.ERROR)
                .path("dataDisks[1].size").parameter("DataDisk.2.Size")
                .message("DataDisk.2.Size is 10 GiB; cloud_essd at PL1 takes 20 to 32768 GiB").build();

        assertThat(built).isEqualTo(TOO_SMALL).hasSameHashCodeAs(TOO_SMALL);
        assertThat(Violation.error("DISK_SIZE_OUT_OF_RANGE", "dataDisks[1].size", "DataDisk.2.Size",
                TOO_SMALL.getMessage())).isEqualTo(TOO_SMALL);
        assertThat(TOO_SMALL.toBuilder().severity(Severity.WARNING).build().getSeverity()).isEqualTo(Severity.WARNING);
        assertThat(TOO_SMALL.is(DiskRules.DISK_SIZE_OUT_OF_RANGE)).isTrue();
        assertThat(TOO_SMALL.is(DiskRules.EPHEMERAL_DISK_TOTAL)).isFalse();
        assertThat(TOO_SMALL).hasToString("ERROR DISK_SIZE_OUT_OF_RANGE at DataDisk.2.Size (dataDisks[1].size): "
                + TOO_SMALL.getMessage());
    }

    @Test
    void builder_namesEveryMissingAttribute_andRejectsNulls() {
        assertThatThrownBy(() -> Violation.builder().code("X").build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("severity").hasMessageContaining("path").hasMessageContaining("message");
        assertThatThrownBy(() -> Violation.error(null, "p", "P", "m")).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("code");
    }

    @Test
    void json_roundTrips() throws Exception {
        ObjectMapper json = new ObjectMapper();

        String text = json.writeValueAsString(TOO_SMALL);

        assertThat(text).contains("\"code\":\"DISK_SIZE_OUT_OF_RANGE\"", "\"severity\":\"ERROR\"", "\"parameter\":\"DataDisk.2.Size\"");
        assertThat(json.readValue(text, Violation.class)).isEqualTo(TOO_SMALL);
    }
}
