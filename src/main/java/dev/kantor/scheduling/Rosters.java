package dev.kantor.scheduling;

import java.util.List;
import java.util.Map;

import dev.kantor.scheduling.rosters.RosterMember;
import dev.kantor.scheduling.rosters.StoredRosters;

import org.springframework.stereotype.Service;

/**
 * Who works each work queue, for other modules: managers and admins (or Kantor itself, as for demo
 * data) put people on a queue's roster with their contract and the dates they cannot work, and say
 * which skills the queue asks for, as on the roster pages.
 */
@Service
public class Rosters {

    private final StoredRosters stored;

    Rosters(StoredRosters stored) {
        this.stored = stored;
    }

    /** The queue's roster, by name. */
    public List<RosterEntry> of(long queueId) {
        return stored.members(queueId).stream().map(RosterMember::entry).toList();
    }

    /**
     * Puts someone on a queue's roster, or changes their contract and unavailable dates when they are
     * on it already.
     *
     * @throws dev.kantor.platform.InvalidInput naming the queue, employee or contract that does not
     *                                          exist, or a date outside the years Kantor keeps
     */
    public RosterEntry assign(RosterAssignment assignment) {
        return stored.assign(assignment).entry();
    }

    /** The skills (skill id to least level) the people on a queue's roster should hold; empty when it asks for none. */
    public Map<Long, Integer> requiredSkills(long queueId) {
        Map<Long, Integer> levels = new java.util.LinkedHashMap<>();
        stored.skills(queueId).forEach(skill -> levels.put(skill.skillId(), skill.minLevel()));
        return levels;
    }

    /** Sets the skills (skill id to least level) the people on a queue's roster should hold. */
    public void requireSkills(long queueId, Map<Long, Integer> minimumLevels) {
        stored.requireSkills(queueId, minimumLevels);
    }
}
