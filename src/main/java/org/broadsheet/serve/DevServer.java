package org.broadsheet.serve;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.broadsheet.error.InputException;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;

/**
 * The HTTP side of {@code serve}: answers every request from the last good {@link SiteSnapshot}, its pages in memory
 * and its static files from serve's own copies, streamed (never from the site's folders, so nothing outside the site
 * can be reached), adds the live-reload snippet to HTML pages, and tells open tabs when the site changed or a build
 * failed. Built on the JDK's own HTTP server.
 */
public final class DevServer implements Closeable {

    /** Paths of serve's own files; no site file can be there because the prefix is not a valid slug. */
    static final String PREFIX = "/__broadsheet/";

    private static final String TEXT = "text/plain; charset=utf-8";

    private final HttpServer http;
    private final ExecutorService workers;
    private final ScheduledExecutorService pinger;
    private final LiveEvents events = new LiveEvents();
    private final boolean loopbackOnly;
    /** Tells a restarted server's pages from this one's: part of every version the pages carry. */
    private final String instance = Long.toString(System.currentTimeMillis(), 36);
    private volatile State state = new State(SiteSnapshot.EMPTY, List.of());

    /** What is served now: the last good site and the problems of the last build (empty when it succeeded). */
    private record State(SiteSnapshot site, List<String> problems) {
    }

    private DevServer(HttpServer http, boolean loopbackOnly) {
        this.http = http;
        this.loopbackOnly = loopbackOnly;
        this.workers = Executors.newCachedThreadPool(daemon("broadsheet-http"));
        this.pinger = Executors.newSingleThreadScheduledExecutor(daemon("broadsheet-live-ping"));
        http.setExecutor(workers);
        http.createContext("/", this::handle);
    }

