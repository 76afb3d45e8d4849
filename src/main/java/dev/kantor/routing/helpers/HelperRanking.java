package dev.kantor.routing.helpers;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import dev.kantor.routing.Candidate;
import dev.kantor.routing.HelpAnswer;

/**
 * Orders the people who could take a customer. Only people available now are offered. Among
 * them: those who speak the customer's language first (a helper who cannot talk with the customer
 * helps less, but still more than nobody), then the more expert, then the less loaded, then
 * front-office staff before back-office staff (serving customers is their work; the back office
 * is the reserve), then by name so that equal people are ordered the same way every time. Back-office people in
 * a focus window are offered only when nobody of the front office is available: their uninterrupted work gives
 * way to a customer who would otherwise have nobody.
 *
 * <p>Where the helper works today matters only for a customer standing at the counter (a walk-in): someone must
 * come to them, so people on site rank before everyone working remotely today, whatever their language or skill
 * (a remote expert cannot walk over; an on-site colleague can, and can call the expert). Remote people stay
 * listed after them, reachable by phone. For a customer on the phone, in a chat or by e-mail, working remotely
 * changes nothing in the order.
 */
final class HelperRanking {

    /** For a customer at the counter: people on site first. */
    static final Comparator<Candidate> ON_SITE_FIRST = Comparator.comparing(Candidate::remote);

    static final Comparator<Candidate> BEST_FIRST = Comparator.comparing((Candidate c) -> !c.speaksLanguage())
            .thenComparing(Comparator.comparingInt(Candidate::skillScore).reversed())
            .thenComparingInt(Candidate::load)
            .thenComparing(c -> !c.frontOffice())
            .thenComparing(Candidate::name)
            .thenComparingLong(Candidate::id);

    /**
     * Whether one person ranks before another on what is known without asking the database: the
     * language, then the skill. Load only orders people equal on both, so only the people up to
     * the last one listed, and everyone equal to them on these two, need their load read.
     */
    static final Comparator<Candidate> BEFORE_LOAD = Comparator.comparing((Candidate c) -> !c.speaksLanguage())
            .thenComparing(Comparator.comparingInt(Candidate::skillScore).reversed());

    private HelperRanking() {}

    /** The order of helpers: {@link #BEST_FIRST}, after people on site when the customer is at the counter. */
    static Comparator<Candidate> bestFirst(boolean inPerson) {
        return inPerson ? ON_SITE_FIRST.thenComparing(BEST_FIRST) : BEST_FIRST;
    }

    /** The order known before load is read: {@link #BEFORE_LOAD}, after people on site when that matters. */
    static Comparator<Candidate> beforeLoad(boolean inPerson) {
        return inPerson ? ON_SITE_FIRST.thenComparing(BEFORE_LOAD) : BEFORE_LOAD;
    }

    /**
     * @param qualified  everyone who holds the topic's skills, whatever their presence
     * @param excluded   people not to offer: the person asking, and anyone already offered this customer
     * @param limit      how many helpers to list at most
     */
    static HelpAnswer rank(
            String topic,
            String language,
            Long teamDepartmentId,
            Collection<Candidate> qualified,
            Set<Long> excluded,
            int limit) {
        return rank(topic, language, teamDepartmentId, qualified, excluded, Set.of(), limit, false);
    }

    /**
     * @param focused  people in a focus window now; those of them not in the front office wait behind it
     * @param inPerson the customer is at the counter: people on site rank before remote ones
     */
    static HelpAnswer rank(
            String topic,
            String language,
            Long teamDepartmentId,
            Collection<Candidate> qualified,
            Set<Long> excluded,
            Set<Long> focused,
            int limit,
            boolean inPerson) {
        List<Candidate> eligible =
                qualified.stream().filter(c -> !excluded.contains(c.id())).toList();
        List<Candidate> ready = eligible.stream().filter(Candidate::available).toList();
        boolean frontOfficeReady = ready.stream().anyMatch(Candidate::frontOffice);
        List<Candidate> available = ready.stream()
                .filter(c -> !frontOfficeReady || c.frontOffice() || !focused.contains(c.id()))
                .sorted(bestFirst(inPerson))
                .toList();
        List<Candidate> helpers = available.stream().limit(limit).toList();
        HelpAnswer.Reason reason = !helpers.isEmpty()
                ? null
                : eligible.isEmpty() ? HelpAnswer.Reason.NOBODY_QUALIFIED : HelpAnswer.Reason.NOBODY_AVAILABLE;
        Candidate back = eligible.stream()
                .filter(c -> c.presence().temporary() && c.expectedBack() != null)
                .min(Comparator.comparing(Candidate::expectedBack).thenComparing(BEST_FIRST))
                .orElse(null);
        return new HelpAnswer(
                topic,
                language,
                helpers,
                available.size(),
                new HelpAnswer.Fallback(
                        reason,
                        teamDepartmentId,
                        back == null ? null : back.expectedBack(),
                        back == null ? null : back.id(),
                        back == null ? null : back.name()));
    }
}
