package dev.kantor.platform.audit;

import java.util.Locale;
import java.util.Optional;

/**
 * Words for the codes a module writes into the audit trail. The trail keeps what was stored (a
 * position's code, a skill's code and level, a manager's e-mail) so that history never changes
 * when something is renamed; the module that owns those codes says, as the page is shown, what
 * they are called today in the reader's language.
 */
public interface AuditWords {

    /**
     * The stored value of one field in words, e.g. {@code ("position", "accountant")} →
     * "Accountant"; empty when the field is not this module's or the code is unknown.
     */
    Optional<String> words(String field, String value, Locale locale);
}
