package dev.kantor.policies.handbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.kantor.people.People;
import dev.kantor.policies.rules.Scope;

import org.springframework.context.MessageSource;

/** A scope in words in the reader's language: "Everyone", "Back office", "Accounting, IT & Development"... */
public final class ScopeWords {

    private ScopeWords() {}

    public static String of(Scope scope, People people, MessageSource messages, Locale locale) {
        List<String> names = new ArrayList<>();
        switch (scope.kind()) {
            case EVERYONE -> names.add(messages.getMessage("policies.scope.kind.EVERYONE", null, locale));
            case OFFICE ->
                scope.offices().stream()
                        .sorted()
                        .forEach(o -> names.add(messages.getMessage("office." + o.name(), null, locale)));
            case DEPARTMENTS ->
                scope.ids().stream().sorted().forEach(id -> people.department(id)
                        .ifPresent(d -> names.add(d.name(locale))));
            case POSITIONS ->
                scope.ids().stream().sorted().forEach(id -> people.position(id)
                        .ifPresent(p -> names.add(p.title(locale))));
            case EMPLOYEES ->
                scope.ids().stream().sorted().forEach(id -> people.nameOf(id).ifPresent(names::add));
        }
        return String.join(", ", names);
    }
}
