package dev.kantor.reporting;

import java.util.List;
import java.util.Locale;

/**
 * Figures of workplace policies and work arrangements for the HR dashboard (policy acknowledgement,
 * arrangements in force), asked of the module that keeps them, which implements this interface.
 * Until one does, the HR dashboard shows headcount and no policy figures.
 */
public interface WorkplacePolicyFigures {

    /** One figure: what it counts, in the reader's language, and how many. */
    record PolicyFigure(String label, long count) {}

    /** A table of figures under a title, in the reader's language. */
    record PolicyTable(String title, List<PolicyFigure> figures) {}

    /** The tables to show, as they stand today. */
    List<PolicyTable> tables(Locale locale);
}
