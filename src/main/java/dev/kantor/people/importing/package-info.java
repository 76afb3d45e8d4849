/**
 * Importing new employees from a CSV file, all or nothing: reading the file, checking every line,
 * finding each line's manager; the people module stores what passed.
 */
package dev.kantor.people.importing;
