package dev.kantor.reporting;

import java.time.Duration;

/**
 * What one rebuild of reporting's figures counted, and how long it took.
 *
 * @param cases    case lines written
 * @param handoffs handoff lines written
 * @param requests internal requests written
 */
public record RollupsRebuilt(long cases, long handoffs, long requests, Duration took) {}
