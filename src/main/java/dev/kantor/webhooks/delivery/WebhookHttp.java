package dev.kantor.webhooks.delivery;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;

import dev.kantor.webhooks.subscriptions.OutboundAddresses;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * The HTTP client webhooks post with. Its DNS resolver is {@link OutboundAddresses#checked(String)}: the
 * receiver's name is resolved once per connection, every address is checked, and the client connects
 * to one of those very addresses, while the request keeps the name (the {@code Host} header, and for
 * https the name sent in SNI and checked against the certificate). Redirects are not followed, nothing
 * is retried behind Kantor's back (a retry is a logged attempt), no cookies are kept, and no system
 * proxy is used.
 */
final class WebhookHttp implements AutoCloseable {

    /** An answer whose body is at most this long is read, so that its connection is kept for the next delivery. */
    private static final long READ_BODY_UP_TO = 16_384;

    private final CloseableHttpClient client;

    WebhookHttp(OutboundAddresses addresses, Duration connectTimeout, Duration requestTimeout, int connections) {
        DnsResolver checkedResolver = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                return addresses.checked(host);
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host; // only asked for by SPNEGO authentication, which webhooks never use
            }
        };
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(checkedResolver)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(connectTimeout))
                                .setSocketTimeout(Timeout.of(requestTimeout))
                                .build())
                        .setMaxConnTotal(Math.max(2, connections * 2))
                        .setMaxConnPerRoute(Math.max(1, connections))
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(requestTimeout))
                        .setConnectionRequestTimeout(Timeout.of(requestTimeout))
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .build();
    }

    /**
     * Posts the JSON body and answers the status code.
     *
     * @throws OutboundAddresses.Refused when the host resolves to an address webhooks may not reach
     * @throws IOException when there is no answer (refused, timed out, unknown host)
     */
    int post(String url, Map<String, String> headers, String json) throws IOException {
        HttpPost post = new HttpPost(url);
        headers.forEach(post::setHeader);
        post.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON));
        try (CloseableHttpResponse response = client.execute(post)) {
            HttpEntity entity = response.getEntity();
            if (entity != null && entity.getContentLength() >= 0 && entity.getContentLength() <= READ_BODY_UP_TO) {
                EntityUtils.consume(entity);
            }
            // a longer (or endless) body is not read: closing the answer drops its connection
            return response.getCode();
        }
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
