package dev.kantor.routing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The catalogue of topics customers need help with, each mapped to the skills that can serve it
 * and the team whose queue it falls back to. Everyone reads it (case intake, the portal, "who can
 * help"); admins change it. Reads come from memory and see a change on any node at once on the
 * node that made it and within a second on the others.
 */
public interface TopicCatalogue {

    /** Every topic, active ones first, in the catalogue's order. */
    List<Topic> all();

    /** The topics customers can choose now, in the catalogue's order. */
    List<Topic> active();

    Optional<Topic> find(String code);

    /** The topic with this code; refused as not found when there is none. */
    Topic require(String code);

    /** The codes of the topics customers can choose, in the catalogue's order. */
    List<String> codes();

    /** Whether customers can choose this topic now. */
    boolean isKnown(String code);

    /** The topic's name in the reader's language; the code itself for a topic no longer in the catalogue. */
    String name(String code, Locale locale);

    /**
     * Adds a topic (admins). Refused naming the field: {@code code} (2–40 lower-case letters,
     * digits and hyphens; taken), {@code nameEn}, {@code nameIdn}, {@code teamDepartmentId}, {@code skills}.
     */
    Topic create(String code, TopicDetails details);

    /** Changes a topic (admins), under the version the admin read; a conflict when it changed since. */
    Topic update(String code, TopicDetails details, int version);
}
