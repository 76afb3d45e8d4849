package dev.kantor.service.cases;

import java.util.List;

import dev.kantor.cases.InternalWait;
import dev.kantor.cases.InternalWork;
import dev.kantor.people.Department;
import dev.kantor.people.People;
import dev.kantor.service.catalogue.Catalogue;
import dev.kantor.service.catalogue.Offering;
import dev.kantor.service.requests.RequestLists;

import org.springframework.stereotype.Component;

/** What a customer case waits on in the back office, for the case page: its open internal requests, oldest first. */
@Component
class CaseWaits implements InternalWork {

    private final RequestLists lists;
    private final Catalogue catalogue;
    private final People people;

    CaseWaits(RequestLists lists, Catalogue catalogue, People people) {
        this.lists = lists;
        this.catalogue = catalogue;
        this.people = people;
    }

    @Override
    public List<InternalWait> waitingOn(long caseId) {
        return lists.openForCase(caseId).stream()
                .map(r -> {
                    Offering service = catalogue.get(r.serviceId());
                    Department department = people.department(r.departmentId()).orElse(null);
                    return new InternalWait(
                            department == null ? "?" : department.getNameEn(),
                            department == null ? "?" : department.getNameId(),
                            service.nameEn(),
                            service.nameId(),
                            r.dueAt(),
                            "/service/requests/" + r.id());
                })
                .toList();
    }
}
