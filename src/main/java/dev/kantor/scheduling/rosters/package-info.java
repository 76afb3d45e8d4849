/**
 * Rosters: who works each work queue, with the contract they work it under and the dates they cannot
 * work, and the skills a queue asks for (a list per queue kept here: front-office people holding them
 * are proposed). Managers and admins change them; the pages and the REST API beside them.
 */
package dev.kantor.scheduling.rosters;
