package dev.kantor.routing.helpers;

/** "Who can help now" on the embedded H2 database. */
class WhoCanHelpStoreH2Test extends WhoCanHelpStoreContract {}
