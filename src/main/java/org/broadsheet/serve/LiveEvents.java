package org.broadsheet.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;

/**
 * The open browser tabs, each listening on a server-sent-event stream: {@code hello} when a tab connects (the site's
 * version and current problems), {@code reload} after a rebuild changed the site, {@code problems} after a failed
 * one. A tab whose connection broke is dropped at the next message.
 */
final class LiveEvents {

    /** Above this many changed files a reload event just says "all" instead of listing them. */
    private static final int MAX_LISTED = 500;

    private final Set<Tab> tabs = new CopyOnWriteArraySet<>();

    /** One connected tab; writes are serialised per tab because broadcasts come from several threads. */
    private static final class Tab {
        private final HttpExchange exchange;
        private final OutputStream out;

        Tab(HttpExchange exchange) {
            this.exchange = exchange;
            this.out = exchange.getResponseBody();
        }

        synchronized boolean send(String message) {
            try {
                out.write(message.getBytes(StandardCharsets.UTF_8));
                out.flush();
                return true;
            } catch (IOException e) {
                close();
                return false;
            }
        }

        void close() {
            exchange.close();
        }
    }

    /** Starts the event stream on {@code exchange} and keeps it open; the HTTP thread returns at once. */
    void open(HttpExchange exchange, String version, List<String> problems) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        Tab tab = new Tab(exchange);
        if (tab.send("retry: 1000\n\n" + event("hello", "{\"version\":" + json(version) + ",\"problems\":" + json(problems) + "}"))) {
            tabs.add(tab);
        }
    }

    void reload(String version, Set<String> changed, boolean all) {
        String data = "{\"version\":" + json(version) + ",\"all\":" + (all || changed.size() > MAX_LISTED)
                + ",\"changed\":" + (changed.size() > MAX_LISTED ? "[]" : json(changed.stream().sorted().toList())) + "}";
        broadcast(event("reload", data));
    }

    void problems(List<String> problems) {
        broadcast(event("problems", "{\"problems\":" + json(problems) + "}"));
    }

    /** A comment line: keeps idle connections open and finds the tabs that are gone. */
    void ping() {
        broadcast(": ping\n\n");
    }

    int size() {
        return tabs.size();
    }

    void closeAll() {
        tabs.forEach(Tab::close);
        tabs.clear();
    }

    private void broadcast(String message) {
        for (Tab tab : tabs) {
            if (!tab.send(message)) {
                tabs.remove(tab);
            }
        }
    }

    private static String event(String name, String data) {
        return "event: " + name + "\ndata: " + data + "\n\n";
    }

    static String json(Collection<String> values) {
        return values.stream().map(LiveEvents::json).collect(Collectors.joining(",", "[", "]"));
    }

    /** A JSON string; escapes everything that could end the string or the SSE line. */
    static String json(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
