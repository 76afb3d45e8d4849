package dev.kantor.platform.security;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.kantor.platform.InputCheck;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.audit.AuditAction;
import dev.kantor.platform.audit.AuditTrail;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who may sign in: admins disable and enable accounts and give out temporary passwords; each
 * person changes their own password; an employee who leaves loses their accounts and gets them
 * back when they return. Every change ends the sessions it should (on every node) and is
 * recorded in the audit trail in the same transaction.
 */
@Service
@Transactional
public class AccountAdministration {

    static final String ACCOUNT = "account";

    /** Letters and digits nobody mistakes for another when reading a password aloud or off a screen. */
    private static final char[] READABLE = "abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY34679".toCharArray();

    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccounts accounts;
    private final SignedInSessions sessions;
    private final SignInThrottle throttle;
    private final AuditTrail audit;
    private final ObjectProvider<AccountHolders> holders;
    private final TransactionTemplate transactions;

    AccountAdministration(
            UserAccounts accounts,
            SignedInSessions sessions,
            SignInThrottle throttle,
            AuditTrail audit,
            ObjectProvider<AccountHolders> holders,
            TransactionTemplate transactions) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.throttle = throttle;
        this.audit = audit;
        this.holders = holders;
        this.transactions = transactions;
    }

    /** Every account with the name of its person. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountView> accounts() {
        List<Account> all = accounts.all();
        Map<Long, String> names = names(
                all.stream().map(Account::employeeId).filter(Objects::nonNull).toList());
        return all.stream()
                .map(a -> AccountView.of(a, a.employeeId() == null ? null : names.get(a.employeeId())))
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public AccountView account(String username) {
        Account account = existing(username);
        String person = account.employeeId() == null
                ? null
                : names(List.of(account.employeeId())).get(account.employeeId());
        return AccountView.of(account, person);
    }

    /** Stops an account from signing in and ends its sessions; an admin cannot lock themselves out. */
    @PreAuthorize("hasRole('ADMIN')")
    public Account disable(String username) {
        Account account = existing(username);
        if (account.username().equals(CurrentUser.username())) {
            throw KantorException.invalid("account.cannot-disable-self");
        }
        if (!account.enabled()) {
            throw KantorException.invalid("account.already-disabled", username);
        }
        accounts.enable(username, false, false);
        sessions.endAll(username);
        return changed(account, AuditAction.DEACTIVATED);
    }

    /** Lets an account sign in again, unless its employee has left. */
    @PreAuthorize("hasRole('ADMIN')")
    public Account enable(String username) {
        Account account = existing(username);
        if (account.enabled()) {
            throw KantorException.invalid("account.already-enabled", username);
        }
        if (account.employeeId() != null && !employeeActive(account.employeeId())) {
            throw KantorException.invalid("account.employee-inactive", username);
        }
        accounts.enable(username, true, false);
        return changed(account, AuditAction.REACTIVATED);
    }

    /**
     * Gives an account a temporary password, the admin's choice or a random one, which its person
     * must replace at their next sign-in; their sessions end. Returns the temporary password, to be
     * shown once and stored nowhere else.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public String resetPassword(String username, String chosen) {
        Account account = existing(username);
        if (account.username().equals(CurrentUser.username())) {
            throw KantorException.invalid("account.reset-own-password");
        }
        String temporary = chosen == null || chosen.isEmpty() ? temporaryPassword() : chosen;
        PasswordRules.check(new InputCheck(), "password", temporary, username).throwIfAny();
        accounts.setPassword(username, temporary, true);
        sessions.endAll(username);
        audit.noted(ACCOUNT, account.id(), username, AuditAction.PASSWORD_RESET, Map.of("mustChangePassword", "true"));
        return temporary;
    }

    /**
     * The signed-in person replaces their password, giving the current one. A wrong current
     * password counts as a failed sign-in (a stolen session must not become a way to guess).
     * Their other sessions end; the one they are using goes on.
     *
     * @param address       the client address, for the failed sign-in allowance
     * @param keptSessionId the session the change is made in, or null
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void changeOwnPassword(String current, String chosen, String address, String keptSessionId) {
        String username = CurrentUser.username();
        Account account = existing(username);
        InputCheck check = new InputCheck().required("currentPassword", current, PasswordRules.MAX_LENGTH);
        PasswordRules.check(check, "newPassword", chosen, username)
                .that(chosen == null || !chosen.equals(current), "newPassword", "validation.password-unchanged")
                .throwIfAny();
        // outside a transaction: a wrong password must count even though the change is refused
        SignInThrottle.Attempt attempt;
        try {
            attempt = throttle.begin(username, address, false);
        } catch (SignInThrottled e) {
            throw InvalidInput.of("currentPassword", "validation.password-wait", e.waitSeconds());
        }
        if (!accounts.isPassword(username, current)) {
            attempt.failed();
            throw InvalidInput.of("currentPassword", "validation.password-wrong");
        }
        attempt.succeeded();
        transactions.executeWithoutResult(status -> {
            accounts.setPassword(username, chosen, false);
            sessions.endAllBut(username, keptSessionId);
            audit.noted(
                    ACCOUNT,
                    account.id(),
                    username,
                    AuditAction.PASSWORD_CHANGED,
                    Map.of("mustChangePassword", "false"));
        });
    }

    /**
     * An employee left: their accounts stop signing in and their sessions end, in the
     * transaction that records the departure.
     */
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    public void employeeLeft(long employeeId) {
        for (Account account : accounts.ofEmployee(employeeId)) {
            if (account.enabled()) {
                accounts.enable(account.username(), false, true);
                changed(account, AuditAction.DEACTIVATED);
            }
            sessions.endAll(account.username());
        }
    }

    /** An employee returned: the accounts their leaving disabled sign in again; others stay as they are. */
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    public void employeeReturned(long employeeId) {
        for (Account account : accounts.ofEmployee(employeeId)) {
            if (!account.enabled() && account.disabledWithEmployee()) {
                accounts.enable(account.username(), true, false);
                changed(account, AuditAction.REACTIVATED);
            }
        }
    }

    private Account changed(Account before, AuditAction action) {
        Account after = existing(before.username());
        audit.changed(ACCOUNT, after.id(), after.username(), action, before.snapshot(), after.snapshot());
        return after;
    }

    private Account existing(String username) {
        return accounts.account(username == null ? "" : username)
                .orElseThrow(() -> KantorException.notFound("account.not-found", username));
    }

    private Map<Long, String> names(List<Long> employeeIds) {
        AccountHolders known = holders.getIfAvailable();
        return known == null || employeeIds.isEmpty() ? Map.of() : new LinkedHashMap<>(known.namesOf(employeeIds));
    }

    private boolean employeeActive(long employeeId) {
        AccountHolders known = holders.getIfAvailable();
        return known == null || known.isActive(employeeId);
    }

    /** Twelve readable characters in groups of four: about 67 bits, typed once. */
    static String temporaryPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(READABLE[RANDOM.nextInt(READABLE.length)]);
        }
        return password.toString();
    }
}
