/**
 * Everyone's own figures: the cases they served, day by day, and the satisfaction they received; and their hours
 * worked against their contract's weekly hours, week by week (published shifts less planned breaks, less the
 * time the floor recorded them absent, plus fill-ins and accepted call-ins beyond their shifts).
 */
package dev.kantor.reporting.mine;
