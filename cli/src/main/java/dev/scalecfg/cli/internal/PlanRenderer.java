package dev.scalecfg.cli.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scalecfg.core.ApiValue;
import dev.scalecfg.core.scaleout.ScaleOutRequest;
import dev.scalecfg.launcher.Allocation;
import dev.scalecfg.launcher.Decision;
import dev.scalecfg.launcher.LaunchPlan;
import dev.scalecfg.launcher.PlanStatus;
import dev.scalecfg.launcher.PlannedInstance;
import dev.scalecfg.launcher.ReasonCode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Renders a launch plan as text (allocation table, status, shortfall, decision trace) or JSON. */
public final class PlanRenderer {
    private static final String NONE = "-";

    private PlanRenderer() {}

    /**
     * Renders the plan as text.
     *
     * @param plan the plan
     * @param request the request it answers
     * @param instances whether to list every planned instance
     * @return the lines
     */
    public static List<String> text(LaunchPlan plan, ScaleOutRequest request, boolean instances) {
        List<String> out = new ArrayList<>();
        out.add("Scale-out plan: " + plan.getStatus() + " (ESS activity status " + plan.getStatus().essStatus() + ")");
        why(plan).ifPresent(reason -> out.add("  nothing is planned: " + reason));
        out.add("  requested " + units(plan.getRequestedUnits())
                + plan.getClampedBy().map(clamp -> ", clamped to " + plan.getEffectiveUnits() + " by " + clamp).orElse("")
                + "; planned " + units(plan.getPlannedUnits()) + " on " + plan.getPlannedInstances() + " instance"
                + (plan.getPlannedInstances() == 1 ? "" : "s")
                + "; group capacity after: " + units(plan.getTotalCapacityAfter()));
        out.add("  policy " + request.getPolicy() + ", billing " + plan.getBilling()
                + (request.getBilling().isPresent() ? "" : " (from the configuration)"));
        out.add("");
        out.add("Allocations");
        if (plan.getAllocations().isEmpty()) {
            out.add("  (none)");
        } else {
            Table table = new Table("ZONE", "VSWITCH", "INSTANCE TYPE", "BILLING", ">COUNT", ">UNITS", "SYSTEM DISK", "NOTE");
            long count = 0;
            long units = 0;
            for (Allocation allocation : plan.getAllocations()) {
                List<String> notes = new ArrayList<>();
                if (allocation.isCompensated()) {
                    notes.add("compensates spot shortfall");
                }
                if (!allocation.isCapacityConfirmed()) {
                    notes.add("stock unknown");
                }
                table.row(allocation.getZoneId(), allocation.getVswitchId(), allocation.getInstanceType(),
                        allocation.getBilling(), allocation.getCount(), allocation.units(),
                        allocation.getSystemDiskCategory().map(ApiValue::apiValue).orElse(NONE),
                        String.join(", ", notes));
                count += allocation.getCount();
                units += allocation.units();
            }
            table.row("total", "", "", "", count, units, "", "");
            out.addAll(table.lines("  "));
        }
        out.add("");
        out.add(plan.getShortfallUnits() == 0 ? "Shortfall: none"
                : "Shortfall: " + units(plan.getShortfallUnits()) + " of " + units(plan.getEffectiveUnits())
                        + " could not be placed");
        if (instances) {
            out.add("");
            out.add("Instances");
            List<PlannedInstance> planned = plan.instances();
            if (planned.isEmpty()) {
                out.add("  (none)");
            } else {
                Table table = new Table(">#", "INSTANCE NAME", "HOST NAME", "ZONE", "VSWITCH", "INSTANCE TYPE", "BILLING",
                        "SPOT STRATEGY", "SYSTEM DISK");
                for (PlannedInstance instance : planned) {
                    table.row(instance.getIndex() + 1, instance.getInstanceName().orElse(NONE),
                            instance.getHostName().orElse(NONE), instance.getZoneId(), instance.getVswitchId(),
                            instance.getInstanceType(), instance.getBilling(), instance.getSpotStrategy().apiValue(),
                            instance.getSystemDiskCategory().map(ApiValue::apiValue).orElse(NONE));
                }
                out.addAll(table.lines("  "));
            }
        }
        out.add("");
        out.add("Decision trace");
        Table trace = new Table(">#", "PHASE", "ZONE", "VSWITCH", "INSTANCE TYPE", "BILLING", "OUTCOME", ">COUNT",
                "REASON", "DETAIL");
        int step = 1;
        for (Decision decision : plan.getTrace()) {
            trace.row(step++, name(decision.getPhase()), decision.getZoneId().orElse(NONE),
                    decision.getVswitchId().orElse(NONE), decision.getInstanceType().orElse(NONE),
                    name(decision.getBilling()), decision.getOutcome(), decision.getCount(),
                    name(decision.getReason()), detail(decision));
        }
        out.addAll(trace.lines("  "));
        return out;
    }

