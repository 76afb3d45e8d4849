package dev.kantor.assessment.fit;

import java.util.HashMap;
import java.util.Map;

import dev.kantor.assessment.Dimension;
import dev.kantor.assessment.DimensionRange;
import dev.kantor.assessment.Leaning;

/**
 * What a position asks, as matching reads it: the office, skills with their least level, and the
 * desired range of some dimensions.
 */
public record Profile(Leaning office, Map<Long, Integer> skills, Map<Dimension, DimensionRange> ranges) {

    /** The least customer-service level a back-office position with any customer contact asks for. */
    public static final int CUSTOMER_SERVICE_BASELINE = 3;

    public Profile {
        skills = Map.copyOf(skills);
        ranges = Map.copyOf(ranges);
    }

    /**
     * The profile as it applies to a back-office position whose work brings customer contact now and
     * then: when back-office staff meet customers they must meet or exceed the customer's needs, so
     * customer service is asked for at least at {@link #CUSTOMER_SERVICE_BASELINE}, whatever the
     * profile says.
     */
    public Profile withCustomerServiceBaseline(long customerServiceSkillId) {
        Map<Long, Integer> asked = new HashMap<>(skills);
        asked.merge(customerServiceSkillId, CUSTOMER_SERVICE_BASELINE, Math::max);
        return new Profile(office, asked, ranges);
    }
}
