package dev.scalecfg.launcher.internal;

import static dev.scalecfg.launcher.internal.Inputs.PAYG;

import dev.scalecfg.core.scaleout.Billing;
import dev.scalecfg.launcher.Decision;
import dev.scalecfg.launcher.Outcome;
import dev.scalecfg.launcher.Phase;
import dev.scalecfg.launcher.ReasonCode;

/** A mutable trace entry, frozen into a {@link Decision} at the end of planning. */
final class TraceEntry {
    final Phase phase;
    final int zone;
    final int vs;
    final int type;
    final int billing;
    final int rank;
    Outcome outcome = Outcome.SKIPPED;
    long count;
    ReasonCode reason;
    String detail = "";

    TraceEntry(Phase phase, int zone, int vs, int type, int billing, int rank) {
        this.phase = phase;
        this.zone = zone;
        this.vs = vs;
        this.type = type;
        this.billing = billing;
        this.rank = rank;
    }

    /** Records the first reason only (A3: the first binding limit counts). */
    void reason(ReasonCode code, String text) {
        if (reason == null) {
            reason = code;
            detail = text;
        }
    }

    Decision toDecision(Inputs in) {
        Decision.Builder b = Decision.builder()
                .outcome(outcome)
                .count(Math.toIntExact(count))
                .detail(detail);
        if (phase != null) {
            b.phase(phase);
        }
        if (zone >= 0) {
            b.zoneId(in.zoneIds.get(zone));
        }
        if (vs >= 0) {
            b.vswitchId(in.vsId[vs]);
        }
        if (type >= 0) {
            b.instanceType(in.typeName[type]);
        }
        if (billing >= 0) {
            b.billing(billing == PAYG ? Billing.PAYG : Billing.SPOT);
        }
        if (rank >= 0) {
            b.rank(rank);
        }
        if (reason != null) {
            b.reason(reason);
        }
        return b.build();
    }
}
