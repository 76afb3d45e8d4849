/**
 * Working on cases: the queue, the case page, replies, notes, status, owner, the complaints board
 * and the cases API.
 */
package dev.kantor.cases.work;
