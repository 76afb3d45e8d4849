package dev.kantor.cases.portal;

/** The portal's shared allowances on the embedded H2 database of a single-node installation. */
class PortalAllowancesH2Test extends PortalAllowancesContract {}
