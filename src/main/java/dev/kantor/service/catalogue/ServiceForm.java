package dev.kantor.service.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.kantor.platform.InvalidInput;
import dev.kantor.service.FieldDefinition;
import dev.kantor.service.FieldKind;
import dev.kantor.service.ServiceDefinition;

/**
 * The page form of a service. Its form fields are written one per line, so that a manager edits them as text:
 * {@code name | kind | required or optional | English label | Indonesian label | choice; choice}.
 */
public record ServiceForm(
        Long departmentId,
        String code,
        String nameEn,
        String nameId,
        String descriptionEn,
        String descriptionId,
        Integer targetMinutes,
        String handledBy,
        Boolean needsApproval,
        String triggeredBy,
        String fields,
        Integer version) {

    static ServiceForm empty(Long departmentId) {
        return new ServiceForm(departmentId, null, null, null, null, null, 480, null, false, null, "", null);
    }

    static ServiceForm of(Offering o) {
        return new ServiceForm(
                o.departmentId(),
                o.code(),
                o.nameEn(),
                o.nameId(),
                o.descriptionEn(),
                o.descriptionId(),
                o.targetMinutes(),
                o.handledBy(),
                o.needsApproval(),
                o.triggeredBy(),
                lines(o.fields()),
                o.version());
    }

    ServiceDefinition definition() {
        if (departmentId == null) {
            throw InvalidInput.of("departmentId", "validation.required");
        }
        if (targetMinutes == null) {
            throw InvalidInput.of("targetMinutes", "validation.required");
        }
        return new ServiceDefinition(
                departmentId,
                code,
                nameEn,
                nameId,
                descriptionEn,
                descriptionId,
                targetMinutes,
                handledBy,
                Boolean.TRUE.equals(needsApproval),
                triggeredBy == null || triggeredBy.isBlank() ? null : triggeredBy,
                parse(fields));
    }

    /** The lines of the fields text, each read into a field; a line that cannot be read is refused by its number. */
    static List<FieldDefinition> parse(String text) {
        List<FieldDefinition> fields = new ArrayList<>();
        if (text == null) {
            return fields;
        }
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            FieldKind kind = parts.length < 2 ? null : kindOf(parts[1]);
            if (parts.length < 5 || kind == null) {
                throw InvalidInput.of("fields", "service.fields.line", i + 1);
            }
            List<String> choices = parts.length > 5 && !parts[5].isBlank()
                    ? Arrays.stream(parts[5].split(";"))
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .toList()
                    : List.of();
            fields.add(new FieldDefinition(
                    parts[0].strip(),
                    parts[3].strip(),
                    parts[4].strip(),
                    kind,
                    "required".equalsIgnoreCase(parts[2].strip()) || "wajib".equalsIgnoreCase(parts[2].strip()),
                    choices));
        }
        return fields;
    }

    static String lines(List<FieldDefinition> fields) {
        StringBuilder text = new StringBuilder();
        for (FieldDefinition f : fields) {
            text.append(f.name())
                    .append(" | ")
                    .append(f.kind().name().toLowerCase(Locale.ROOT))
                    .append(" | ")
                    .append(f.required() ? "required" : "optional")
                    .append(" | ")
                    .append(f.labelEn())
                    .append(" | ")
                    .append(f.labelId());
            if (!f.choices().isEmpty()) {
                text.append(" | ").append(String.join("; ", f.choices()));
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static FieldKind kindOf(String text) {
        try {
            return FieldKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
