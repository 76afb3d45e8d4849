package dev.kantor.reporting;

import java.time.Duration;

/**
 * What one rebuild of reporting's figures counted, and how long it took: every table it rebuilt.
 *
 * @param cases     case lines written
 * @param handoffs  handoff lines written
 * @param requests  internal requests written
 * @param ratings   ratings of internal requests written (internal satisfaction)
 * @param intervals closed intervals of the front office's queues written (coverage)
 * @param fillIns   managers' ended fill-ins written (coverage)
 */
public record RollupsRebuilt(
        long cases, long handoffs, long requests, long ratings, long intervals, long fillIns, Duration took) {}
