package dev.kantor.reporting.frontoffice;

import java.util.List;
import java.util.Locale;

/**
 * A section of the front-office dashboard kept beside the case figures (coverage, for one): the page shows
 * its tables after the case figures', each with its own CSV and drill-down.
 */
public interface FrontOfficeSection {

    /**
     * A note shown above one of a section's tables: a filter the table cannot follow, said rather than silently
     * ignored; its CSV link is asked for without that filter.
     *
     * @param table      the id of the table it is about
     * @param messageKey what it says
     * @param filter     the request parameter the table does not follow
     */
    record Note(String table, String messageKey, String filter) {}

    /** Its tables as shown for the filter; none when the signed-in person may not see them. */
    List<ShownTable> shown(FigureFilter filter, Locale locale);

    /** The notes on its tables for the filter; none by default. */
    default List<Note> notes(FigureFilter filter) {
        return List.of();
    }
}
