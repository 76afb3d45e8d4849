package dev.kantor.reporting.digest;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.people.Employee;
import dev.kantor.people.People;
import dev.kantor.platform.mail.StaffLetter;
import dev.kantor.platform.mail.StaffMail;
import dev.kantor.platform.web.Times;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends last week's digest to every subscriber on Monday morning. Each recipient's week is claimed
 * by a row keyed on recipient and week, in the transaction that queues the mail: on several nodes, or
 * run twice, only the first claim succeeds, so each recipient gets one digest a week.
 */
@Component
public class WeeklyDigest {

    /** Last week's figures for one reader: counts of reporting's own roll-up. */
    record Week(
            long cases,
            long respondedMet,
            long respondedDecided,
            long resolvedMet,
            long resolvedDecided,
            long complaints,
            long rated,
            long stars) {

        double share(long part, long whole) {
            return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 10.0;
        }
    }

    private final JdbcClient jdbc;
    private final People people;
    private final StaffMail mail;
    private final BusinessCalendars calendars;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String publicUrl;

    WeeklyDigest(
            JdbcClient jdbc,
            People people,
            StaffMail mail,
            BusinessCalendars calendars,
            TransactionTemplate transaction,
            Clock clock,
            @Value("${kantor.public-url:http://localhost:8080}") String publicUrl) {
        this.jdbc = jdbc;
        this.people = people;
        this.mail = mail;
        this.calendars = calendars;
        this.transaction = transaction;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    @Scheduled(cron = "${kantor.reporting.digest-cron:0 0 7 * * MON}", zone = "${kantor.calendar.zone:Asia/Jakarta}")
    void everyMonday() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), calendars.zone());
        send(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1));
    }

    /** Sends the week starting on {@code monday} to every subscriber not sent it yet; answers how many were sent now. */
    public int send(LocalDate monday) {
        record Subscriber(long employeeId, String language) {}
        List<Subscriber> subscribers = jdbc.sql("select employee_id, language from reporting_digest_subscription")
                .query((rs, n) -> new Subscriber(rs.getLong(1), rs.getString(2)))
                .list();
        int sent = 0;
        for (Subscriber s : subscribers) {
            Boolean queued = transaction.execute(status -> {
                if (claimAndQueue(s.employeeId(), Locale.forLanguageTag(s.language()), monday)) {
                    return true;
                }
                // nothing written, or a claim refused because another node claimed the week first
                status.setRollbackOnly();
                return false;
            });
            sent += Boolean.TRUE.equals(queued) ? 1 : 0;
        }
        return sent;
    }

    private boolean claimAndQueue(long employeeId, Locale language, LocalDate monday) {
        Employee employee =
                people.employee(employeeId).filter(Employee::isActive).orElse(null);
        if (employee == null
                || employee.getEmail() == null
                || employee.getEmail().isBlank()) {
            return false;
        }
        if (jdbc.sql("select count(*) from reporting_digest_sent where employee_id = ? and week_start = ?")
                        .params(employeeId, Date.valueOf(monday))
                        .query(Long.class)
                        .single()
                > 0) {
            return false;
        }
        try {
            jdbc.sql("insert into reporting_digest_sent (employee_id, week_start, sent_at) values (?, ?, ?)")
                    .params(employeeId, Date.valueOf(monday), Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException sentBefore) {
            return false;
        }
        LocalDate sunday = monday.plusDays(6);
        Week week = week(monday, sunday);
        Times times = Times.in(calendars.zone());
        return mail.queue(new StaffLetter(
                "reporting-digest:" + monday,
                employee.getEmail(),
                language,
                "reporting.digest.subject",
                List.of(times.date(monday)),
                "reporting/mail/weekly-digest",
                Map.of(
                        "name", employee.getFullName(),
                        "from", times.date(monday),
                        "to", times.date(sunday),
                        "cases", week.cases(),
                        "responseShare", week.share(week.respondedMet(), week.respondedDecided()),
                        "resolutionShare", week.share(week.resolvedMet(), week.resolvedDecided()),
                        "complaints", week.complaints(),
                        "stars", week.rated() == 0 ? 0 : Math.round(10.0 * week.stars() / week.rated()) / 10.0,
                        "link", publicUrl + "/reports/front-office?from=" + monday + "&to=" + sunday)));
    }

    Week week(LocalDate from, LocalDate to) {
        return jdbc.sql(
                        """
                select coalesce(sum(opened), 0), coalesce(sum(responded_met), 0),
                       coalesce(sum(responded_met + responded_breached), 0), coalesce(sum(resolved_met), 0),
                       coalesce(sum(resolved_met + resolved_breached), 0), coalesce(sum(complaints), 0),
                       coalesce(sum(rated), 0), coalesce(sum(rating_sum), 0)
                from reporting_service_day where on_day between ? and ?""")
                .params(Date.valueOf(from), Date.valueOf(to))
                .query((rs, n) -> new Week(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getLong(7),
                        rs.getLong(8)))
                .single();
    }
}
