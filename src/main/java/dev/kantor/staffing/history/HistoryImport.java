package dev.kantor.staffing.history;

import java.util.List;

/** The outcome of a history import: every interval imported, or none and every bad line. */
record HistoryImport(int imported, List<HistoryProblem> problems) {

    public boolean succeeded() {
        return problems.isEmpty();
    }
}
