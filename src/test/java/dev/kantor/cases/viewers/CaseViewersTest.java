package dev.kantor.cases.viewers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import dev.kantor.cases.CaseType;
import dev.kantor.cases.Channel;
import dev.kantor.cases.NewCase;
import dev.kantor.cases.intake.CaseIntake;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who is looking at a case: a heartbeat kept in the database with an expiry, so that another node
 * (here: a second {@link CaseViewers} on the same database) answers the same.
 */
@SpringBootTest
class CaseViewersTest {

    private static final Duration EXPIRY = Duration.ofSeconds(15);
    private static final long AGUS = 1_000_001L;
    private static final long DEWI = 1_000_002L;

    @Autowired
    CaseViewers viewers;

    @Autowired
    CaseIntake intake;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    long caseId;
    Instant now;

    @BeforeEach
    void aCase() {
        caseId = intake.open(
                        new NewCase(
                                "Sri Wahyuni",
                                "sri." + System.nanoTime() + "@contoh.example",
                                null,
                                "id",
                                Channel.WEB,
                                CaseType.QUESTION,
                                "billing",
                                null,
                                "Tagihan ganda",
                                "Saya ditagih dua kali."),
                        null)
                .customerCase()
                .getId();
        now = clock.instant();
    }

    @Test
    void aColleagueWhosePageSaidSoWithinTheExpiryIsLookingAndNobodySeesThemselves() {
        viewers.lookingAt(caseId, AGUS, now);
        viewers.lookingAt(caseId, DEWI, now.plusSeconds(2));

        assertThat(viewers.othersLookingAt(caseId, AGUS, now.plusSeconds(5))).containsExactly(DEWI);
        assertThat(viewers.othersLookingAt(caseId, DEWI, now.plusSeconds(5))).containsExactly(AGUS);
    }

    @Test
    void someoneWhosePageStoppedSayingSoHasLeftOnceTheExpiryPasses() {
        viewers.lookingAt(caseId, DEWI, now);

        assertThat(viewers.othersLookingAt(caseId, AGUS, now.plus(EXPIRY).minusSeconds(1)))
                .containsExactly(DEWI);
        assertThat(viewers.othersLookingAt(caseId, AGUS, now.plus(EXPIRY).plusSeconds(1)))
                .isEmpty();

        // and a heartbeat brings them back, in the same row
        viewers.lookingAt(caseId, DEWI, now.plus(EXPIRY).plusSeconds(2));
        assertThat(viewers.othersLookingAt(caseId, AGUS, now.plus(EXPIRY).plusSeconds(3)))
                .containsExactly(DEWI);
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void whoIsLookingIsKeptInTheDatabaseSoAnotherNodeAnswersTheSame() {
        CaseViewers otherNode = new CaseViewers(jdbc, clock, EXPIRY);

        viewers.lookingAt(caseId, DEWI, now);

        assertThat(rows()).isEqualTo(1);
        assertThat(otherNode.othersLookingAt(caseId, AGUS, now.plusSeconds(3))).containsExactly(DEWI);
    }

    @Test
    void thoseWhoLeftLongAgoAreForgotten() {
        viewers.lookingAt(caseId, DEWI, clock.instant().minus(EXPIRY).minusSeconds(60));
        viewers.lookingAt(caseId, AGUS, clock.instant());

        viewers.forgetThoseWhoLeft();

        assertThat(jdbc.sql("select employee_id from case_viewer where case_id = ?")
                        .param(caseId)
                        .query(Long.class)
                        .list())
                .containsExactly(AGUS);
    }

    private long rows() {
        return jdbc.sql("select count(*) from case_viewer where case_id = ?")
                .param(caseId)
                .query(Long.class)
                .single();
    }
}
