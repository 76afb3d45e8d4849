/**
 * What HR's dashboard counts of assessment: the distribution of shared results per dimension and office, and
 * skill gaps against role profiles.
 */
package dev.kantor.assessment.reports;
