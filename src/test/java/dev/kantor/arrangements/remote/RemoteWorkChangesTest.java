package dev.kantor.arrangements.remote;

import java.time.Instant;
import java.util.Map;

import dev.kantor.arrangements.ArrangementDecided;
import dev.kantor.arrangements.ArrangementWithdrawn;
import dev.kantor.people.Whereabouts;
import dev.kantor.policies.ArrangementKind;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/** Whoever keeps who works from home today hears of a telework day that begins or ends, and of nothing else. */
class RemoteWorkChangesTest {

    static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

    final Whereabouts whereabouts = mock(Whereabouts.class);
    final RemoteWorkChanges changes = new RemoteWorkChanges(
            new StaticListableBeanFactory(Map.of("whereabouts", whereabouts)).getBeanProvider(Whereabouts.class));

    @Test
    void anApprovedTeleworkArrangementIsToldToWhereabouts() {
        changes.decided(new ArrangementDecided(1, 42, ArrangementKind.TELEWORK, true, false, 9, NOW));

        verify(whereabouts).remoteWorkChanged(42);
    }

    @Test
    void aWithdrawnTeleworkArrangementIsToldToWhereabouts() {
        changes.withdrawn(new ArrangementWithdrawn(1, 42, ArrangementKind.TELEWORK, NOW));

        verify(whereabouts).remoteWorkChanged(42);
    }

    @Test
    void aDeclinedRequestOrAFlextimeBandChangesNobodysPlace() {
        changes.decided(new ArrangementDecided(1, 42, ArrangementKind.TELEWORK, false, false, 9, NOW));
        changes.decided(new ArrangementDecided(2, 42, ArrangementKind.FLEXTIME, true, false, 9, NOW));
        changes.withdrawn(new ArrangementWithdrawn(2, 42, ArrangementKind.FLEXTIME, NOW));

        verifyNoInteractions(whereabouts);
    }
}
