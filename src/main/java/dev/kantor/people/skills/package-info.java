/** The skills catalogue with how many people hold each skill, as a page and through the REST API; HR adds skills. */
package dev.kantor.people.skills;
