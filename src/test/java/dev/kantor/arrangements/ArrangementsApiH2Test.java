package dev.kantor.arrangements;

/** Work arrangements on the embedded H2 database Kantor runs on by default. */
class ArrangementsApiH2Test extends ArrangementsApiContract {}
