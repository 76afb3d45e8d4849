/**
 * What other modules read of approved work arrangements: people's {@code RemoteWork} (who works from home today,
 * for the directory, the employee's page and "who can help now") and scheduling's {@code CalendarEntries}
 * (telework days and the start of flextime in the calendar feed).
 */
package dev.kantor.arrangements.remote;
