package dev.kantor.scheduling.schedules;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.kantor.platform.KantorException;
import dev.kantor.scheduling.check.ViolationKind;

/**
 * A hand edit refused because it breaks a rule: the message names the rule, the person and the date
 * in the reader's language ({@code scheduling.rule.*}); the API adds the rule's code.
 */
public class EditRefused extends KantorException {

    private final ViolationKind rule;
    private final Long employeeId;
    private final LocalDate date;

    EditRefused(ViolationKind rule, Long employeeId, String person, LocalDate date) {
        super(Kind.INVALID, keyOf(rule), person == null ? "" : person, date == null ? "" : date.toString());
        this.rule = rule;
        this.employeeId = employeeId;
        this.date = date;
    }

    static String keyOf(ViolationKind rule) {
        return "scheduling.rule." + rule.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public ViolationKind rule() {
        return rule;
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("rule", rule.name());
        if (employeeId != null) {
            details.put("employeeId", employeeId);
        }
        if (date != null) {
            details.put("date", date.toString());
        }
        return details;
    }
}
