package dev.kantor.mailin.reading;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The case reference in a subject, as Kantor's mails carry it ({@code [KTR-2026-000123] ...}) and a
 * customer's mail program keeps it in a reply ({@code Re: AW: [KTR-2026-000123] ...}).
 */
public final class CaseReferences {

    private static final Pattern REFERENCE = Pattern.compile("(?<![A-Za-z0-9-])(KTR-\\d{4}-\\d{6,})(?![0-9])");

    private CaseReferences() {}

    /** The first case reference in the subject, upper case. */
    public static Optional<String> inSubject(String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        Matcher m = REFERENCE.matcher(subject.toUpperCase(java.util.Locale.ROOT));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
