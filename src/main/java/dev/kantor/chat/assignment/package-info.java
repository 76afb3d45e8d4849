/** Who is offered which waiting chat: the rule in plain Java, and the chat queue's roster it reads. */
package dev.kantor.chat.assignment;
