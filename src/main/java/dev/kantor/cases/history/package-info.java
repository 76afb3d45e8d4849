/** Recording cases from before Kantor kept them, step by step at the moments they happened (CaseHistory). */
package dev.kantor.cases.history;
