package dev.kantor.chat.assignment;

/**
 * An agent qualified for a chat's topic, as the assignment weighs them.
 *
 * @param available      whether their presence says they take customers now
 * @param speaksLanguage whether they speak the customer's language
 * @param skillScore     their levels in the topic's skills, summed
 */
public record ChatAgent(long id, boolean available, boolean speaksLanguage, int skillScore) {}
