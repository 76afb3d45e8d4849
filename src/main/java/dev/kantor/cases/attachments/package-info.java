/**
 * Files customers and staff send with their messages on a case: checked by their content, stored in
 * the database, and served only to whoever may read the message they came with.
 */
package dev.kantor.cases.attachments;
