package dev.kantor.cases.customers;

import java.util.List;

import dev.kantor.platform.KantorException;
import dev.kantor.platform.web.PageQuery;
import dev.kantor.platform.web.Paged;
import dev.kantor.platform.web.Sortable;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Customer records through the REST API: find, read with their cases, correct, merge duplicates. */
@RestController
@RequestMapping("/api/customers")
@Tag(name = "Customers", description = "The people the business serves: contact details, cases, duplicates")
@PreAuthorize("hasAnyRole('AGENT', 'MANAGER', 'ADMIN', 'STAFF')")
class CustomersRestController {

    /** A customer as the API shows it. */
    record CustomerResponse(long id, String fullName, String email, String phone, String language, int version) {

        static CustomerResponse of(Customer c) {
            return new CustomerResponse(c.id(), c.fullName(), c.email(), c.phone(), c.language(), c.version());
        }
    }

    /** A customer with their cases and ratings. */
    record CustomerCasesResponse(
            CustomerResponse customer,
            long casesInAll,
            long ratings,
            Double averageRating,
            List<CustomerPanel.OtherCase> cases) {}

    /** New contact details, with the version they were read at. */
    record ContactDetailsRequest(String fullName, String email, String phone, String language, Integer version) {}

    /** The duplicate record to merge into this one. */
    record MergeRequest(Long duplicateId) {}

    private final CustomerRecords records;
    private final CustomerSearch search;
    private final CustomerPanel panels;
    private final Customers customers;

    CustomersRestController(CustomerRecords records, CustomerSearch search, CustomerPanel panels, Customers customers) {
        this.records = records;
        this.search = search;
        this.panels = panels;
        this.customers = customers;
    }

    @GetMapping
    @Operation(
            summary = "Find customers",
            description = "By part of a name, e-mail address or phone number (two characters at least; none when "
                    + "shorter); every customer without q. By name unless sorted otherwise.")
    @Sortable({"name", "id"})
    Paged<CustomerResponse> find(@RequestParam(required = false) String q, PageQuery paging) {
        return paging.page(
                        search.find(q, paging.offset(), paging.size(), paging.sortsBy("id"), paging.descending()),
                        search.count(q))
                .map(CustomerResponse::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One customer", description = "With their cases (newest first, at most 10) and ratings.")
    CustomerCasesResponse get(@PathVariable long id) {
        customers.findById(id).orElseThrow(() -> KantorException.notFound("customers.not-found", id));
        CustomerPanel.Panel panel = panels.of(id, 0);
        return new CustomerCasesResponse(
                CustomerResponse.of(panel.customer()),
                panel.casesInAll(),
                panel.ratings(),
                panel.averageRating(),
                panel.otherCases());
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Correct a customer's contact details",
            description = "Name, e-mail address, phone and language (en or id), audited. version is the one read: "
                    + "409 when someone changed the customer since.")
    CustomerResponse edit(@PathVariable long id, @RequestBody ContactDetailsRequest request) {
        if (request.version() == null) {
            throw dev.kantor.platform.InvalidInput.of("version", "validation.required");
        }
        return CustomerResponse.of(records.edit(
                id,
                new CustomerRecords.ContactDetails(
                        request.fullName(), request.email(), request.phone(), request.language()),
                request.version()));
    }

    @PostMapping("/{id}/merge")
    @Operation(
            summary = "Merge a duplicate record of the same person into this one",
            description = "For managers and admins. The duplicate's cases, with their timelines and ratings, move "
                    + "to this customer, who keeps their own details; the duplicate is gone. Audited. 422 for the "
                    + "same record, 404 for an unknown one.")
    CustomerResponse merge(@PathVariable long id, @RequestBody MergeRequest request) {
        if (request.duplicateId() == null) {
            throw dev.kantor.platform.InvalidInput.of("duplicateId", "validation.required");
        }
        return CustomerResponse.of(records.merge(id, request.duplicateId()));
    }
}
