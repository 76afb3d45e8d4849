/**
 * "Ask my manager to step in": the owner of a case asks their manager for help, the manager is
 * told at once and sees why on the complaints board, and the request closes when the manager says
 * help was given or works the case; the owner is told who is coming. With its page parts and API.
 */
package dev.kantor.cases.help;
