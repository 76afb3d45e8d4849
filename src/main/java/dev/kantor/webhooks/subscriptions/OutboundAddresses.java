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
 * that a webhook cannot be aimed at Kantor's own network. Checked when a subscription is made and
 * again before every delivery (the name may resolve elsewhere since).
 */
public final class OutboundAddresses {

    private final boolean allowPrivate;

    public OutboundAddresses(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Why Kantor will not send to this URL (a message key), or empty when it will. */
    public Optional<String> refusal(String url) {
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
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return Optional.of("webhooks.url-unknown-host");
        }
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                if (isPrivate(address)) {
                    return Optional.of("webhooks.url-private");
                }
            }
        }
        return Optional.empty();
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
