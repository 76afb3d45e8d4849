/**
 * Reading a raw mail (RFC 822) into what Kantor acts on, and the rules that tell a customer's mail
 * from an automatic one and a reply from a new mail: plain Java but for jakarta.mail and jsoup.
 */
package dev.kantor.mailin.reading;
