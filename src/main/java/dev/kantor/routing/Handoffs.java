package dev.kantor.routing;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Handoffs extends ListCrudRepository<Handoff, Long> {

    @Query("select * from handoff where state = 'OFFERED' and offer_expires_at <= :now order by offer_expires_at limit 100")
    List<Handoff> offersRunOut(Instant now);

    @Query("select * from handoff where state = 'OFFERED' and offered_to = :employeeId order by created_at")
    List<Handoff> offeredTo(long employeeId);

    @Query("select * from handoff where case_id = :caseId order by created_at desc")
    List<Handoff> ofCase(long caseId);
}
