package dev.kantor.cases;

/**
 * A customer contact to open a case for, from the portal, an employee or the API.
 *
 * @param language the customer's language for e-mails: {@code id} or {@code en}
 */
public record NewCase(
        String customerName,
        String email,
        String phone,
        String language,
        Channel channel,
        CaseType type,
        String topic,
        Priority priority,
        String subject,
        String message) {}
