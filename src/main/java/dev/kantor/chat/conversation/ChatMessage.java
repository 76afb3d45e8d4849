package dev.kantor.chat.conversation;

import java.time.Instant;

/**
 * A message of a chat.
 *
 * @param seq      its place in the chat: 1, 2, 3...
 * @param authorId the employee who wrote it or whom a system message names; null for the customer
 */
public record ChatMessage(long seq, Author author, Long authorId, String body, Instant sentAt) {}
