/**
 * Checking, apart from the solver: {@link dev.kantor.scheduling.check.ProblemValidator} refuses a
 * bad problem naming each field, and {@link dev.kantor.scheduling.check.ScheduleChecker} checks any
 * answer against its problem and lists every broken rule and every short interval.
 *
 * <p>The checker shares no code with the solver: it reads the rules from the problem in its own
 * plain way (times as minutes of the day, one pass per rule), so that a mistake in the solver's
 * rules cannot hide itself in the check. A week is an ISO week, Monday to Sunday; the limits of a
 * week the horizon only partly covers apply to the part it covers.
 */
package dev.kantor.scheduling.check;
