package dev.kantor.people.history;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.kantor.people.People;
import dev.kantor.people.Skill;
import dev.kantor.people.SpokenLanguage;
import dev.kantor.platform.audit.AuditWords;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The people module's codes in the audit trail, in words: a position's code as its title, a
 * department's code as its name, a manager's e-mail as their name, language codes as language
 * names, and "billing:4" as "Billing (advanced)". A code that no longer names anything is shown
 * as stored.
 */
@Component
class PeopleInWords implements AuditWords {

    private static final String NOTHING = "∅";

    private final People people;
    private final MessageSource messages;

    PeopleInWords(People people, MessageSource messages) {
        this.people = people;
        this.messages = messages;
    }

    @Override
    public Optional<String> words(String field, String value, Locale locale) {
        if (value == null || value.isBlank() || NOTHING.equals(value)) {
            return Optional.empty();
        }
        return switch (field) {
            case "position" ->
                people.positions().stream()
                        .filter(p -> p.getCode().equals(value))
                        .findFirst()
                        .map(p -> p.title(locale));
            case "department" ->
                people.departments().stream()
                        .filter(d -> d.getCode().equals(value))
                        .findFirst()
                        .map(d -> d.name(locale));
            case "manager" -> people.employeeByEmail(value).map(e -> e.getFullName());
            case "languages" -> Optional.of(languages(value, locale));
            case "skills" -> Optional.of(skills(value, locale));
            default -> Optional.empty();
        };
    }

    private static String languages(String codes, Locale locale) {
        return Arrays.stream(codes.split(",\\s*"))
                .map(code -> new SpokenLanguage(code.strip()).name(locale))
                .collect(Collectors.joining(", "));
    }

    /** "billing:4, tax:2" as "Billing (advanced), Tax (basic)". */
    private String skills(String stored, Locale locale) {
        Map<String, Skill> catalogue = people.skillsByCode();
        return Arrays.stream(stored.split(",\\s*"))
                .map(item -> {
                    int colon = item.lastIndexOf(':');
                    String code = colon < 0 ? item : item.substring(0, colon);
                    String level = colon < 0 ? "" : item.substring(colon + 1);
                    Skill skill = catalogue.get(code);
                    String name = skill == null ? code : skill.name(locale);
                    String words = messages.getMessage("skill.level." + level, null, null, locale);
                    return words == null ? item : name + " (" + words + ")";
                })
                .collect(Collectors.joining(", "));
    }
}
