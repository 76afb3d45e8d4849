package dev.kantor.routing.handoffs;

import java.util.List;

import dev.kantor.platform.KantorException;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.security.KantorUser;
import dev.kantor.platform.security.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The handoffs the signed-in employee may see: theirs as sender or as someone asked; all for managers and admins. */
@Service
@Transactional(readOnly = true)
class VisibleHandoffs {

    private final Handoffs handoffs;

    VisibleHandoffs(Handoffs handoffs) {
        this.handoffs = handoffs;
    }

    /** Refused as not found, or forbidden to someone it does not involve. */
    Handoff get(long handoffId) {
        Handoff h = handoffs.require(handoffId);
        KantorUser user = CurrentUser.get().orElseThrow();
        boolean involved = user.employeeId() != null
                && (user.employeeId() == h.getSenderId() || h.asked().contains(user.employeeId()));
        if (!involved && user.role() != Role.MANAGER && user.role() != Role.ADMIN) {
            throw new KantorException(KantorException.Kind.FORBIDDEN, "routing.handoff.not-involved");
        }
        return h;
    }

    /** Handoffs waiting for the signed-in employee's answer. */
    List<Handoff> offeredToMe() {
        return handoffs.offeredTo(CurrentUser.employeeId("routing.no-employee"));
    }
}
