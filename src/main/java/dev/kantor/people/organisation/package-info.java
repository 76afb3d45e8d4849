/** Departments and positions, as pages and through the REST API: everyone reads them, HR and admins change them. */
package dev.kantor.people.organisation;
