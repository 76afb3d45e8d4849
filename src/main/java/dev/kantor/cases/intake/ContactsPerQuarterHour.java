package dev.kantor.cases.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.kantor.cases.Channel;
import dev.kantor.cases.ContactVolumes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts the cases opened per channel in each 15-minute interval, for staffing's contact history. */
@Service
@Transactional(readOnly = true)
class ContactsPerQuarterHour implements ContactVolumes {

    private static final long QUARTER_HOUR_SECONDS = 15 * 60;

    private final JdbcClient jdbc;

    ContactsPerQuarterHour(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<IntervalContacts> perQuarterHour(Instant from, Instant to) {
        Map<Instant, Map<Channel, Integer>> counts = new TreeMap<>();
        jdbc.sql("select channel, opened_at from customer_case where opened_at >= ? and opened_at < ?")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query(rs -> {
                    long second = rs.getTimestamp(2).toInstant().getEpochSecond();
                    // every time zone's offset is a whole number of quarter hours, so UTC quarters are local ones
                    Instant start =
                            Instant.ofEpochSecond(Math.floorDiv(second, QUARTER_HOUR_SECONDS) * QUARTER_HOUR_SECONDS);
                    counts.computeIfAbsent(start, s -> new TreeMap<>())
                            .merge(Channel.valueOf(rs.getString(1)), 1, Integer::sum);
                });
        List<IntervalContacts> intervals = new ArrayList<>();
        counts.forEach((start, byChannel) ->
                byChannel.forEach((channel, n) -> intervals.add(new IntervalContacts(start, channel, n))));
        return intervals;
    }
}
