/** The customer's side of the web chat on the portal: starting a chat, talking, leaving an address for the transcript. */
package dev.kantor.chat.customer;
