package dev.kantor.cases.history;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

import dev.kantor.cases.CaseHistory;
import dev.kantor.cases.customercase.Cases;
import dev.kantor.cases.customercase.CustomerCase;
import dev.kantor.cases.help.StepIns;
import dev.kantor.cases.intake.CaseIntake;
import dev.kantor.cases.mail.CustomerMail;
import dev.kantor.cases.portal.CustomerPortal;
import dev.kantor.cases.resolution.ResolutionAction;
import dev.kantor.cases.resolution.ResolutionActions;
import dev.kantor.cases.resolution.ResolutionState;
import dev.kantor.cases.resolution.Resolutions;
import dev.kantor.cases.work.CaseWork;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.ReplayableClock;
import dev.kantor.platform.security.Role;
import dev.kantor.platform.security.SystemUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records past cases through the same services as today's work: each step runs at its own moment
 * (on the replayable clock, for this thread only) and as the employee who took it, or as nobody
 * for what the customer did, with the customer's mail withheld. A step is one transaction, so a
 * step the rules refuse leaves the case as the steps before it left it.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
class PastCases implements CaseHistory {

    private final CaseIntake intake;
    private final CaseWork work;
    private final StepIns stepIns;
    private final Resolutions resolutions;
    private final CustomerPortal portal;
    private final Cases cases;
    private final ResolutionActions actions;
    private final Clock clock;

    PastCases(
            CaseIntake intake,
            CaseWork work,
            StepIns stepIns,
            Resolutions resolutions,
            CustomerPortal portal,
            Cases cases,
            ResolutionActions actions,
            Clock clock) {
        this.intake = intake;
        this.work = work;
        this.stepIns = stepIns;
        this.resolutions = resolutions;
        this.portal = portal;
        this.cases = cases;
        this.actions = actions;
        this.clock = clock;
    }

    @Override
    @Transactional
    public RecordedCase open(PastContact contact) {
        new InputCheck()
                .required("contact", contact == null ? null : contact.contact())
                .required("at", contact == null ? null : contact.at())
                .throwIfAny();
        notToCome(contact.at());
        CustomerCase c =
                replay(contact.at(), contact.loggedBy(), () -> intake.open(contact.contact(), contact.loggedBy())
                        .customerCase());
        return recorded(c);
    }

    @Override
    @Transactional
    public RecordedCase record(long caseId, Step step) {
        new InputCheck()
                .required("step", step)
                .required("at", step == null ? null : step.at())
                .throwIfAny();
        CustomerCase c =
                cases.findById(caseId).orElseThrow(() -> KantorException.notFound("error.case-not-found", caseId));
        notToCome(step.at());
        if (step.at().isBefore(c.getOpenedAt())) {
            throw InvalidInput.of("at", "history.before-opening");
        }
        int version = c.getVersion();
        if (step instanceof Taken taken) {
            replay(taken.at(), taken.by(), () -> work.take(caseId, version));
        } else if (step instanceof Replied reply) {
            replay(reply.at(), reply.by(), () -> work.reply(caseId, reply.text(), reply.waitForCustomer(), version));
        } else if (step instanceof HelpAsked help) {
            replay(help.at(), help.by(), () -> stepIns.ask(caseId, help.why(), version));
        } else if (step instanceof StatusChanged change) {
            replay(change.at(), change.by(), () -> work.changeStatus(caseId, change.status(), version));
        } else if (step instanceof ResolutionProposed proposal) {
            // whoever proposed it without authority of their own sent it to an approver: no refusal to answer
            replay(
                    proposal.at(),
                    proposal.by(),
                    () -> resolutions.propose(
                            caseId, proposal.type(), proposal.amount(), proposal.note(), version, true));
        } else if (step instanceof ApproverDecided decision) {
            ResolutionAction waiting = actions.findByCaseIdOrderByProposedAt(caseId).stream()
                    .filter(a -> a.getState() == ResolutionState.PENDING)
                    .findFirst()
                    .orElseThrow(() -> KantorException.invalid("history.nothing-to-decide"));
            replay(
                    decision.at(),
                    waiting.getApproverId(),
                    () -> decision.approved()
                            ? resolutions.approve(waiting.getId())
                            : resolutions.reject(waiting.getId(), decision.reason()));
        } else if (step instanceof Rated rating) {
            replay(rating.at(), null, () -> {
                portal.rate(c.getAccessToken(), rating.stars(), rating.comment());
                return null;
            });
        }
        return recorded(cases.findById(caseId).orElseThrow());
    }

    private void notToCome(Instant at) {
        if (at.isAfter(clock.instant())) {
            throw InvalidInput.of("at", "history.to-come");
        }
    }

    /** The step at its moment, as the employee who took it (their authority, not their account's), mailing nobody. */
    private static <T> T replay(Instant at, Long by, Supplier<T> step) {
        return ReplayableClock.at(
                at,
                () -> CustomerMail.withheld(() -> by == null
                        // the customer, who has no account: Kantor itself, never a signed-in employee
                        ? SystemUser.call(step)
                        : SystemUser.callAs(by, Role.STAFF, step)));
    }

    private static RecordedCase recorded(CustomerCase c) {
        return new RecordedCase(c.getId(), c.getReference(), c.getStatus());
    }
}
