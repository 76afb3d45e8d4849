/**
 * What the web chat does to cases: the cases' side of {@link dev.kantor.cases.ChatCases} (a chat opened as a
 * case, taken by its agent, its transcript on the timeline and in the customer's mail).
 */
package dev.kantor.cases.chats;
