/**
 * The coverage check of a work arrangement, in plain Java: what it would take away from the published shifts of
 * someone on a front-office queue's roster, and which intervals would then fall short of the requirement.
 */
package dev.kantor.arrangements.coverage;
