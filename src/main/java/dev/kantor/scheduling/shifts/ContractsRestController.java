package dev.kantor.scheduling.shifts;

import java.net.URI;

import dev.kantor.platform.InputCheck;
import dev.kantor.platform.web.PageQuery;
import dev.kantor.platform.web.Paged;
import dev.kantor.platform.web.Sortable;
import dev.kantor.scheduling.shifts.ShiftDtos.ContractRequest;
import dev.kantor.scheduling.shifts.ShiftDtos.ContractResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Contracts through the REST API: everyone signed in reads them, managers, admins and HR change them. */
@RestController
@RequestMapping("/api/scheduling/contracts")
@Tag(name = "Scheduling")
class ContractsRestController {

    private final StoredContracts contracts;

    ContractsRestController(StoredContracts contracts) {
        this.contracts = contracts;
    }

    @GetMapping
    @Operation(summary = "The contracts", description = "By name.")
    @Sortable({"name", "id"})
    Paged<ContractResponse> all(PageQuery paging) {
        return paging.inMemory(
                contracts.all().stream().map(ContractResponse::of).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One contract")
    ContractResponse one(@PathVariable long id) {
        return ContractResponse.of(contracts.get(id));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(
            summary = "Define a contract (managers, admins, HR)",
            description = "201 with the contract and its "
                    + "Location; 400 naming every bad field (allowedShiftTypeIds[0] for a shift type that does not exist); "
                    + "409 when another contract has the name; 403 for other roles.")
    ResponseEntity<ContractResponse> create(@RequestBody ContractRequest request) {
        DefinedContract created = contracts.create(request.details());
        return ResponseEntity.created(URI.create("/api/scheduling/contracts/" + created.id()))
                .body(ContractResponse.of(created));
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Change a contract (managers, admins, HR)",
            description = "Send the version read; 409 "
                    + "(concurrent-change) when someone changed it since, and nothing is changed.")
    ContractResponse change(@PathVariable long id, @RequestBody ContractRequest request) {
        new InputCheck().required("version", request.version()).throwIfAny();
        return ContractResponse.of(contracts.change(id, request.details(), request.version()));
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{id}")
    @Operation(
            summary = "Delete a contract (managers, admins, HR)",
            description = "Send the version read; 204 "
                    + "when deleted; 409 (concurrent-change) when someone changed it since; 404 when there is no such "
                    + "contract.")
    ResponseEntity<Void> remove(@PathVariable long id, @RequestParam(required = false) Integer version) {
        new InputCheck().required("version", version).throwIfAny();
        contracts.remove(id, version);
        return ResponseEntity.noContent().build();
    }
}
