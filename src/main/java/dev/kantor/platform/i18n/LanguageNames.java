package dev.kantor.platform.i18n;

import java.util.Locale;

import org.springframework.stereotype.Component;

/** Names of languages (ISO 639 codes) in the reader's language, for templates: {@code @languageNames.of('jv', #locale)}. */
@Component("languageNames")
public class LanguageNames {

    public String of(String code, Locale reader) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(reader);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(reader) + name.substring(1);
    }
}
