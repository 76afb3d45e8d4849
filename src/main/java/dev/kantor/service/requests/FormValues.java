package dev.kantor.service.requests;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kantor.platform.InputCheck;
import dev.kantor.service.FieldDefinition;
import dev.kantor.service.FieldKind;

/**
 * A request's form checked against its service's fields: every required field filled, each value of its kind
 * (a number, an ISO date, one of the choices, a rupiah amount in whole rupiah), nothing the form does not ask
 * for. Problems are named {@code values.<field>}. Pure: no Spring, no database.
 */
public final class FormValues {

    static final int MAX_TEXT = 2000;
    static final long MAX_RUPIAH = 1_000_000_000_000L;

    private FormValues() {}

    /** The problem's field name for a form field. */
    public static String field(String name) {
        return "values." + name;
    }

    /**
     * The values to keep, stripped, blanks left out; rupiah amounts without separators.
     *
     * @param attached the names of attachment fields that came with a file
     * @throws dev.kantor.platform.InvalidInput naming every field at fault
     */
    public static Map<String, String> check(
            List<FieldDefinition> fields, Map<String, String> values, Set<String> attached) {
        Map<String, String> given = values == null ? Map.of() : values;
        InputCheck check = new InputCheck();
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : given.keySet()) {
            if (fields.stream().noneMatch(f -> f.name().equals(name) && f.kind() != FieldKind.ATTACHMENT)
                    && given.get(name) != null
                    && !given.get(name).isBlank()) {
                check.add(field(name), "service.form.unknown-field");
            }
        }
        for (FieldDefinition f : fields) {
            String at = field(f.name());
            if (f.kind() == FieldKind.ATTACHMENT) {
                check.that(!f.required() || attached.contains(f.name()), at, "validation.required");
                continue;
            }
            String value = given.get(f.name());
            if (value == null || value.isBlank()) {
                check.that(!f.required(), at, "validation.required");
                continue;
            }
            value = value.strip();
            check.maxLength(at, value, MAX_TEXT);
            if (check.hasProblem(at)) {
                continue;
            }
            switch (f.kind()) {
                case NUMBER -> {
                    if (!isNumber(value)) {
                        check.add(at, "service.form.number");
                    }
                }
                case RUPIAH -> {
                    String digits = value.replaceFirst("^(?i)rp\\.?\\s*", "")
                            .replace(".", "")
                            .replace(",", "");
                    if (!digits.matches("\\d{1,13}") || Long.parseLong(digits) > MAX_RUPIAH) {
                        check.add(at, "service.form.rupiah");
                    } else {
                        value = Long.toString(Long.parseLong(digits));
                    }
                }
                case DATE -> {
                    try {
                        check.date(at, LocalDate.parse(value));
                    } catch (DateTimeParseException e) {
                        check.add(at, "service.form.date");
                    }
                }
                case CHOICE -> {
                    if (!f.choices().contains(value)) {
                        check.add(at, "service.form.choice");
                    }
                }
                default -> {}
            }
            kept.put(f.name(), value);
        }
        check.throwIfAny();
        return kept;
    }

    private static boolean isNumber(String value) {
        try {
            new BigDecimal(value.replace(',', '.'));
            return value.length() <= 30;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
