/** HTML written outside Kantor (a customer's HTML mail) made safe to show on a page. */
package dev.kantor.platform.html;
