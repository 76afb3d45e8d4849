package dev.kantor.service.cases;

import java.util.List;

import dev.kantor.cases.LinkedCase;
import dev.kantor.cases.LinkedCases;
import dev.kantor.platform.notifications.Notice;
import dev.kantor.platform.notifications.Notifications;
import dev.kantor.service.InternalRequestResolved;
import dev.kantor.service.catalogue.Catalogue;
import dev.kantor.service.catalogue.Offering;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A resolved internal request is told, once however often the event comes: to its requester and the owner of the
 * customer case it served (a notification), and to the case itself (a timeline entry the customer reads on the
 * portal: "your refund has been paid out").
 */
@Component
class ResolvedRequests {

    private final LinkedCases cases;
    private final Notifications notifications;
    private final Catalogue catalogue;

    ResolvedRequests(LinkedCases cases, Notifications notifications, Catalogue catalogue) {
        this.cases = cases;
        this.notifications = notifications;
        this.catalogue = catalogue;
    }

    @ApplicationModuleListener
    void on(InternalRequestResolved e) {
        Offering service = catalogue.get(e.serviceId());
        String link = "/service/requests/" + e.requestId();
        notify(
                e,
                e.requesterId(),
                "service.notice.resolved",
                List.of(Notice.inLanguages(service.nameEn(), service.nameId())),
                link);
        if (e.caseId() == null) {
            return;
        }
        cases.recordBackOfficeDone(e.requestId(), e.caseId(), e.outcome(), e.at());
        cases.find(e.caseId())
                .map(LinkedCase::ownerId)
                .filter(owner -> owner != e.requesterId())
                .ifPresent(owner -> notify(
                        e,
                        owner,
                        "service.notice.case-resolved",
                        List.of(
                                Notice.inLanguages(service.nameEn(), service.nameId()),
                                Notice.verbatim(cases.find(e.caseId())
                                        .map(LinkedCase::reference)
                                        .orElse(""))),
                        "/cases/" + e.caseId()));
    }

    private void notify(InternalRequestResolved e, long recipient, String key, List<String> args, String link) {
        notifications.notify(new Notice(
                "internal-request:" + e.requestId() + ":resolved:" + recipient,
                recipient,
                "SERVICE",
                key,
                args,
                link,
                e.at()));
    }
}
