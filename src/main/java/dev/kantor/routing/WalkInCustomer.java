package dev.kantor.routing;

/**
 * A customer standing at the desk without a case, to be handed to a colleague.
 *
 * @param language the customer's language for e-mails, or null
 * @param subject  what the case is called: the topic's name, in the customer's language
 */
public record WalkInCustomer(String name, String email, String phone, String language, String topic, String subject) {}
