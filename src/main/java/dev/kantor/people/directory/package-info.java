/**
 * The people directory: searching and reading employees with their position, department, manager,
 * skills and languages, as pages and through the REST API.
 */
package dev.kantor.people.directory;
