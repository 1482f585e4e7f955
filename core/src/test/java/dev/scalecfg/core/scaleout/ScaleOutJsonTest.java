package dev.scalecfg.core.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.scalecfg.core.DiskCategory;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ScaleOutJsonTest {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    @Test
    void requestReadsFromDocumentedJson() throws Exception {
        String json = """
                {"units": 10,
                 "vswitches": [{"id": "vsw-1", "zoneId": "z1"}, {"id": "vsw-2", "zoneId": "z2"}],
                 "requestedVswitchIds": ["vsw-2"],
                 "policy": "COST_OPTIMIZED", "billing": "MIXED",
                 "onDemandBaseCapacity": 2, "onDemandPercentageAboveBaseCapacity": 20,
                 "spotInstancePools": 2, "maxSize": 100,
                 "currentMembers": [{"zoneId": "z1", "instanceType": "ecs.g7.large", "billing": "PAYG", "count": 3}],
                 "now": "2026-11-28T10:00:00Z", "firstSequenceNumber": 4}
                """;
        ScaleOutRequest request = MAPPER.readValue(json, ScaleOutRequest.class);
        assertThat(request.getUnits()).isEqualTo(10);
        assertThat(request.getVswitches()).containsExactly(VSwitch.of("vsw-1", "z1"), VSwitch.of("vsw-2", "z2"));
        assertThat(request.getRequestedVswitchIds()).contains(List.of("vsw-2"));
        assertThat(request.getPolicy()).isEqualTo(MultiAzPolicy.COST_OPTIMIZED);
        assertThat(request.getBilling()).contains(BillingMode.MIXED);
        assertThat(request.getNow()).contains(Instant.parse("2026-11-28T10:00:00Z"));
        assertThat(request.getCurrentMembers()).containsExactly(MemberCount.of("z1", "ecs.g7.large", Billing.PAYG, 3));
        assertThat(request.getMinCount()).isEqualTo(1);
        assertThat(request.getFirstSequenceNumber()).contains(4L);
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(request), ScaleOutRequest.class)).isEqualTo(request);
    }

    @Test
    void snapshotRoundTrips() throws Exception {
        CapacitySnapshot snapshot = CapacitySnapshot.builder()
                .addPool(PoolCapacity.of("z1", "A", Billing.PAYG, 4).withPrice(new BigDecimal("0.10")))
                .addPool(PoolCapacity.builder().zoneId("z2").instanceType("A").billing(Billing.SPOT).offered(false).build())
                .putQuota("A", 5)
                .putFreeIp("v1", 7)
                .putVcpu("A", 2)
                .addDiskOffer(DiskOffer.builder().zoneId("z1").instanceType("A").addCategory(DiskCategory.CLOUD_ESSD).build())
                .addShortage(Shortage.builder().zoneId("z1").until(Instant.parse("2026-11-28T10:03:00Z")).build())
                .build();
        String json = MAPPER.writeValueAsString(snapshot);
        assertThat(json).contains("\"until\":\"2026-11-28T10:03:00Z\"").contains("\"price\":0.10");
        assertThat(MAPPER.readValue(json, CapacitySnapshot.class)).isEqualTo(snapshot);
    }

    @Test
    void catalogReadsWithTheProjectCodecAndKeepsTheOldVcpusField() {
        CapacitySnapshot snapshot = dev.scalecfg.core.json.ScalingJson.defaults().readValue("""
                {"vcpus": {"ecs.g7.large": 2},
                 "catalog": [
                   {"instanceType": "ecs.g7.large", "vcpus": 2, "memory": 8, "familyLevel": "EnterpriseLevel",
                    "architecture": "X86", "cpuArchitecture": "X86", "gpuAmount": 0},
                   {"instanceType": "ecs.t6-c1m2.large", "vcpus": 2, "memory": 4.0, "family": "ecs.t6",
                    "familyLevel": "CreditEntryLevel", "burstable": true, "initialCredit": 60}]}
                """, CapacitySnapshot.class);
        assertThat(snapshot.getVcpus()).containsEntry("ecs.g7.large", 2);
        assertThat(snapshot.getCatalog()).hasSize(2);
        InstanceTypeInfo g7 = snapshot.getCatalog().get(0);
        assertThat(g7.getMemory()).isEqualByComparingTo("8");
        assertThat(g7.getFamilyLevel()).contains(dev.scalecfg.core.InstanceFamilyLevel.ENTERPRISE_LEVEL);
        assertThat(g7.family()).isEqualTo("ecs.g7");
        assertThat(g7.isBurstable()).isFalse();
        assertThat(g7.getGpuAmount()).contains(0);
        InstanceTypeInfo t6 = snapshot.getCatalog().get(1);
        assertThat(t6.family()).isEqualTo("ecs.t6");
        assertThat(t6.isBurstable()).isTrue();
        assertThat(t6.getInitialCredit()).contains(60);
        assertThat(t6.getArchitecture()).isEmpty();
        assertThat(dev.scalecfg.core.json.ScalingJson.defaults().readValue(
                dev.scalecfg.core.json.ScalingJson.defaults().writeValue(snapshot), CapacitySnapshot.class))
                .isEqualTo(snapshot);
    }

    @Test
    void catalogMistakesNameTheField() {
        assertThatThrownBy(() -> dev.scalecfg.core.json.ScalingJson.defaults().readValue(
                "{\"catalog\": [{\"instanceType\": \"ecs.g7.large\", \"memory\": 8}]}", CapacitySnapshot.class))
                .isInstanceOf(dev.scalecfg.core.ConfigFormatException.class).hasMessageContaining("vcpus");
        assertThatThrownBy(() -> dev.scalecfg.core.json.ScalingJson.defaults().readValue(
                "{\"catalog\": [{\"instanceType\": \"ecs.g7.large\", \"vcpus\": 2, \"memory\": 8,"
                        + " \"familyLevel\": \"Enterprise\"}]}", CapacitySnapshot.class))
                .isInstanceOf(dev.scalecfg.core.ConfigFormatException.class)
                .hasMessageContainingAll("familyLevel", "EnterpriseLevel");
    }

    @Test
    void badInstantIsReported() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"until\": \"tomorrow\"}", Shortage.class))
                .isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("ISO-8601");
    }
}
