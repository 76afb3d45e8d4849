package dev.kantor.assessment.profiles;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import dev.kantor.assessment.Dimension;
import dev.kantor.assessment.DimensionRange;
import dev.kantor.assessment.Leaning;
import dev.kantor.assessment.ProfileDetails;
import dev.kantor.platform.InputCheck;

/**
 * Reads the role profile form: {@code office}, {@code version}, {@code skill-<id>} (a level, 0 or
 * blank for "not asked"), {@code low-<DIMENSION>} and {@code high-<DIMENSION>} (both blank for "does
 * not matter"). What is no number is refused, naming the field.
 */
final class ProfileParameters {

    private ProfileParameters() {}

    static ProfileDetails read(Long positionId, Long departmentId, Map<String, String> parameters) {
        InputCheck check = new InputCheck();
        Leaning office = null;
        try {
            office = Leaning.valueOf(parameters.getOrDefault("office", ""));
        } catch (IllegalArgumentException e) {
            check.add("office", "assessment.profile.office");
        }
        Map<Long, Integer> skills = new HashMap<>();
        Map<Dimension, DimensionRange> ranges = new EnumMap<>(Dimension.class);
        for (var entry : parameters.entrySet()) {
            String name = entry.getKey();
            String value = entry.getValue() == null ? "" : entry.getValue().strip();
            if (name.startsWith("skill-") && !value.isEmpty() && !value.equals("0")) {
                Long id = number(name.substring(6));
                Long level = number(value);
                if (id == null || level == null) {
                    check.add("skills[" + name.substring(6) + "]", "error.bad-value");
                } else {
                    skills.put(id, level.intValue());
                }
            }
        }
        for (Dimension d : Dimension.values()) {
            String low = parameters.getOrDefault("low-" + d, "").strip();
            String high = parameters.getOrDefault("high-" + d, "").strip();
            if (low.isEmpty() && high.isEmpty()) {
                continue;
            }
            Long l = low.isEmpty() ? Long.valueOf(0) : number(low);
            Long h = high.isEmpty() ? Long.valueOf(100) : number(high);
            if (l == null || h == null) {
                check.add("ranges[" + d + "]", "assessment.profile.range", 0, 100);
            } else {
                ranges.put(d, new DimensionRange(l.intValue(), h.intValue()));
            }
        }
        Long version = number(parameters.getOrDefault("version", ""));
        check.throwIfAny();
        return new ProfileDetails(
                positionId, departmentId, office, skills, ranges, version == null ? null : version.intValue());
    }

    private static Long number(String text) {
        return text.matches("-?\\d{1,9}") ? Long.valueOf(text) : null;
    }
}
