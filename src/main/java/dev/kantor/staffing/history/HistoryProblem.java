package dev.kantor.staffing.history;

import java.util.List;

/** Why one line of a contact history file cannot be imported. */
record HistoryProblem(long line, String field, String messageKey, List<Object> args) {}