    /**
     * Binds the port now, so a port in use is reported before the first build; call {@link #start()} to serve.
     *
     * @param port 0 for any free port
     * @throws InputException when the port is taken or the address is not this machine's
     */
    public static DevServer bind(InetAddress address, int port) {
        try {
            return new DevServer(HttpServer.create(new InetSocketAddress(address, port), 64), address.isLoopbackAddress());
        } catch (BindException e) {
            throw new InputException(new Problem(SourcePosition.of(Path.of("--port")), "cannot listen on "
                    + address.getHostAddress() + " port " + port + " (" + e.getMessage() + "); it is in use, perhaps by another"
                    + " broadsheet serve: stop that, or choose another port with --port " + (port == 0 ? 8081 : port + 1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void start() {
        http.start();
        pinger.scheduleAtFixedRate(events::ping, 15, 15, TimeUnit.SECONDS);
    }

    /** The address to open in a browser, e.g. {@code http://127.0.0.1:8080/}. */
    public URI url() {
        InetSocketAddress a = http.getAddress();
        InetAddress host = a.getAddress();
        String name = host.isAnyLocalAddress() ? "localhost"
                : host.getHostAddress().contains(":") ? "[" + host.getHostAddress() + "]" : host.getHostAddress();
        return URI.create("http://" + name + ":" + a.getPort() + "/");
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /**
     * Serves {@code site} from now on, with {@code problems} (of the latest build; empty when it succeeded) over every
     * page, and tells the open tabs: reload when their page changed or the problems were cleared, else the problems.
     */
    public synchronized void update(SiteSnapshot site, List<String> problems) {
        State old = state;
        state = new State(site, List.copyOf(problems));
        boolean siteChanged = site.build() != old.site().build();
        boolean cleared = !old.problems().isEmpty() && problems.isEmpty();
        if (siteChanged || cleared) {
            events.reload(version(state), siteChanged ? site.changed() : Set.of(), cleared);
        } else if (!problems.equals(old.problems())) {
            events.problems(state.problems());
        }
    }

    /** Keeps serving the last good site, with {@code problems} over every page until a build succeeds. */
    public void showProblems(List<String> problems) {
        update(state.site(), problems);
    }

    @Override
    public void close() {
        pinger.shutdownNow();
        events.closeAll();
        http.stop(0);
        workers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String raw = exchange.getRequestURI().getRawPath();
        String method = exchange.getRequestMethod();
        boolean allowed = hostAllowed(exchange.getRequestHeaders().getFirst("Host"));
        if (allowed && method.equals("GET") && (PREFIX + "events").equals(raw)) {
            State now = state;
            events.open(exchange, version(now), now.problems()); // stays open; LiveEvents closes it
            return;
        }
        try (exchange) {
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, TEXT, "Only GET and HEAD are served.\n".getBytes(StandardCharsets.UTF_8), false);
            } else if (!allowed) {
                // a page on another site may point its own name at 127.0.0.1 (DNS rebinding) to read the preview
                send(exchange, 403, TEXT, "This server answers only to localhost.\n".getBytes(StandardCharsets.UTF_8), head);
            } else if (raw != null && raw.startsWith(PREFIX)) {
                own(exchange, raw.substring(PREFIX.length()), head);
            } else {
                site(exchange, raw, state, head);
            }
        }
    }

    private void site(HttpExchange exchange, String raw, State now, boolean head) throws IOException {
        Optional<String> path = RequestPaths.toSitePath(raw);
        String type = path.map(ContentTypes::of).orElse(TEXT);
        Path copy = path.map(now.site()::copy).orElse(null);
        if (copy != null && !type.equals(ContentTypes.HTML) && sendCopy(exchange, type, copy, head)) {
            return;
        }
        // a page of the static folder is read, to get the live-reload script like the others
        byte[] file = copy != null ? readCopy(copy) : path.map(now.site()::file).orElse(null);
        if (file != null) {
            send(exchange, 200, type, type.equals(ContentTypes.HTML) ? LivePage.inject(file, version(now), now.problems()) : file, head);
        } else if (path.isPresent() && !raw.endsWith("/") && now.site().has(path.get() + "/index.html")) {
            // a folder named without its slash: the relative links in its index.html need the slash
            exchange.getResponseHeaders().set("Location", raw + "/");
            send(exchange, 302, TEXT, new byte[0], head);
        } else {
            byte[] own404 = now.site().file("404.html");
            byte[] page = own404 != null ? LivePage.inject(own404, version(now), now.problems())
                    : LivePage.notFound(raw == null ? "/" : raw, version(now), now.problems());
            send(exchange, 404, ContentTypes.HTML, page, head);
        }
    }

    /** Serve's own files: the live-reload script and its style sheet. */
    private void own(HttpExchange exchange, String name, boolean head) throws IOException {
        if (name.equals("live.js") || name.equals("live.css")) {
            send(exchange, 200, ContentTypes.of(name), resource(name), head);
        } else {
            send(exchange, 404, TEXT, "Not found.\n".getBytes(StandardCharsets.UTF_8), head);
        }
    }

    private boolean hostAllowed(String host) {
        if (!loopbackOnly) {
            return true;
        }
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        String name = h.startsWith("[") ? h.substring(0, h.indexOf(']') + 1) : h.replaceFirst(":\\d+$", "");
        return name.equals("localhost") || name.endsWith(".localhost") || name.equals("[::1]")
                || name.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    private String version(State s) {
        return instance + "-" + s.site().build();
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, boolean head) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        if (head) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    /**
     * Sends serve's copy of a file the site copies from disk, streamed: it may be a video of hundreds of megabytes.
     *
     * @return false when the copy is gone (a newer snapshot replaced it just now): the caller answers as for no file
     */
    private static boolean sendCopy(HttpExchange exchange, String type, Path copy, boolean head) throws IOException {
        FileChannel in;
        try {
            in = FileChannel.open(copy); // opened first: once open, deleting the copy does not cut the answer short
        } catch (NoSuchFileException replaced) {
            return false;
        }
        try (in) {
            long size = in.size();
            exchange.getResponseHeaders().set("Content-Type", type);
            if (head) {
                exchange.getResponseHeaders().set("Content-Length", Long.toString(size));
                exchange.sendResponseHeaders(200, -1);
            } else {
                exchange.sendResponseHeaders(200, size == 0 ? -1 : size);
                Channels.newInputStream(in).transferTo(exchange.getResponseBody());
            }
            return true;
        }
    }

    /** The bytes of an HTML page the site copies from disk, or null when a newer snapshot replaced its copy just now. */
    private static byte[] readCopy(Path copy) throws IOException {
        try {
            return Files.readAllBytes(copy);
        } catch (NoSuchFileException replaced) {
            return null;
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = DevServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("serve's " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        }
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
