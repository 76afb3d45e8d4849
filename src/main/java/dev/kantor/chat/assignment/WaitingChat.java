package dev.kantor.chat.assignment;

import java.time.Instant;
import java.util.List;

/**
 * A chat waiting for an agent.
 *
 * @param qualified the agents who hold its topic's skills (routing's answer), whether on the chat queue or not
 */
public record WaitingChat(long id, Instant since, List<ChatAgent> qualified) {}
