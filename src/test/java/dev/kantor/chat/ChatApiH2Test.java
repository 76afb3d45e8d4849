package dev.kantor.chat;

/** The web chat through the API on the embedded H2 database Kantor runs on by default. */
class ChatApiH2Test extends ChatApiContract {}
