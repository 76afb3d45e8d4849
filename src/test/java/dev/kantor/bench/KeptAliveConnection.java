package dev.kantor.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A load generator's HTTP/1.1 connection to Kantor on loopback, kept alive from one request to
 * the next, that costs next to nothing. The benchmarks run the load, Kantor and PostgreSQL on the
 * same two cores: every cycle the client spends is taken from the server it measures, and
 * {@code java.net.http.HttpClient} spent about a seventh of what the server did. This one writes
 * the request in one go and reads the answer's status, skipping its body (sized or chunked). When
 * the server ends the connection (Tomcat does after 100 requests on one), the next request opens
 * a new one.
 */
final class KeptAliveConnection implements Closeable {

    private final int port;
    private final byte[] skip = new byte[8192];
    private Socket socket;
    private OutputStream out;
    private InputStream in;
    private boolean closeAfterResponse;

    KeptAliveConnection(int port) {
        this.port = port;
    }

    /** Posts JSON and answers the status code once the whole response has been read. */
    int postJson(String path, String authorization, String json) throws IOException {
        if (socket == null) {
            socket = new Socket("localhost", port);
            socket.setTcpNoDelay(true);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 16_384);
        }
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + authorization
                + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + body.length
                + "\r\n\r\n";
        ByteArrayOutputStream request = new ByteArrayOutputStream(head.length() + body.length);
        request.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
        request.writeBytes(body);
        out.write(request.toByteArray());
        out.flush();
        int code = readResponse();
        if (closeAfterResponse) {
            close();
        }
        return code;
    }

    private int readResponse() throws IOException {
        String status = line();
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        closeAfterResponse = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                closeAfterResponse = true;
            }
        }
        if (chunked) {
            for (long size = Long.parseLong(line().split(";")[0].strip(), 16);
                    size > 0;
                    size = Long.parseLong(line().split(";")[0].strip(), 16)) {
                skip(size);
                line(); // the CRLF after each chunk
            }
            for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
                // trailers carry nothing the benchmark needs
            }
        } else if (length > 0) {
            skip(length);
        }
        return code;
    }

    private void skip(long bytes) throws IOException {
        while (bytes > 0) {
            int n = in.read(skip, 0, (int) Math.min(skip.length, bytes));
            if (n < 0) {
                throw new IOException("connection closed inside a response");
            }
            bytes -= n;
        }
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("connection closed inside a response");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
            socket = null;
        }
    }
}
