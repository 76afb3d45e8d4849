package dev.kantor.platform.web;

/**
 * The address a page sends its reader back to after a form or a switch (a queue view with its filters,
 * the page a language switch came from). Such addresses echo what the reader sent, so they can be
 * thousands of characters long; Tomcat holds all of an answer's headers in 8 KB, and a {@code Location}
 * past that turns a redirect into a server error. One that long comes back to a plain page instead.
 */
public final class BackAddress {

    /** The longest address sent back: well inside 8 KB beside the security headers every answer carries. */
    public static final int MAX_LENGTH = 2000;

    private BackAddress() {}

    /** {@code redirect:} to the address, or to {@code fallback} when the address is too long to send. */
    public static String redirect(String address, String fallback) {
        return "redirect:" + within(address, fallback);
    }

    /** The address, or {@code fallback} when it is missing or too long to send back. */
    public static String within(String address, String fallback) {
        return address == null || address.isEmpty() || address.length() > MAX_LENGTH ? fallback : address;
    }
}
