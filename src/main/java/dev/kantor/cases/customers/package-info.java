/** Customers, finding them again, and who had contact with them (the measure behind HYBRID). */
package dev.kantor.cases.customers;
