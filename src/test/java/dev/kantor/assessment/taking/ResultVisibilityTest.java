package dev.kantor.assessment.taking;

import java.util.EnumSet;
import java.util.Set;

import dev.kantor.assessment.Audience;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResultVisibilityTest {

    static final long SUBJECT = 10;
    static final long MANAGER = 20;
    static final long COLLEAGUE = 30;
    static final Set<Audience> NOBODY = EnumSet.noneOf(Audience.class);

    @Test
    void thePersonAlwaysSeesTheirOwn() {
        assertThat(ResultVisibility.maySeeEmployee(SUBJECT, false, SUBJECT, MANAGER, NOBODY))
                .isTrue();
    }

    @Test
    void nobodyElseSeesAResultNotShared() {
        assertThat(ResultVisibility.maySeeEmployee(COLLEAGUE, true, SUBJECT, MANAGER, NOBODY))
                .as("HR")
                .isFalse();
        assertThat(ResultVisibility.maySeeEmployee(MANAGER, false, SUBJECT, MANAGER, NOBODY))
                .as("manager")
                .isFalse();
        assertThat(ResultVisibility.maySeeEmployee(null, false, SUBJECT, MANAGER, NOBODY))
                .as("admin")
                .isFalse();
    }

    @Test
    void sharedWithHrOpensItToHrOnly() {
        Set<Audience> hr = EnumSet.of(Audience.HR);
        assertThat(ResultVisibility.maySeeEmployee(COLLEAGUE, true, SUBJECT, MANAGER, hr))
                .isTrue();
        assertThat(ResultVisibility.maySeeEmployee(null, true, SUBJECT, MANAGER, hr))
                .isTrue();
        assertThat(ResultVisibility.maySeeEmployee(MANAGER, false, SUBJECT, MANAGER, hr))
                .isFalse();
        assertThat(ResultVisibility.maySeeEmployee(COLLEAGUE, false, SUBJECT, MANAGER, hr))
                .isFalse();
    }

    @Test
    void sharedWithTheManagerOpensItToTheirOwnManagerOnly() {
        Set<Audience> manager = EnumSet.of(Audience.MANAGER);
        assertThat(ResultVisibility.maySeeEmployee(MANAGER, false, SUBJECT, MANAGER, manager))
                .isTrue();
        assertThat(ResultVisibility.maySeeEmployee(COLLEAGUE, false, SUBJECT, MANAGER, manager))
                .isFalse();
        assertThat(ResultVisibility.maySeeEmployee(COLLEAGUE, true, SUBJECT, MANAGER, manager))
                .as("HR")
                .isFalse();
        assertThat(ResultVisibility.maySeeEmployee(MANAGER, false, SUBJECT, null, manager))
                .isFalse();
    }

    @Test
    void aCandidatesResultIsHrsOnlyWhenShared() {
        assertThat(ResultVisibility.maySeeCandidate(true, true)).isTrue();
        assertThat(ResultVisibility.maySeeCandidate(true, false)).isFalse();
        assertThat(ResultVisibility.maySeeCandidate(false, true)).isFalse();
    }
}
