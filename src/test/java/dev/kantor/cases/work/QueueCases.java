package dev.kantor.cases.work;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.CaseType;
import dev.kantor.cases.Channel;
import dev.kantor.cases.NewCase;
import dev.kantor.cases.Priority;
import dev.kantor.cases.customercase.CustomerCase;
import dev.kantor.cases.intake.CaseIntake;
import dev.kantor.cases.views.SortColumn;
import dev.kantor.platform.security.UserAccounts;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Cases for queue tests, opened and worked through the services as the demo company's people,
 * each found by a marker in its subject that no other case has.
 */
final class QueueCases {

    private final CaseIntake intake;
    private final CaseWork work;
    private final UserAccounts accounts;

    QueueCases(CaseIntake intake, CaseWork work, UserAccounts accounts) {
        this.intake = intake;
        this.work = work;
        this.accounts = accounts;
    }

    /**
     * Three open cases that every column sorts differently. Apel: the oldest, a low-priority walk-in
     * complaint of Ani's that the agent owns, its resolution target running (32 business hours).
     * Mangga: an urgent walk-in complaint of Budi's, waiting on him (no target running), which the
     * agent handed to the manager. Zaitun: the newest, a normal question Citra sent through the
     * portal, new and nobody's, its first-response target running (4 business hours).
     */
    record Three(String marker, CustomerCase apel, CustomerCase mangga, CustomerCase zaitun) {

        /** The three as the queue lists them sorted by this column this way. */
        List<Long> sorted(SortColumn column, boolean ascending) {
            List<CustomerCase> order =
                    switch (column) {
                        case REFERENCE, SUBJECT, CUSTOMER, OPENED -> List.of(apel, mangga, zaitun);
                        case STATUS -> List.of(zaitun, apel, mangga);
                        case PRIORITY -> List.of(apel, zaitun, mangga);
                        // nobody's case, and a case with no target running, comes last either way
                        case OWNER -> ascending ? List.of(apel, mangga, zaitun) : List.of(mangga, apel, zaitun);
                        case DUE -> ascending ? List.of(zaitun, apel, mangga) : List.of(apel, zaitun, mangga);
                    };
            if (!ascending && column != SortColumn.OWNER && column != SortColumn.DUE) {
                order = new ArrayList<>(order);
                Collections.reverse(order);
            }
            return order.stream().map(CustomerCase::getId).toList();
        }
    }

    Three three() {
        String marker = marker();
        CustomerCase apel = walkIn("agent", "Ani " + marker, "Apel " + marker, Priority.LOW);
        CustomerCase mangga = walkIn("agent", "Budi " + marker, "Mangga " + marker, Priority.URGENT);
        CustomerCase waiting =
                as("agent", () -> work.reply(mangga.getId(), "Boleh kirim foto?", true, mangga.getVersion()));
        long manager = accounts.loadUserByUsername("manager").employeeId();
        CustomerCase handed = as("agent", () -> work.assign(waiting.getId(), manager, waiting.getVersion()));
        CustomerCase zaitun = intake.open(
                        new NewCase(
                                "Citra " + marker,
                                "citra." + marker + "@example.com",
                                null,
                                "id",
                                Channel.WEB,
                                CaseType.QUESTION,
                                "returns",
                                Priority.NORMAL,
                                "Zaitun " + marker,
                                "Apakah bisa ditukar?"),
                        null)
                .customerCase();
        return new Three(marker, apel, handed, zaitun);
    }

    /** A walk-in complaint the user logs, and so owns. */
    CustomerCase walkIn(String user, String customer, String subject, Priority priority) {
        long employee = accounts.loadUserByUsername(user).employeeId();
        return as(user, () -> intake.open(
                        new NewCase(
                                customer,
                                "c" + UUID.randomUUID() + "@example.com",
                                null,
                                "en",
                                Channel.WALK_IN,
                                CaseType.COMPLAINT,
                                "returns",
                                priority,
                                subject,
                                "The fridge door was dented on delivery."),
                        employee)
                .customerCase());
    }

    /** A walk-in complaint the user logs, resolved and closed. */
    CustomerCase closed(String user, String subject) {
        CustomerCase c = walkIn(user, "Dodi " + subject, subject, Priority.NORMAL);
        CustomerCase resolved = as(user, () -> work.changeStatus(c.getId(), CaseStatus.RESOLVED, c.getVersion()));
        return as(user, () -> work.changeStatus(c.getId(), CaseStatus.CLOSED, resolved.getVersion()));
    }

    <T> T as(String username, Supplier<T> action) {
        var user = accounts.loadUserByUsername(username);
        var before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    /** Letters only, so that it sorts and searches the same on every database. */
    static String marker() {
        StringBuilder marker = new StringBuilder("q");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 10; i++) {
            marker.append((char) ('a' + random.nextInt(26)));
        }
        return marker.toString();
    }
}
