package dev.kantor.platform.security.web;

import jakarta.servlet.http.HttpServletRequest;

import dev.kantor.platform.security.AccountAdministration;
import dev.kantor.platform.security.AccountView;
import dev.kantor.platform.web.PageQuery;
import dev.kantor.platform.web.Paged;
import dev.kantor.platform.web.Sortable;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Accounts through the REST API: admins see and manage them; everyone changes their own password. */
@RestController
@Tag(name = "Accounts", description = "Who can sign in: disabling, enabling, temporary passwords")
class AccountsRestController {

    private final AccountAdministration accounts;

    AccountsRestController(AccountAdministration accounts) {
        this.accounts = accounts;
    }

    /** An admin's reset: the temporary password to give out, or none to let Kantor choose one. */
    record PasswordResetRequest(String password) {}

    /** The temporary password, answered once: Kantor keeps only its hash. */
    record PasswordResetResponse(String username, String temporaryPassword) {}

    /** A person's own change: the current password and the new one. */
    record PasswordChangeRequest(String currentPassword, String newPassword) {}

    @GetMapping("/api/accounts")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(
            summary = "Every account (admin)",
            description = "Username, role, employee, whether it can sign in, "
                    + "whether it has a temporary password, and the last sign-in with the form.")
    @Sortable({"username", "role"})
    Paged<AccountView> list(PageQuery paging) {
        return paging.inMemory(accounts.accounts());
    }

    @GetMapping("/api/accounts/{username}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "One account (admin)")
    AccountView get(@PathVariable String username) {
        return accounts.account(username);
    }

    @PostMapping("/api/accounts/{username}/deactivation")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(
            summary = "Disable an account (admin)",
            description =
                    "Its sessions end at once on every node; " + "422 for one's own account or one already disabled.")
    AccountView disable(@PathVariable String username) {
        accounts.disable(username);
        return accounts.account(username);
    }

    @PostMapping("/api/accounts/{username}/reactivation")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Enable an account again (admin)", description = "422 while its employee is inactive.")
    AccountView enable(@PathVariable String username) {
        accounts.enable(username);
        return accounts.account(username);
    }

    @PostMapping("/api/accounts/{username}/password-reset")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(
            summary = "Give an account a temporary password (admin)",
            description = "The admin's choice or, "
                    + "without one, a random one, answered this once. Its person must choose their own at the next "
                    + "sign-in; their sessions end.")
    ResponseEntity<PasswordResetResponse> resetPassword(
            @PathVariable String username, @RequestBody(required = false) PasswordResetRequest request) {
        String temporary = accounts.resetPassword(username, request == null ? null : request.password());
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(new PasswordResetResponse(username, temporary));
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PutMapping("/api/account/password")
    @Operation(
            summary = "Change one's own password",
            description = "400 when the current password is wrong or "
                    + "the new one breaks the rules (at least 10 characters). Other sessions of the account end.")
    ResponseEntity<Void> changeOwnPassword(@RequestBody PasswordChangeRequest request, HttpServletRequest http) {
        accounts.changeOwnPassword(request.currentPassword(), request.newPassword(), http.getRemoteAddr(), null);
        return ResponseEntity.noContent().build();
    }
}
