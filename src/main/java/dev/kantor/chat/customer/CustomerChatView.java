package dev.kantor.chat.customer;

import java.util.List;

import dev.kantor.chat.conversation.ChatLine;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What the customer sees of their chat.
 *
 * @param position  their place in the queue while they wait (1 = next); null once an agent took the chat
 * @param agentName who is helping them; null while they wait
 * @param lastSeq   the latest message they were shown: ask for what comes after it
 * @param messages  messages after the one asked for; never a staff note
 * @param unattended while they wait, why nobody is coming now ({@code CLOSED}: outside opening hours;
 *                   {@code NOBODY}: no agent available for the chat's topic), so that they may leave their question
 *                   as a message instead; null while someone may come, and once the chat is taken or over
 * @param leftAsMessage whether they left their question as a message, to be answered by e-mail
 */
public record CustomerChatView(
        String state,
        Integer position,
        String agentName,
        String caseReference,
        boolean transcriptByMail,
        long lastSeq,
        List<ChatLine> messages,
        @Schema(
                        nullable = true,
                        description = "While waiting: why nobody is coming now, CLOSED (outside opening hours) or "
                                + "NOBODY (no agent available for its topic); null while someone may come")
                String unattended,
        boolean leftAsMessage) {}
