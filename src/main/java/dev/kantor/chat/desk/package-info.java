/**
 * The agents' side of the web chat: the chats offered to them and the ones they hold, accepting, writing (to the
 * customer, or a note for staff), ending, and chats that follow an accepted handoff to the colleague.
 */
package dev.kantor.chat.desk;
