package dev.kantor.service.catalogue;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import dev.kantor.service.FieldDefinition;

/** A service of the catalogue as pages and the API show it. */
public record Offering(
        long id,
        long departmentId,
        String code,
        String nameEn,
        String nameId,
        String descriptionEn,
        String descriptionId,
        int targetMinutes,
        String handledBy,
        boolean needsApproval,
        String triggeredBy,
        boolean active,
        int version,
        List<FieldDefinition> fields) {

    public Offering {
        fields = List.copyOf(fields);
    }

    public String name(Locale locale) {
        return "id".equals(locale.getLanguage()) ? nameId : nameEn;
    }

    public String description(Locale locale) {
        return "id".equals(locale.getLanguage()) ? descriptionId : descriptionEn;
    }

    public Duration target() {
        return Duration.ofMinutes(targetMinutes);
    }

    /** The target as people say it: "4 h", "1 h 30 min", "45 min". */
    public String targetText() {
        long hours = targetMinutes / 60;
        long minutes = targetMinutes % 60;
        return hours == 0 ? minutes + " min" : minutes == 0 ? hours + " h" : hours + " h " + minutes + " min";
    }
}
