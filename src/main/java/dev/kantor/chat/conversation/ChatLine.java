package dev.kantor.chat.conversation;

import java.time.Instant;

/**
 * A message as a reader is shown it.
 *
 * @param name who wrote it, or null for Kantor's own lines
 * @param time the time of day in the business's zone, e.g. "14:05"
 */
public record ChatLine(long seq, Author author, String name, String text, Instant at, String time) {}
