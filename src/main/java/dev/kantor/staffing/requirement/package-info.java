/**
 * The queueing mathematics: Erlang B, C and A, the fewest agents that meet a service target, and
 * the checks a staffing question must pass. Plain Java, no framework (see {@code PureDomainTest}).
 */
package dev.kantor.staffing.requirement;
