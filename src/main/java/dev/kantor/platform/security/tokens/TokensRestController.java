package dev.kantor.platform.security.tokens;

import java.net.URI;
import java.util.List;

import dev.kantor.platform.web.PageQuery;
import dev.kantor.platform.web.Paged;
import dev.kantor.platform.web.SecretShownOnce;
import dev.kantor.platform.web.Sortable;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * API tokens through the REST API: each person's own, and admins' service accounts with theirs.
 * These answers are reached with a password (a session or HTTP Basic) only: no token makes a token, so
 * the description names HTTP Basic as their only way in.
 */
@RestController
@SecurityRequirement(name = "basic")
@Tag(
        name = "API tokens",
        description = "Personal access tokens and service accounts for integrations. A token is sent as "
                + "'Authorization: Bearer kantor_pat_...'; it acts with its holder's role narrowed to its scopes "
                + "(read, cases, service, schedules, people). Its secret is answered once. These operations take "
                + "a password (HTTP Basic) only: a token is refused here with 403, whatever its scopes.")
class TokensRestController {

    private final ApiTokens tokens;
    private final ServiceAccounts serviceAccounts;

    TokensRestController(ApiTokens tokens, ServiceAccounts serviceAccounts) {
        this.tokens = tokens;
        this.serviceAccounts = serviceAccounts;
    }

    /**
     * A token to make.
     *
     * @param days   how long it lives, 1 to 365
     * @param scopes what it may do: read, cases, service, schedules, people
     */
    record TokenRequest(String name, Integer days, List<String> scopes) {}

    /** A service account to make: its name (lower case, digits, dashes), what it is for, its role. */
    record ServiceAccountRequest(String name, String description, String role) {}

    @GetMapping("/api/account/tokens")
    @Operation(summary = "One's own API tokens", description = "Newest first, revoked and expired ones too.")
    @Sortable({"name", "id"})
    Paged<ApiTokenView> own(PageQuery paging) {
        return paging.inMemory(tokens.own());
    }

    @PostMapping("/api/account/tokens")
    @Operation(
            summary = "Make a personal access token",
            description = "Answers the secret this once (Kantor keeps only its SHA-256); 400 naming the field when "
                    + "the name, the days or the scopes are missing or wrong.")
    @ApiResponse(responseCode = "201", description = "The token and its secret")
    ResponseEntity<NewToken> create(@RequestBody TokenRequest request) {
        NewToken made = tokens.createOwn(request.name(), request.days(), request.scopes());
        return SecretShownOnce.created("/api/account/tokens/" + made.token().id(), made);
    }

    @DeleteMapping("/api/account/tokens/{id}")
    @Operation(summary = "Revoke one's own token", description = "Refused from the next request on, on every node.")
    @ApiResponse(responseCode = "204", description = "Revoked")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        tokens.revokeOwn(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/service-accounts")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Service accounts and their tokens (admin)")
    @Sortable({"name", "id"})
    Paged<ServiceAccountView> serviceAccounts(PageQuery paging) {
        return paging.inMemory(serviceAccounts.all());
    }

    @PostMapping("/api/service-accounts")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(
            summary = "Make a service account (admin)",
            description = "It acts with the role given and is audited as service:<name>.")
    @ApiResponse(responseCode = "201", description = "The service account")
    ResponseEntity<ServiceAccountView> createServiceAccount(@RequestBody ServiceAccountRequest request) {
        ServiceAccountView made = serviceAccounts.create(request.name(), request.description(), request.role());
        return ResponseEntity.created(URI.create("/api/service-accounts/" + made.id()))
                .body(made);
    }

    @PostMapping("/api/service-accounts/{id}/deactivation")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(
            summary = "Disable a service account (admin)",
            description = "Every token of it is refused from the next request on, on every node.")
    ServiceAccountView disableServiceAccount(@PathVariable long id) {
        serviceAccounts.disable(id);
        return serviceAccounts.one(id);
    }

    @PostMapping("/api/service-accounts/{id}/tokens")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Make a token for a service account (admin)", description = "Answers the secret this once.")
    @ApiResponse(responseCode = "201", description = "The token and its secret")
    ResponseEntity<NewToken> createServiceToken(@PathVariable long id, @RequestBody TokenRequest request) {
        NewToken made = serviceAccounts.createToken(id, request.name(), request.days(), request.scopes());
        return SecretShownOnce.created("/api/service-accounts/" + id, made);
    }

    @DeleteMapping("/api/service-accounts/{id}/tokens/{tokenId}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Revoke a service account's token (admin)")
    @ApiResponse(responseCode = "204", description = "Revoked")
    ResponseEntity<Void> revokeServiceToken(@PathVariable long id, @PathVariable long tokenId) {
        serviceAccounts.revokeToken(id, tokenId);
        return ResponseEntity.noContent().build();
    }
}
