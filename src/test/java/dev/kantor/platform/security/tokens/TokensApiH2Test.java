package dev.kantor.platform.security.tokens;

/** API tokens in the embedded H2 database of a single-node installation. */
class TokensApiH2Test extends TokensApiContract {}
