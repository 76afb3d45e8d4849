/** The customer case aggregate: its rules and the events it registers, and its repository. */
package dev.kantor.cases.customercase;
