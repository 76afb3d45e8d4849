package dev.kantor.policies.acknowledgements;

import dev.kantor.platform.InputCheck;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** HR's schedule for acknowledgements: due after so many days, reminders first after so many, then every so many. */
@Component
class ReminderSettings {

    record Schedule(int dueAfterDays, int firstAfterDays, int everyDays, int version) {

        static void check(Integer dueAfterDays, Integer firstAfterDays, Integer everyDays) {
            new InputCheck()
                    .required("dueAfterDays", dueAfterDays)
                    .required("firstAfterDays", firstAfterDays)
                    .required("everyDays", everyDays)
                    .range("dueAfterDays", dueAfterDays, 1, 365)
                    .range("firstAfterDays", firstAfterDays, 1, 365)
                    .range("everyDays", everyDays, 1, 365)
                    .throwIfAny();
        }

        /** The reminder round due so many whole days after asking: 0 before the first. */
        int roundAfter(long days) {
            return days < firstAfterDays ? 0 : (int) ((days - firstAfterDays) / everyDays) + 1;
        }
    }

    private final JdbcClient jdbc;

    ReminderSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Schedule now() {
        return jdbc.sql("select * from policy_reminder_settings where id = 1")
                .query((rs, row) -> new Schedule(
                        rs.getInt("due_after_days"),
                        rs.getInt("first_after_days"),
                        rs.getInt("every_days"),
                        rs.getInt("version")))
                .single();
    }

    void change(int dueAfterDays, int firstAfterDays, int everyDays, int expectedVersion) {
        int changed = jdbc.sql(
                        """
                update policy_reminder_settings set due_after_days = ?, first_after_days = ?, every_days = ?,
                    version = version + 1
                where id = 1 and version = ?""")
                .params(dueAfterDays, firstAfterDays, everyDays, expectedVersion)
                .update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("The reminder schedule changed meanwhile");
        }
    }
}
