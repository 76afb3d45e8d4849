/**
 * Call in help: people on a short queue's roster who are not working then and not away, ranked
 * (skills the queue asks for, languages, hours worked this week within their contract); offers they
 * accept or decline in the app, which run out; accepted offers extend their day on the queue, and of
 * two people accepting the last place one wins.
 */
package dev.kantor.floor.callin;
