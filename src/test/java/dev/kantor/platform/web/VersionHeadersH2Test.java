package dev.kantor.platform.web;

/** Versions as HTTP headers on the embedded H2 database Kantor runs on by default. */
class VersionHeadersH2Test extends VersionHeadersContract {}
