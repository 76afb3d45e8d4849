/**
 * Mail customers write, received by another module: the case desk's side of it ({@code InboundMail}).
 */
package dev.kantor.cases.inbound;
