package dev.kantor.mailin.receiving;

/** Inbound e-mail on the embedded H2 database of a single-node installation. */
class InboundMailH2Test extends InboundMailContract {}
