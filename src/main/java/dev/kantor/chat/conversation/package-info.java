/**
 * Chats and their messages, kept in the database so that any node serves any reader: each message takes the next
 * sequence number of its chat, and readers wait for what comes after the last one they saw ({@link
 * dev.kantor.chat.conversation.ChatPulse}). Also the customer's token, the transcript and the end of a chat.
 */
package dev.kantor.chat.conversation;
