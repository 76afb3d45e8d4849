package dev.kantor.policies.acknowledgements;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import dev.kantor.policies.AcknowledgementFigures;
import dev.kantor.policies.handbook.PolicyStore;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The acknowledgements asked, as the HR dashboard counts them. */
@Component
@Transactional(readOnly = true)
class AskedAcknowledgements implements AcknowledgementFigures {

    private final AcknowledgementStore store;
    private final PolicyStore policies;

    AskedAcknowledgements(AcknowledgementStore store, PolicyStore policies) {
        this.store = store;
        this.policies = policies;
    }

    @Override
    public List<Asked> askedBetween(Instant from, Instant to) {
        return store.askedBetween(from, to).stream()
                .map(a -> new Asked(a.versionId(), a.employeeId(), a.departmentId(), a.dueOn(), a.acknowledgedAt()))
                .toList();
    }

    @Override
    public String versionTitle(long versionId, Locale locale) {
        return policies.version(versionId)
                .map(v -> v.title(locale) + " (" + v.number() + ")")
                .orElse("#" + versionId);
    }
}
