package dev.scalecfg.launcher;

import static dev.scalecfg.launcher.Fixtures.A;
import static dev.scalecfg.launcher.Fixtures.LAUNCHER;
import static dev.scalecfg.launcher.Fixtures.cfg;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalecfg.core.json.ScalingJson;
import dev.scalecfg.core.scaleout.CapacitySnapshot;
import dev.scalecfg.core.scaleout.ScaleOutRequest;
import org.junit.jupiter.api.Test;

/** The JSON examples of docs/launcher.md read with the project's JSON codec, and a plan written as JSON. */
final class JsonTest {
    private static final ScalingJson JSON = ScalingJson.defaults();

    @Test
    void documentedExamplesReadAndPlan() {
        ScaleOutRequest request = JSON.readValue("""
                {"units": 3,
                 "vswitches": [{"id": "vsw-bp1aaaa", "zoneId": "cn-hangzhou-h"},
                               {"id": "vsw-bp1bbbb", "zoneId": "cn-hangzhou-i"}],
                 "policy": "BALANCE", "maxSize": 100, "now": "2026-11-28T10:00:00Z",
                 "currentMembers": [{"zoneId": "cn-hangzhou-h", "instanceType": "ecs.a.large", "billing": "PAYG", "count": 1}]}
                """, ScaleOutRequest.class);
        CapacitySnapshot snapshot = JSON.readValue("""
                {"pools": [
                   {"zoneId": "cn-hangzhou-h", "instanceType": "ecs.a.large", "billing": "PAYG", "available": 40, "price": 0.62},
                   {"zoneId": "cn-hangzhou-i", "instanceType": "ecs.a.large", "billing": "PAYG", "available": 1}],
                 "freeIps": {"vsw-bp1aaaa": 200},
                 "shortages": [{"zoneId": "cn-hangzhou-i", "billing": "SPOT", "until": "2026-11-28T10:03:00Z"}]}
                """, CapacitySnapshot.class);
        LaunchPlan plan = LAUNCHER.plan(cfg(A), request, snapshot);
        assertThat(Fixtures.allocs(plan)).containsExactly("vbp1aaaa A PAYG 2", "vbp1bbbb A PAYG 1");
        String json = JSON.writeValue(plan).replaceAll("\\s", "");
        assertThat(json).contains("\"status\":\"FULFILLED\"").contains("\"allocations\":[")
                .contains("\"reason\":\"NO_STOCK\"").contains("\"plannedUnits\":3");
    }
}
