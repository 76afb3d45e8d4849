package dev.kantor.people.history;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import dev.kantor.people.Department;
import dev.kantor.people.People;
import dev.kantor.people.Position;
import dev.kantor.people.Skill;
import dev.kantor.people.SpokenLanguage;
import dev.kantor.platform.audit.AuditWords;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

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
                Optional.ofNullable(perPage("positions", () -> people.positions().stream()
                                        .collect(Collectors.toMap(Position::getCode, p -> p, (a, b) -> a)))
                                .get(value))
                        .map(p -> p.title(locale));
            case "department" ->
                Optional.ofNullable(perPage("departments", () -> people.departments().stream()
                                        .collect(Collectors.toMap(Department::getCode, d -> d, (a, b) -> a)))
                                .get(value))
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
        Map<String, Skill> catalogue = perPage("skills", people::skillsByCode);
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

    /**
     * A catalogue read once for the page being shown: the audit page asks for words line by line,
     * hundreds of times, and each catalogue is the same for all of them. Outside a request it is
     * read each time.
     */
    @SuppressWarnings("unchecked")
    private static <T> T perPage(String catalogue, Supplier<T> read) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return read.get();
        }
        String key = PeopleInWords.class.getName() + "." + catalogue;
        T kept = (T) request.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
        if (kept == null) {
            kept = read.get();
            request.setAttribute(key, kept, RequestAttributes.SCOPE_REQUEST);
        }
        return kept;
    }
}
