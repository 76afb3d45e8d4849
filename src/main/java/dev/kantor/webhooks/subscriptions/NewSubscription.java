package dev.kantor.webhooks.subscriptions;

/**
 * A subscription just made, with the secret that signs its deliveries: shown this once.
 *
 * @param secret the HMAC-SHA256 key of {@code X-Kantor-Signature}, as these characters (UTF-8)
 */
public record NewSubscription(Subscription subscription, String secret) {}
