package dev.kantor.policies.acknowledgements;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.kantor.people.Employee;
import dev.kantor.people.People;
import dev.kantor.platform.BusinessZone;
import dev.kantor.platform.mail.StaffLetter;
import dev.kantor.platform.mail.StaffMail;
import dev.kantor.platform.security.SystemUser;
import dev.kantor.platform.web.Times;
import dev.kantor.policies.handbook.PolicyStore;
import dev.kantor.policies.handbook.StoredVersion;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds by e-mail the people who have not acknowledged a version, on HR's schedule counted from its
 * publication: the first reminder after so many days, then every so many days. Each round of each version is
 * claimed by inserting its row in {@code policy_reminder_run} in the transaction that queues its mails, so that
 * when several nodes run this, one of them sends it and the others find it taken.
 */
@Component
class AcknowledgementReminders {

    private final AcknowledgementStore store;
    private final ReminderSettings settings;
    private final PolicyStore policies;
    private final People people;
    private final StaffMail mail;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final BusinessZone zone;
    private final Clock clock;
    private final String publicUrl;

    AcknowledgementReminders(
            AcknowledgementStore store,
            ReminderSettings settings,
            PolicyStore policies,
            People people,
            StaffMail mail,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            BusinessZone zone,
            Clock clock,
            @Value("${kantor.public-url:http://localhost:8080}") String publicUrl) {
        this.store = store;
        this.settings = settings;
        this.policies = policies;
        this.people = people;
        this.mail = mail;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.zone = zone;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    /** @return how many reminder rounds this node sent */
    @Scheduled(
            fixedDelayString = "${kantor.policies.reminder-check:PT15M}",
            initialDelayString = "${kantor.policies.reminder-first-check:PT5M}")
    int remind() {
        return remindAt(clock.instant());
    }

    int remindAt(Instant now) {
        ReminderSettings.Schedule schedule = settings.now();
        int sent = 0;
        for (long versionId : store.versionsWithOpen()) {
            StoredVersion version = policies.version(versionId).orElse(null);
            if (version == null || version.publishedAt() == null) {
                continue;
            }
            long days = Duration.between(version.publishedAt(), now).toDays();
            int round = schedule.roundAfter(days);
            if (round == 0) {
                continue;
            }
            try {
                Boolean done = transactions.execute(status -> SystemUser.call(() -> send(version, round, now)));
                sent += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (DataIntegrityViolationException | TransientDataAccessException takenMeanwhile) {
                // another node claimed this round at the same moment (H2 says so with an error rather than
                // waiting): it sends it, or, had it failed, the round is still unclaimed at the next check
            }
        }
        return sent;
    }

    private boolean send(StoredVersion version, int round, Instant now) {
        boolean claimed = jdbc.sql(
                                """
                insert into policy_reminder_run (version_id, round, ran_at) values (?, ?, ?)
                on conflict do nothing""")
                        .params(version.id(), round, Timestamp.from(now))
                        .update()
                == 1;
        if (!claimed) {
            return false;
        }
        Locale language = mail.defaultLanguage();
        List<Long> open = store.openFor(version.id());
        Times times = Times.in(zone.zone());
        for (Employee employee : people.employees(open)) {
            if (!employee.isActive()
                    || employee.getEmail() == null
                    || employee.getEmail().isBlank()) {
                continue;
            }
            String due = store.of(version.id(), employee.getId())
                    .map(a -> times.date(a.dueOn()))
                    .orElse("");
            mail.queue(new StaffLetter(
                    "policy-reminder:" + version.id() + ":" + round,
                    employee.getEmail(),
                    language,
                    "policies.mail.subject",
                    List.of(version.title(language)),
                    "policies/mail/reminder",
                    Map.of(
                            "name",
                            employee.getFullName(),
                            "title",
                            version.title(language),
                            "due",
                            due,
                            "link",
                            publicUrl + "/policies/mine")));
        }
        return true;
    }
}
