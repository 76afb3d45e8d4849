package dev.kantor.routing;

import java.util.Set;

/**
 * Answers "who can help with this topic, in this language, now?": the people who hold the
 * topic's skills and are available now, best first (those who speak the customer's language, then
 * the more expert, then the less loaded, then front office before back office; for a customer who stands at the
 * counter, people on site before those working remotely today), and the fallback
 * when none of them takes the customer. Asked on every click of "Help a customer", so it answers
 * within milliseconds; who holds the skills is read again as soon as people's skills change.
 */
public interface WhoCanHelp {

    /** How many helpers an answer lists unless asked for more: enough to choose from. */
    int HELPERS = 20;
    /** The most helpers an answer lists. */
    int MOST_HELPERS = 500;

    /**
     * The best {@link #HELPERS} helpers.
     *
     * @param language the customer's language as an ISO 639 code; any language employees may
     *                 speak (Javanese, Sundanese, Mandarin...), not only the two Kantor is written in
     * @param excluded people not to list: the person asking, and anyone already offered this customer
     */
    default HelpAnswer ask(String topicCode, String language, Set<Long> excluded) {
        return ask(topicCode, language, excluded, HELPERS);
    }

    /**
     * The best {@code limit} helpers for a customer reached by phone, chat or e-mail, where it does not matter
     * where the helper works today. Refused naming the field: {@code topic} (no active topic), {@code language}
     * (no ISO 639 code), {@code limit} (from 1 to {@link #MOST_HELPERS}).
     */
    default HelpAnswer ask(String topicCode, String language, Set<Long> excluded, int limit) {
        return ask(topicCode, language, excluded, limit, false);
    }

    /**
     * The best {@code limit} helpers, refused as {@link #ask(String, String, Set, int)} is.
     *
     * @param inPerson the customer is at the counter (a walk-in): someone must come to them, so people on site
     *                 rank before those working remotely today, who stay listed for a call
     */
    HelpAnswer ask(String topicCode, String language, Set<Long> excluded, int limit, boolean inPerson);
}
