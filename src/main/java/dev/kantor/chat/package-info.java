/**
 * Web chat: customers talk live with an agent from the portal, and every chat becomes a CHAT case with its
 * transcript. Agents on the chat queue are offered chats by availability and skills, hold several at once up to
 * their limit, and hand a chat warmly to a colleague through routing's handoff.
 *
 * <p>The API: {@link dev.kantor.chat.ChatQueue} (who works the chat queue, with how many chats at once). Features:
 * {@code conversation} (chats and their messages in the database, delivered by long polls any node serves),
 * {@code assignment} (who is offered which chat: pure), {@code customer} (the portal's side), {@code desk} (the
 * agents' side, and chats following accepted handoffs).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Web chat",
        allowedDependencies = {"cases", "routing", "people", "calendar", "platform"})
package dev.kantor.chat;
