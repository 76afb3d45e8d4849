package dev.kantor.service.cases;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.kantor.cases.LinkedCase;
import dev.kantor.cases.LinkedCases;
import dev.kantor.cases.ResolutionApproved;
import dev.kantor.cases.ResolutionCarriedOut;
import dev.kantor.cases.ResolutionType;
import dev.kantor.service.FieldDefinition;
import dev.kantor.service.FieldKind;
import dev.kantor.service.catalogue.Catalogue;
import dev.kantor.service.catalogue.Offering;
import dev.kantor.service.requests.Requests;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A refund or replacement carried out on a customer case (within the agent's authority, or approved above it)
 * files its back-office request by itself: the payout with Accounting, the dispatch with the Warehouse, whichever
 * service of the catalogue says it is {@code triggeredBy} that kind of action. Once per action: the request's
 * origin names it, so the event delivered again files nothing.
 */
@Component
class ResolutionRequests {

    private final Catalogue catalogue;
    private final Requests requests;
    private final LinkedCases cases;

    ResolutionRequests(Catalogue catalogue, Requests requests, LinkedCases cases) {
        this.catalogue = catalogue;
        this.requests = requests;
        this.cases = cases;
    }

    @ApplicationModuleListener
    void on(ResolutionCarriedOut e) {
        file(e.actionId(), e.caseId(), e.type(), e.amount(), e.by(), e.at());
    }

    @ApplicationModuleListener
    void on(ResolutionApproved e) {
        file(e.actionId(), e.caseId(), e.type(), e.amount(), e.proposedBy(), e.at());
    }

    private void file(long actionId, long caseId, ResolutionType type, long amount, long requester, Instant at) {
        if (type != ResolutionType.REFUND && type != ResolutionType.REPLACEMENT) {
            return;
        }
        catalogue
                .triggeredBy(type.name())
                .ifPresent(service -> requests.fileFor(
                        "resolution:" + actionId, service, requester, caseId, values(service, caseId, amount), at));
    }

    /** What the form can be filled with from the action: its amount and the case's reference. */
    private Map<String, String> values(Offering service, long caseId, long amount) {
        Map<String, String> values = new LinkedHashMap<>();
        String reference = cases.find(caseId).map(LinkedCase::reference).orElse("");
        for (FieldDefinition f : service.fields()) {
            if (f.kind() == FieldKind.RUPIAH && !values.containsValue(Long.toString(amount))) {
                values.put(f.name(), Long.toString(amount));
            } else if (f.kind() == FieldKind.TEXT && f.name().contains("case") && !reference.isEmpty()) {
                values.put(f.name(), reference);
            }
        }
        return values;
    }
}
