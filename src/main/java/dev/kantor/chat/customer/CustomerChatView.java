package dev.kantor.chat.customer;

import java.util.List;

import dev.kantor.chat.conversation.ChatLine;

/**
 * What the customer sees of their chat.
 *
 * @param position  their place in the queue while they wait (1 = next); null once an agent took the chat
 * @param agentName who is helping them; null while they wait
 * @param lastSeq   the latest message they were shown: ask for what comes after it
 * @param messages  messages after the one asked for; never a staff note
 */
public record CustomerChatView(
        String state,
        Integer position,
        String agentName,
        String caseReference,
        boolean transcriptByMail,
        long lastSeq,
        List<ChatLine> messages) {}
