package dev.kantor.chat.customer;

/**
 * A chat as the customer starts it.
 *
 * @param email    optional: where the transcript goes when the chat ends
 * @param language {@code id} or {@code en}; the page's language when left out
 * @param message  what the customer asks first
 */
public record StartChat(String customerName, String email, String topic, String language, String message) {

    static StartChat empty(String language) {
        return new StartChat(null, null, null, language, null);
    }
}
