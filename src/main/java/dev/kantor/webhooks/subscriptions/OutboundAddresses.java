package dev.kantor.webhooks.subscriptions;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Where webhooks may send: only {@code http} and {@code https} URLs whose host resolves to public
 * addresses. Loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16, where
 * cloud metadata lives; fe80::/10), carrier-grade NAT (100.64/10), "this network" (0/8), any-local and
 * multicast addresses are refused unless {@code kantor.webhooks.allow-private-addresses=true}, so
 * that a webhook cannot be aimed at Kantor's own network. Checked when a subscription is made, and
 * when a delivery connects: there {@link #checked(String)} is the HTTP client's DNS resolver, so the
 * name is resolved once, every address it resolved to is checked, and the connection goes to one of
 * those checked addresses (a name that answers a public address to the check and a private one to the
 * connection, "DNS rebinding", gets nowhere).
 */
public final class OutboundAddresses {

    /** Resolves a host name to all its addresses (the system's resolver, or another in tests). */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** A host Kantor will not connect to; {@link #messageKey()} says why. */
    public static final class Refused extends UnknownHostException {

        private final String messageKey;

        Refused(String host, String messageKey) {
            super(host + ": " + messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    public OutboundAddresses(boolean allowPrivate) {
        this(allowPrivate, InetAddress::getAllByName);
    }

    public OutboundAddresses(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** Why Kantor will not send to this URL (a message key), or empty when it will: its shape and its host's addresses now. */
    public Optional<String> refusal(String url) {
        Optional<String> shape = shapeRefusal(url);
        if (shape.isPresent()) {
            return shape;
        }
        try {
            checked(URI.create(url.trim()).getHost());
            return Optional.empty();
        } catch (Refused e) {
            return Optional.of(e.messageKey());
        } catch (UnknownHostException e) {
            return Optional.of("webhooks.url-unknown-host");
        }
    }

    /** Why this is no URL Kantor sends to, whatever its host resolves to (a message key), or empty. */
    public Optional<String> shapeRefusal(String url) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.trim());
        } catch (Exception e) {
            return Optional.of("webhooks.url-invalid");
        }
        String scheme = uri.getScheme();
        if (scheme == null
                || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                || uri.getHost() == null
                || uri.getRawUserInfo() != null) {
            return Optional.of("webhooks.url-invalid");
        }
        return Optional.empty();
    }

    /**
     * Resolves the host once and answers its addresses when every one of them may be sent to.
     *
     * @throws Refused when one of them may not (the connection must not pick the one that was allowed)
     * @throws UnknownHostException when the host does not resolve
     */
    public InetAddress[] checked(String host) throws UnknownHostException {
        // a URI's IPv6 host comes in brackets, which the resolver does not take
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses = resolver.resolve(name);
        if (addresses == null || addresses.length == 0) {
            throw new UnknownHostException(name);
        }
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                if (isPrivate(address)) {
                    throw new Refused(name, "webhooks.url-private");
                }
            }
        }
        return addresses.clone();
    }

    static boolean isPrivate(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            // unique local addresses fc00::/7; an IPv4-mapped address is judged as its IPv4 address
            if ((b[0] & 0xfe) == 0xfc) {
                return true;
            }
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return isPrivate(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            return false;
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0 || (first == 100 && second >= 64 && second <= 127);
    }
}
