package dev.kantor.floor.board;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.scheduling.PublishedShifts;
import dev.kantor.scheduling.SchedulePublished;
import dev.kantor.scheduling.Schedules;
import dev.kantor.staffing.ForecastAdjusted;
import dev.kantor.staffing.QueueChanged;
import dev.kantor.staffing.StaffingRequirements;

import org.junit.jupiter.api.Test;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The board reads staffing's requirement and the published shifts once per queue and day for a while,
 * and again at once when the queue, its forecast or its schedule changed (twice delivered: read once).
 */
class BoardDaysTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 3, 4);
    private static final long QUEUE = 3;

    private final StaffingRequirements staffing = mock(StaffingRequirements.class);
    private final PublishedShifts published = mock(PublishedShifts.class);
    private final Schedules schedules = mock(Schedules.class);
    private final BusinessCalendars calendars = mock(BusinessCalendars.class);
    private final BoardDays days;

    BoardDaysTest() {
        when(calendars.zone()).thenReturn(ZoneId.of("Asia/Jakarta"));
        when(staffing.week(anyLong(), any())).thenReturn(Optional.empty());
        when(published.onQueue(anyLong(), any(), any())).thenReturn(List.of());
        when(schedules.find(anyLong(), any(LocalDate.class))).thenReturn(Optional.empty());
        days = new BoardDays(staffing, published, schedules, List.of(), calendars);
    }

    @Test
    void aQueuesDayIsReadOnceWhileNothingChanges() {
        days.on(QUEUE, WEDNESDAY);
        days.on(QUEUE, WEDNESDAY);
        days.shiftsOn(QUEUE, WEDNESDAY);

        verify(staffing, times(1)).week(eq(QUEUE), any());
        verify(published, times(1)).onQueue(eq(QUEUE), any(), any());
    }

    @Test
    void aPublishedScheduleAChangedQueueOrForecastIsReadAgainAtOnce() {
        days.on(QUEUE, WEDNESDAY);

        days.on(new SchedulePublished(9, QUEUE, WEDNESDAY.minusDays(2), 2, List.of()));
        days.on(new SchedulePublished(9, QUEUE, WEDNESDAY.minusDays(2), 2, List.of()));
        days.on(QUEUE, WEDNESDAY);
        verify(published, times(2)).onQueue(eq(QUEUE), any(), any());

        days.on(new QueueChanged(QUEUE, 4));
        days.on(QUEUE, WEDNESDAY);
        days.on(new ForecastAdjusted(QUEUE, WEDNESDAY.minusDays(2)));
        days.on(QUEUE, WEDNESDAY);
        verify(staffing, times(4)).week(eq(QUEUE), any());

        // another queue's change leaves this one's kept
        days.on(new QueueChanged(QUEUE + 1, 1));
        days.on(QUEUE, WEDNESDAY);
        verify(staffing, times(4)).week(eq(QUEUE), any());
    }
}
