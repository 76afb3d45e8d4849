package dev.kantor.staffing.history;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kantor.staffing.IntervalVolume;

/** What the audit trail records of history brought in: its first and last day, intervals, contacts and source. */
final class HistorySummary {

    private HistorySummary() {}

    /** @param volumes at least one */
    static Map<String, String> of(List<IntervalVolume> volumes, ZoneId zone, String source) {
        Map<String, String> summary = new LinkedHashMap<>();
        summary.put(
                "from",
                volumes.stream()
                        .map(IntervalVolume::start)
                        .min(Instant::compareTo)
                        .orElseThrow()
                        .atZone(zone)
                        .toLocalDate()
                        .toString());
        summary.put(
                "to",
                volumes.stream()
                        .map(IntervalVolume::start)
                        .max(Instant::compareTo)
                        .orElseThrow()
                        .atZone(zone)
                        .toLocalDate()
                        .toString());
        summary.put("intervals", String.valueOf(volumes.size()));
        summary.put(
                "contacts",
                String.valueOf(
                        volumes.stream().mapToLong(IntervalVolume::contacts).sum()));
        summary.put("source", source);
        return summary;
    }
}
