package dev.kantor.scheduling.shifts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kantor.scheduling.BreakDetails;
import dev.kantor.scheduling.ShiftTypeDetails;

/**
 * The shift type form as the browser sends it: the breaks as rows in the order they are taken; a
 * row left empty is no break.
 */
public class ShiftTypeForm {

    /** Rows a new shift type's form offers; an existing one's has one more than its breaks. */
    static final int BLANK_ROWS = 3;
    /** As many breaks as the scheduling core allows a shift type. */
    static final int MAX_ROWS = 6;

    private static final Pattern BREAK_FIELD = Pattern.compile("^breaks\\[(\\d+)\\](.*)$");

    /** One break's row. */
    public static class BreakRow {
        private String name;
        private Integer durationMinutes;
        private Integer earliestStartOffsetMinutes;
        private Integer latestStartOffsetMinutes;

        public BreakRow() {}

        BreakRow(BreakDetails b) {
            this.name = b.name();
            this.durationMinutes = b.durationMinutes();
            this.earliestStartOffsetMinutes = b.earliestStartOffsetMinutes();
            this.latestStartOffsetMinutes = b.latestStartOffsetMinutes();
        }

        boolean isEmpty() {
            return (name == null || name.isBlank())
                    && durationMinutes == null
                    && earliestStartOffsetMinutes == null
                    && latestStartOffsetMinutes == null;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Integer getDurationMinutes() {
            return durationMinutes;
        }

        public void setDurationMinutes(Integer durationMinutes) {
            this.durationMinutes = durationMinutes;
        }

        public Integer getEarliestStartOffsetMinutes() {
            return earliestStartOffsetMinutes;
        }

        public void setEarliestStartOffsetMinutes(Integer minutes) {
            this.earliestStartOffsetMinutes = minutes;
        }

        public Integer getLatestStartOffsetMinutes() {
            return latestStartOffsetMinutes;
        }

        public void setLatestStartOffsetMinutes(Integer minutes) {
            this.latestStartOffsetMinutes = minutes;
        }
    }

    private String name;
    private Integer spanMinutes;
    private Integer paidMinutes;
    private Integer startGranularityMinutes;
    private List<BreakRow> breaks = new ArrayList<>();
    private Integer minWorkBetweenBreaksMinutes;
    private Integer maxContinuousWorkMinutes;
    private int version;

    /** A new shift type's form: shifts may start on any quarter hour. */
    static ShiftTypeForm blank() {
        ShiftTypeForm form = new ShiftTypeForm();
        form.startGranularityMinutes = 15;
        form.minWorkBetweenBreaksMinutes = 0;
        return form.withBlankRows();
    }

    static ShiftTypeForm of(DefinedShiftType type) {
        ShiftTypeForm form = new ShiftTypeForm();
        form.name = type.name();
        form.spanMinutes = type.spanMinutes();
        form.paidMinutes = type.paidMinutes();
        form.startGranularityMinutes = type.startGranularityMinutes();
        type.breaks().forEach(b -> form.breaks.add(new BreakRow(b)));
        form.minWorkBetweenBreaksMinutes = type.minWorkBetweenBreaksMinutes();
        form.maxContinuousWorkMinutes = type.maxContinuousWorkMinutes();
        form.version = type.version();
        return form.withBlankRows();
    }

    /** Empty rows to fill in: enough for a new shift type's breaks, one more for an existing one's. */
    ShiftTypeForm withBlankRows() {
        int rows = Math.min(MAX_ROWS, Math.max(BLANK_ROWS, filledRows().size() + 1));
        while (breaks.size() < rows) {
            breaks.add(new BreakRow());
        }
        return this;
    }

    ShiftTypeDetails details() {
        List<BreakDetails> rules = filledRows().stream()
                .map(i -> breaks.get(i))
                .map(r -> new BreakDetails(
                        r.name, r.durationMinutes, r.earliestStartOffsetMinutes, r.latestStartOffsetMinutes))
                .toList();
        return new ShiftTypeDetails(
                name,
                spanMinutes,
                paidMinutes,
                startGranularityMinutes,
                rules,
                minWorkBetweenBreaksMinutes,
                maxContinuousWorkMinutes);
    }

    /** Where the form shows a rule's field: the n-th break is the n-th row that is filled in. */
    String fieldOf(String field) {
        Matcher matcher = BREAK_FIELD.matcher(field);
        if (!matcher.matches()) {
            return field;
        }
        int index = Integer.parseInt(matcher.group(1));
        List<Integer> filled = filledRows();
        return index < filled.size() ? "breaks[" + filled.get(index) + "]" + matcher.group(2) : "breaks";
    }

    private List<Integer> filledRows() {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < breaks.size(); i++) {
            if (breaks.get(i) != null && !breaks.get(i).isEmpty()) {
                rows.add(i);
            }
        }
        return rows;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getSpanMinutes() {
        return spanMinutes;
    }

    public void setSpanMinutes(Integer spanMinutes) {
        this.spanMinutes = spanMinutes;
    }

    public Integer getPaidMinutes() {
        return paidMinutes;
    }

    public void setPaidMinutes(Integer paidMinutes) {
        this.paidMinutes = paidMinutes;
    }

    public Integer getStartGranularityMinutes() {
        return startGranularityMinutes;
    }

    public void setStartGranularityMinutes(Integer minutes) {
        this.startGranularityMinutes = minutes;
    }

    public List<BreakRow> getBreaks() {
        return breaks;
    }

    public void setBreaks(List<BreakRow> breaks) {
        this.breaks = breaks;
    }

    public Integer getMinWorkBetweenBreaksMinutes() {
        return minWorkBetweenBreaksMinutes;
    }

    public void setMinWorkBetweenBreaksMinutes(Integer minutes) {
        this.minWorkBetweenBreaksMinutes = minutes;
    }

    public Integer getMaxContinuousWorkMinutes() {
        return maxContinuousWorkMinutes;
    }

    public void setMaxContinuousWorkMinutes(Integer minutes) {
        this.maxContinuousWorkMinutes = minutes;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
