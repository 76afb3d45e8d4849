package dev.kantor.cases;

import java.util.List;
import java.util.Locale;

/**
 * What customers need help with, as the business keeps it. The catalogue belongs to the routing
 * module, which maps each topic to the skills that serve it; cases only need the codes and names.
 */
public interface CaseTopics {

    /** The codes of the topics customers can choose, in the catalogue's order. */
    List<String> codes();

    boolean isKnown(String code);

    /** The topic's name in the reader's language; the code itself for a topic no longer in the catalogue. */
    String name(String code, Locale locale);
}
