/** Everyone's own figures: the cases they served, day by day, and the satisfaction they received. */
package dev.kantor.reporting.mine;
