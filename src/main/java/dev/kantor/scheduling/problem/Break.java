package dev.kantor.scheduling.problem;

import java.time.LocalTime;

/** A break or lunch within a shift. */
public record Break(String id, LocalTime start, LocalTime end) {}
