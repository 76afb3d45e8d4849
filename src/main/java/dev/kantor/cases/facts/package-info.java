/** Cases as facts for reporting (CaseFacts): the service targets measured, the outcome, page by page. */
package dev.kantor.cases.facts;
