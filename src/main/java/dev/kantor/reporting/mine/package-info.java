/**
 * Everyone's own figures: the cases they served, day by day, and the satisfaction they received; and the hours
 * their published shifts put them on against their contract's weekly hours, week by week.
 */
package dev.kantor.reporting.mine;
