package dev.kantor.cases.customercase;

import java.util.List;
import java.util.Map;

import dev.kantor.platform.KantorException;

/**
 * A change based on an older version of a case, refused because the same field changed since.
 * It carries what changed (who changed what, from what to what) and the case's version now, so
 * that the page and the API can show it and the change can be sent again on purpose.
 */
public class CaseChangedMeanwhile extends KantorException {

    private final transient List<FieldChange> changes;
    private final int currentVersion;

    public CaseChangedMeanwhile(List<FieldChange> changes, int currentVersion) {
        super(Kind.CONFLICT, "error.concurrent-change");
        this.changes = List.copyOf(changes);
        this.currentVersion = currentVersion;
    }

    /** The changes of the fields asked for, oldest first. */
    public List<FieldChange> changes() {
        return changes;
    }

    /** The version of the case now, to send a change again with after looking at what changed. */
    public int currentVersion() {
        return currentVersion;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of(
                "version",
                currentVersion,
                "changes",
                changes.stream()
                        .map(c -> Map.of(
                                "field",
                                c.field().name().toLowerCase(java.util.Locale.ROOT),
                                "from",
                                c.from() == null ? "" : c.from(),
                                "to",
                                c.to() == null ? "" : c.to(),
                                "at",
                                c.at().toString()))
                        .toList());
    }
}
