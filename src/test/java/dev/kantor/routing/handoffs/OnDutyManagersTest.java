package dev.kantor.routing.handoffs;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kantor.people.Employee;
import dev.kantor.people.People;
import dev.kantor.routing.Presence;
import dev.kantor.routing.PresenceBoard;
import dev.kantor.routing.PresenceSource;
import dev.kantor.routing.PresenceStatus;
import dev.kantor.routing.TopicCatalogue;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The on-duty manager told of a handoff falling back follows the roster: not on a break, not off shift. */
class OnDutyManagersTest {

    private static final Instant NOW = Instant.parse("2026-03-04T03:00:00Z");
    private static final long TEAM = 6L;
    private static final long SENDER = 40L;

    private final TopicCatalogue topics = mock(TopicCatalogue.class);
    private final People people = mock(People.class);
    private final PresenceBoard presence = mock(PresenceBoard.class);
    private final OnDutyManagers managers = new OnDutyManagers(topics, people, presence);

    private Employee employee(long id, Long managerId) {
        Employee e = mock(Employee.class);
        when(e.getId()).thenReturn(id);
        when(e.getManagerId()).thenReturn(managerId);
        return e;
    }

    private void present(Map<Long, PresenceStatus> statuses) {
        Map<Long, Presence> found = new java.util.HashMap<>();
        statuses.forEach((id, status) -> found.put(id, new Presence(id, status, NOW, null, PresenceSource.SCHEDULE)));
        when(presence.of(any(java.util.Collection.class))).thenReturn(found);
    }

    private Handoff handoff() {
        when(topics.find(anyString())).thenReturn(Optional.empty());
        return Handoff.start(7, "warranty", "id", SENDER, TEAM, null, NOW);
    }

    @Test
    void aManagerOnAScheduledBreakIsNotOnDuty() {
        Employee onBreak = employee(1, null);
        Employee working = employee(2, null);
        when(people.managersIn(TEAM)).thenReturn(List.of(onBreak, working));
        present(Map.of(1L, PresenceStatus.ON_BREAK, 2L, PresenceStatus.BUSY));

        assertThat(managers.of(handoff())).containsExactly(2L);
    }

    @Test
    void withTheTeamsManagersOnABreakOrOffShiftTheSendersOwnManagerIsTold() {
        Employee onBreak = employee(1, null);
        Employee offShift = employee(2, null);
        Employee away = employee(3, null);
        when(people.managersIn(TEAM)).thenReturn(List.of(onBreak, offShift, away));
        Employee sender = employee(SENDER, 9L);
        when(people.employee(SENDER)).thenReturn(Optional.of(sender));
        present(Map.of(1L, PresenceStatus.ON_BREAK, 2L, PresenceStatus.OFF_DUTY, 3L, PresenceStatus.AWAY));

        assertThat(managers.of(handoff())).containsExactly(9L);
    }
}