    /** Why a NONE or REJECTED plan plans nothing: the note that decided it. */
    private static Optional<String> why(LaunchPlan plan) {
        if (plan.getStatus() != PlanStatus.NONE && plan.getStatus() != PlanStatus.REJECTED) {
            return Optional.empty();
        }
        return plan.getTrace().stream()
                .filter(d -> d.getReason().filter(TERMINAL::contains).isPresent())
                .map(PlanRenderer::detail)
                .reduce((first, last) -> last);
    }

    /** The notes that make a plan NONE or REJECTED. */
    private static final Set<ReasonCode> TERMINAL = EnumSet.of(ReasonCode.MAX_SIZE_REACHED, ReasonCode.BELOW_MIN_COUNT,
            ReasonCode.NAME_SEQUENCE_EXHAUSTED);

    private static String detail(Decision decision) {
        if (!decision.getDetail().isEmpty()) {
            return decision.getDetail();
        }
        return decision.getReason().map(reason -> reason.meaning()).orElse("");
    }

    private static String name(Optional<? extends Enum<?>> value) {
        return value.map(Enum::name).orElse(NONE);
    }

    private static String units(long units) {
        return units + " unit" + (units == 1 ? "" : "s");
    }

    /**
     * Renders the plan as one JSON object.
     *
     * @param plan the plan
     * @param instances whether to list every planned instance
     * @return the JSON object
     */
    public static ObjectNode json(LaunchPlan plan, boolean instances) {
        ObjectNode root = Report.COMPACT.createObjectNode();
        root.put("status", plan.getStatus().name());
        root.put("essStatus", plan.getStatus().essStatus());
        root.put("billing", plan.getBilling().name());
        root.put("requestedUnits", plan.getRequestedUnits());
        root.put("effectiveUnits", plan.getEffectiveUnits());
        root.put("plannedUnits", plan.getPlannedUnits());
        root.put("plannedInstances", plan.getPlannedInstances());
        root.put("shortfallUnits", plan.getShortfallUnits());
        root.put("totalCapacityAfter", plan.getTotalCapacityAfter());
        root.put("clampedBy", plan.getClampedBy().map(Enum::name).orElse(null));
        ArrayNode allocations = root.putArray("allocations");
        for (Allocation allocation : plan.getAllocations()) {
            ObjectNode node = allocations.addObject();
            node.put("zoneId", allocation.getZoneId());
            node.put("vswitchId", allocation.getVswitchId());
            node.put("instanceType", allocation.getInstanceType());
            node.put("billing", allocation.getBilling().name());
            node.put("systemDiskCategory", allocation.getSystemDiskCategory().map(ApiValue::apiValue).orElse(null));
            node.put("count", allocation.getCount());
            node.put("unitsEach", allocation.getUnitsEach());
            node.put("compensated", allocation.isCompensated());
            node.put("capacityConfirmed", allocation.isCapacityConfirmed());
        }
        // kept for readers of earlier versions: the detail of the NAME_SEQUENCE_EXHAUSTED note, which
        // makes the status NONE
        root.put("namingProblem", plan.getTrace().stream()
                .filter(d -> d.getReason().orElse(null) == ReasonCode.NAME_SEQUENCE_EXHAUSTED)
                .map(Decision::getDetail).findFirst().orElse(null));
        if (instances) {
            ArrayNode list = root.putArray("instances");
            for (PlannedInstance instance : plan.instances()) {
                ObjectNode node = list.addObject();
                node.put("index", instance.getIndex());
                node.put("sequenceNumber", instance.getSequenceNumber());
                node.put("instanceName", instance.getInstanceName().orElse(null));
                node.put("hostName", instance.getHostName().orElse(null));
                node.put("zoneId", instance.getZoneId());
                node.put("vswitchId", instance.getVswitchId());
                node.put("instanceType", instance.getInstanceType());
                node.put("units", instance.getUnits());
                node.put("billing", instance.getBilling().name());
                node.put("spotStrategy", instance.getSpotStrategy().apiValue());
                node.put("spotPriceLimit", instance.getSpotPriceLimit().orElse(null));
                node.put("systemDiskCategory", instance.getSystemDiskCategory().map(ApiValue::apiValue).orElse(null));
                node.put("compensated", instance.isCompensated());
            }
        }
        ArrayNode trace = root.putArray("trace");
        for (Decision decision : plan.getTrace()) {
            ObjectNode node = trace.addObject();
            node.put("phase", decision.getPhase().map(Enum::name).orElse(null));
            node.put("zoneId", decision.getZoneId().orElse(null));
            node.put("vswitchId", decision.getVswitchId().orElse(null));
            node.put("instanceType", decision.getInstanceType().orElse(null));
            node.put("pattern", decision.getPattern().orElse(null));
            node.put("billing", decision.getBilling().map(Enum::name).orElse(null));
            node.put("rank", decision.getRank().orElse(null));
            node.put("outcome", decision.getOutcome().name());
            node.put("count", decision.getCount());
            node.put("reason", decision.getReason().map(Enum::name).orElse(null));
            node.put("detail", decision.getDetail());
            node.put("cloudError", decision.getReason().map(ReasonCode::cloudError).orElse(null));
        }
        return root;
    }
}
