package dev.kantor.platform.security;

/** Sign-ins in the embedded H2 database of a single-node installation. */
class SignInSessionsH2Test extends SignInSessionsContract {}
