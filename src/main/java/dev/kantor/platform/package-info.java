/**
 * Shared infrastructure with no business rules: security and users, languages, the audit
 * trail, the page layout and API error answers.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.kantor.platform;
