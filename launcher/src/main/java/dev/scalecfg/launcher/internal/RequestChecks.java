package dev.scalecfg.launcher.internal;

import static dev.scalecfg.launcher.PlanInput.REQUEST;

import dev.scalecfg.core.Shown;
import dev.scalecfg.core.scaleout.MemberCount;
import dev.scalecfg.core.scaleout.ScaleOutRequest;
import dev.scalecfg.launcher.PlanInputException;

/** The request's own values (§3.8 A33): each mistake names the field, the value and the rule. */
final class RequestChecks {
    private RequestChecks() {}

    static void check(ScaleOutRequest req) {
        if (req.getUnits() < 1) {
            throw bad("units is " + req.getUnits() + "; a scale-out adds at least 1 unit");
        }
        if (req.getMinCount() < 1) {
            throw bad("minCount is " + req.getMinCount() + "; it must be at least 1");
        }
        req.getMaxSize().ifPresent(max -> {
            if (max < 0) {
                throw bad("maxSize is " + max + "; it must not be negative");
            }
        });
        req.getMinSize().ifPresent(min -> {
            if (min < 0) {
                throw bad("minSize is " + min + "; it must not be negative");
            }
        });
        if (req.getMinSize().isPresent() && req.getMaxSize().isPresent()
                && req.getMinSize().get() > req.getMaxSize().get()) {
            throw bad("minSize is " + req.getMinSize().get() + " but maxSize is " + req.getMaxSize().get()
                    + "; minSize must not exceed maxSize (ESS MinSize ≤ MaxSize)");
        }
        req.getFirstSequenceNumber().ifPresent(n -> {
            if (n < 0) {
                throw bad("firstSequenceNumber is " + n + "; it must not be negative");
            }
        });
        req.getOnDemandBaseCapacity().ifPresent(base -> {
            if (base < 0) {
                throw bad("onDemandBaseCapacity is " + base + "; it must not be negative");
            }
        });
        req.getOnDemandPercentageAboveBaseCapacity().ifPresent(pct -> {
            if (pct < 0 || pct > 100) {
                throw bad("onDemandPercentageAboveBaseCapacity is " + pct + "; it must be 0..100");
            }
        });
        req.getSpotInstancePools().ifPresent(k -> {
            if (k < 0 || k > ScaleOutRequest.MAX_SPOT_INSTANCE_POOLS) {
                throw bad("spotInstancePools is " + k + "; ESS allows 1.." + ScaleOutRequest.MAX_SPOT_INSTANCE_POOLS
                        + " (0 or absent turns the spot pools off)");
            }
        });
        if (req.getVswitches().isEmpty()) {
            throw bad("vswitches: the request lists no vSwitch; the scaling group needs at least one");
        }
        for (MemberCount m : req.getCurrentMembers()) {
            if (m.getCount() < 0) {
                throw bad("currentMembers: count of (" + Shown.text(m.getZoneId()) + ", " + Shown.text(m.getInstanceType())
                        + ", " + m.getBilling() + ") is " + m.getCount() + "; it must not be negative");
            }
        }
    }

    private static PlanInputException bad(String message) {
        return new PlanInputException(message, REQUEST);
    }
}
