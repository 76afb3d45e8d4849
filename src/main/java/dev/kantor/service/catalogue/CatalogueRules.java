package dev.kantor.service.catalogue;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import dev.kantor.platform.InputCheck;
import dev.kantor.service.FieldDefinition;
import dev.kantor.service.FieldKind;
import dev.kantor.service.ServiceDefinition;

/** What a service must say before it is published: both languages, a target, a form whose fields make sense. */
final class CatalogueRules {

    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");
    static final Pattern FIELD_NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    static final int MAX_FIELDS = 20;
    /** A month of business hours: a target longer than that is a project, not a service. */
    static final int MAX_TARGET_MINUTES = 60 * 24 * 30;

    private CatalogueRules() {}

    static InputCheck check(ServiceDefinition d) {
        InputCheck check = new InputCheck()
                .required("code", d.code(), 40)
                .required("nameEn", d.nameEn(), 120)
                .required("nameId", d.nameId(), 120)
                .required("descriptionEn", d.descriptionEn(), 2000)
                .required("descriptionId", d.descriptionId(), 2000)
                .maxLength("handledBy", d.handledBy(), 120)
                .range("targetMinutes", d.targetMinutes(), 15, MAX_TARGET_MINUTES);
        if (!check.hasProblem("code")) {
            check.matches("code", d.code(), CODE, "service.code.pattern");
        }
        if (d.triggeredBy() != null
                && !d.triggeredBy().isBlank()
                && !Set.of("REFUND", "REPLACEMENT").contains(d.triggeredBy())) {
            check.add("triggeredBy", "service.triggered-by.unknown");
        }
        check.that(d.fields().size() <= MAX_FIELDS, "fields", "service.fields.too-many", MAX_FIELDS);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < d.fields().size(); i++) {
            FieldDefinition f = d.fields().get(i);
            String at = "fields[" + i + "]";
            if (f == null) {
                check.add(at, "validation.required");
                continue;
            }
            check.required(at + ".name", f.name(), 40)
                    .required(at + ".labelEn", f.labelEn(), 120)
                    .required(at + ".labelId", f.labelId(), 120)
                    .required(at + ".kind", f.kind());
            if (!check.hasProblem(at + ".name")) {
                check.matches(at + ".name", f.name(), FIELD_NAME, "service.field.name-pattern");
                check.that(names.add(f.name()), at + ".name", "service.field.name-twice", f.name());
            }
            if (f.kind() == FieldKind.CHOICE) {
                check.that(!f.choices().isEmpty(), at + ".choices", "service.field.choices-missing");
                f.choices().forEach(c -> check.required(at + ".choices", c, 120));
            }
        }
        return check;
    }
}
