package dev.kantor.people;

/**
 * Where an employee's work sits: FRONT when it brings direct contact with customers, BACK
 * otherwise. HYBRID marks back-office people whose measured share of customer contact is
 * significant; it needs contact history, which the cases module will provide.
 */
public enum Office {
    FRONT,
    BACK,
    HYBRID
}
