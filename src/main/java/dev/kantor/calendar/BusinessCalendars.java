package dev.kantor.calendar;

import java.sql.Date;
import java.sql.Time;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import dev.kantor.platform.BusinessZone;
import dev.kantor.platform.InputCheck;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The business calendar as stored: opening hours per weekday and public holidays. Read often,
 * changed rarely, so the current calendar is kept in memory: rebuilt after a change here, and at
 * least every minute so that a change made on another node is seen soon.
 */
@Service
public class BusinessCalendars implements BusinessZone {

    private final JdbcClient jdbc;
    private final ZoneId zone;
    private static final long RELOAD_AFTER_MILLIS = 60_000;

    private record Loaded(BusinessCalendar calendar, long at) {}

    private final AtomicReference<Loaded> current = new AtomicReference<>();

    BusinessCalendars(JdbcClient jdbc, @Value("${kantor.calendar.zone:Asia/Jakarta}") String zone) {
        this.jdbc = jdbc;
        this.zone = ZoneId.of(zone);
    }

    public BusinessCalendar current() {
        Loaded loaded = current.get();
        long now = System.currentTimeMillis();
        if (loaded == null || now - loaded.at() > RELOAD_AFTER_MILLIS) {
            loaded = new Loaded(load(), now);
            current.set(loaded);
        }
        return loaded.calendar();
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    public Map<DayOfWeek, OpeningHours> week() {
        Map<DayOfWeek, OpeningHours> week = new EnumMap<>(DayOfWeek.class);
        jdbc.sql("select day_of_week, opens, closes from business_hours").query(rs -> {
            week.put(
                    DayOfWeek.valueOf(rs.getString(1)),
                    new OpeningHours(rs.getTime(2).toLocalTime(), rs.getTime(3).toLocalTime()));
        });
        return week;
    }

    public List<Holiday> holidays() {
        return jdbc.sql("select holiday, name_en, name_id from public_holiday order by holiday")
                .query((rs, row) -> new Holiday(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** Opens or closes a weekday; {@code hours} null means closed that day. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setHours(DayOfWeek day, OpeningHours hours) {
        jdbc.sql("delete from business_hours where day_of_week = ?")
                .param(day.name())
                .update();
        if (hours != null) {
            jdbc.sql("insert into business_hours (day_of_week, opens, closes) values (?, ?, ?)")
                    .params(day.name(), Time.valueOf(hours.opens()), Time.valueOf(hours.closes()))
                    .update();
        }
        current.set(null);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void addHoliday(Holiday holiday) {
        new InputCheck()
                .required("date", holiday.date())
                .date("date", holiday.date())
                .required("nameEn", holiday.nameEn(), 100)
                .required("nameId", holiday.nameId(), 100)
                .throwIfAny();
        jdbc.sql("delete from public_holiday where holiday = ?")
                .param(Date.valueOf(holiday.date()))
                .update();
        jdbc.sql("insert into public_holiday (holiday, name_en, name_id) values (?, ?, ?)")
                .params(
                        Date.valueOf(holiday.date()),
                        holiday.nameEn().strip(),
                        holiday.nameId().strip())
                .update();
        current.set(null);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void removeHoliday(java.time.LocalDate date) {
        new InputCheck().required("date", date).date("date", date).throwIfAny();
        jdbc.sql("delete from public_holiday where holiday = ?")
                .param(Date.valueOf(date))
                .update();
        current.set(null);
    }

    private BusinessCalendar load() {
        Set<java.time.LocalDate> days = new HashSet<>();
        holidays().forEach(h -> days.add(h.date()));
        return new BusinessCalendar(zone, week(), days);
    }
}
