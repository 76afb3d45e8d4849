package dev.kantor.platform.i18n;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import org.springframework.context.i18n.LocaleContextHolder;

/** Orders lists by the names readers see, in their language and its alphabetical order. */
public final class Localized {

    private Localized() {}

    /**
     * @param name an item's name in a language, e.g. {@code (department, locale) -> department.name(locale)}
     * @return the items ordered by their names in the current request's language
     */
    public static <T> List<T> sorted(List<T> items, BiFunction<T, Locale, String> name) {
        Locale locale = LocaleContextHolder.getLocale();
        Collator collator = Collator.getInstance(locale);
        return items.stream()
                .sorted(Comparator.comparing(item -> name.apply(item, locale), collator))
                .toList();
    }
}
