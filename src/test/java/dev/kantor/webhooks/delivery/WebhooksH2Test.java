package dev.kantor.webhooks.delivery;

/** Webhooks in the embedded H2 database of a single-node installation. */
class WebhooksH2Test extends WebhooksContract {}
