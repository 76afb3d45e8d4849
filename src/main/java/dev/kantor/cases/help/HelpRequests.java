package dev.kantor.cases.help;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Requests for a manager's help as stored. */
interface HelpRequests extends ListCrudRepository<HelpRequest, Long> {

    Optional<HelpRequest> findFirstByCaseIdAndResolvedAtIsNull(long caseId);

    Optional<HelpRequest> findFirstByCaseIdOrderByRequestedAtDescIdDesc(long caseId);

    List<HelpRequest> findByResolvedAtIsNullOrderByRequestedAt();
}
