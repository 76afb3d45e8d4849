package dev.kantor.reporting.frontoffice;

import java.util.List;
import java.util.Locale;

/**
 * A section of the front-office dashboard kept beside the case figures (coverage, for one): the page shows
 * its tables after the case figures', each with its own CSV and drill-down.
 */
public interface FrontOfficeSection {

    /** Its tables as shown for the filter; none when the signed-in person may not see them. */
    List<ShownTable> shown(FigureFilter filter, Locale locale);
}
