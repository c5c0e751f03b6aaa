package org.broadsheet.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.broadsheet.error.InputException;
import org.broadsheet.testing.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP side alone, serving hand-made snapshots. */
class DevServerTest {

    DevServer server;

    @BeforeEach
    void start() {
        server = DevServer.bind(InetAddress.getLoopbackAddress(), 0);
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static SiteSnapshot snapshot(long build, Map<String, String> files) {
        Map<String, byte[]> bytes = new java.util.HashMap<>();
        files.forEach((k, v) -> bytes.put(k, v.getBytes(StandardCharsets.UTF_8)));
        return new SiteSnapshot(build, bytes, files.keySet());
    }

    @Test
    void everyFileGetsTheContentTypeOfItsKind() {
        server.update(snapshot(1, Map.of(
                "feed.atom", "<feed/>",
                "search/index.js", "var x;",
                "logo.svg", "<svg/>",
                "data.json", "{}",
                "robots.txt", "User-agent: *",
                "sitemap.xml", "<urlset/>",
                "font.woff2", "x",
                "mystery", "?")), List.of());

        Map<String, String> expected = Map.of(
                "feed.atom", "application/atom+xml",
                "search/index.js", "text/javascript; charset=utf-8",
                "logo.svg", "image/svg+xml",
                "data.json", "application/json",
                "robots.txt", "text/plain; charset=utf-8",
                "sitemap.xml", "application/xml",
                "font.woff2", "font/woff2",
                "mystery", "application/octet-stream");
        expected.forEach((path, type) -> {
            HttpResponse<String> r = Http.get(server.url(), path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).as(path).contains(type);
            assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(r.body()).as(path).doesNotContain("__broadsheet");
        });
    }

    @Test
    void theSitesOwn404PageIsUsedWhenItHasOne() {
        server.update(snapshot(1, Map.of("index.html", "<html><body>home</body></html>",
                "404.html", "<html><body><h1>Lost at sea</h1></body></html>")), List.of());

        HttpResponse<String> r = Http.get(server.url(), "/nowhere");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("Lost at sea").contains("/__broadsheet/live.js");
    }

    @Test
    void problemsAreShownEscapedOverThePageUntilTheNextGoodSite() {
        server.update(snapshot(1, Map.of("index.html", "<html><body>home</body></html>")), List.of());
        server.showProblems(List.of("content/a.md:3: <script>alert(1)</script> is not a date"));

        String page = Http.get(server.url(), "/").body();
        assertThat(page).contains("home").contains("content/a.md:3: &lt;script&gt;alert(1)&lt;/script&gt; is not a date")
                .doesNotContain("<script>alert(1)");

        server.update(snapshot(2, Map.of("index.html", "<html><body>home again</body></html>")), List.of());
        assertThat(Http.get(server.url(), "/").body()).contains("home again").doesNotContain("broadsheet-problems");
    }

    @Test
    void theSnippetGoesBeforeTheClosingBodyTagWhateverTheTextBeforeIt() {
        server.update(snapshot(1, Map.of("index.html", "<html><body><h1>İstanbul İzmir</h1></BODY>\n</html>")), List.of());
        String page = Http.get(server.url(), "/").body();
        assertThat(page).startsWith("<html><body><h1>İstanbul İzmir</h1><!-- added by broadsheet serve")
                .endsWith("</script>\n</BODY>\n</html>");
    }

    @Test
    void aPageWithoutABodyTagStillGetsTheSnippet() {
        server.update(snapshot(1, Map.of("index.html", "<p>fragment")), List.of());
        assertThat(Http.get(server.url(), "/").body()).startsWith("<p>fragment").contains("/__broadsheet/live.js");
    }

    @Test
    void aPortInUseIsReportedWithAHintToChooseAnother() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> DevServer.bind(InetAddress.getLoopbackAddress(), taken.getLocalPort()))
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining("port " + taken.getLocalPort())
                    .hasMessageContaining("--port " + (taken.getLocalPort() + 1));
        }
    }

    @Test
    void snapshotsKeepWhatChanged() {
        SiteSnapshot s = snapshot(3, Map.of("a.html", "x"));
        assertThat(s.changed()).isEqualTo(Set.of("a.html"));
        assertThat(s.file("missing")).isNull();
    }
}
