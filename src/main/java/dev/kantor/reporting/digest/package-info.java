/**
 * The weekly e-mail digest managers subscribe to: last week's front-office figures in the language
 * they subscribed in, one send per recipient per week across nodes.
 */
package dev.kantor.reporting.digest;
