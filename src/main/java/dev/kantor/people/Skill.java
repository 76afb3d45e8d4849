package dev.kantor.people;

import java.util.Locale;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A skill from the organisation's catalogue that employees hold at a level from 1 to 5. */
@Table("skill")
public record Skill(@Id Long id, String code, String nameEn, String nameId) {

    public String name(Locale locale) {
        return Names.in(locale, nameEn, nameId);
    }
}
