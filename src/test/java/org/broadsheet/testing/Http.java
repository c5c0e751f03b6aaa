package org.broadsheet.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Predicate;

/** HTTP requests for tests of {@code serve}: through the JDK client, or as raw bytes for paths no client would send. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private Http() {
    }

    public static HttpResponse<String> get(URI url) {
        return send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10)).GET().build());
    }

    public static HttpResponse<String> get(URI base, String path) {
        return get(base.resolve(path));
    }

    /** The file at {@code path}, as bytes (a static file: an image, a video). */
    public static HttpResponse<byte[]> getBytes(URI base, String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    public static HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return CLIENT.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Polls {@code path} until its response satisfies {@code condition}, for at most {@code limit} (a bound so a
     * broken server fails the test instead of hanging it, not a performance assertion).
     *
     * @return the first satisfying response, or the last one seen
     */
    public static HttpResponse<String> await(URI base, String path, Predicate<HttpResponse<String>> condition, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        HttpResponse<String> last = get(base, path);
        while (!condition.test(last) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            last = get(base, path);
        }
        return last;
    }

    /** Sends {@code GET target} exactly as written (no normalising client) and returns the status line. */
    public static String rawStatusLine(int port, String target) {
        return rawStatusLine(port, target, "127.0.0.1:" + port);
    }

    /** The same with a chosen {@code Host} header, which the JDK client does not let tests set. */
    public static String rawStatusLine(int port, String target, String host) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
                line.write(b);
            }
            return line.toString(StandardCharsets.ISO_8859_1).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
