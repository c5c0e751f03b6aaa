package org.broadsheet.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.broadsheet.testing.Bytes;
import org.broadsheet.testing.Cli;
import org.broadsheet.testing.Http;
import org.broadsheet.testing.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} as an author uses it, in-process on a free port: pages served from memory, rebuilt and reloaded on
 * every change, problems shown over the last good site, and nothing outside the site ever served.
 */
class ServeSessionTest {

    /** A bound so a broken server fails the test instead of hanging it; the target is 2 s. */
    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final String HARBOUR_PAGE = "2024/05/harbour-wall-repaired/index.html";

    @TempDir
    Path root;
    TestSite site;
    RunningServe serve;

    @BeforeEach
    void digest() {
        site = new TestSite(root)
                .file("broadsheet.yaml", "title: Serve Test\n")
                .file("content/2024/05/harbour-wall-repaired.md", TestSite.article("Harbour Wall Repaired", "2024-05-01", "tags: [harbour, council]"))
                .file("content/2024/04/ferry-talks-resume.md", TestSite.article("Ferry Talks Resume", "2024-04-10", "tags: [transport]"));
    }

    @AfterEach
    void stop() {
        if (serve != null) {
            serve.close();
        }
    }

    @Test
    void pagesAreServedWithTheLiveReloadSnippetAndTheirContentTypes() {
        serve = RunningServe.start(root);

        HttpResponse<String> home = Http.get(serve.url(), "/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(home.body()).contains("Harbour Wall Repaired").contains("Ferry Talks Resume")
                .contains("<script src=\"/__broadsheet/live.js\"");
        assertThat(home.body().indexOf("/__broadsheet/live.js")).isLessThan(home.body().lastIndexOf("</body>"));

        HttpResponse<String> css = Http.get(serve.url(), "/assets/style.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).contains("text/css; charset=utf-8");
        assertThat(css.body()).doesNotContain("__broadsheet");

        assertThat(Http.get(serve.url(), "/__broadsheet/live.js").headers().firstValue("Content-Type"))
                .contains("text/javascript; charset=utf-8");
    }

    @Test
    void aFolderServesItsIndexAndWithoutItsSlashIsRedirected() {
        serve = RunningServe.start(root);

        assertThat(Http.get(serve.url(), "/tags/").body()).contains("harbour").contains("transport");
        HttpResponse<String> noSlash = Http.get(serve.url(), "/tags");
        assertThat(noSlash.statusCode()).isEqualTo(302);
        assertThat(noSlash.headers().firstValue("Location")).contains("/tags/");
    }

    @Test
    void unknownPathsGetANotFoundPageAndFoldersAreNeverListed() {
        serve = RunningServe.start(root);

        HttpResponse<String> missing = Http.get(serve.url(), "/no/such/page.html");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).containsIgnoringCase("not found").contains("/__broadsheet/live.js");

        HttpResponse<String> assets = Http.get(serve.url(), "/assets/");
        assertThat(assets.statusCode()).isEqualTo(404);
        assertThat(assets.body()).containsIgnoringCase("not found").doesNotContain(">style.css<").doesNotContain(">search.js<");
    }

    @Test
    void aTitleChangedOnDiskIsServedWithoutARestart() {
        serve = RunningServe.start(root);
        assertThat(Http.get(serve.url(), HARBOUR_PAGE).body()).contains("Harbour Wall Repaired");

        long start = System.nanoTime();
        site.file("content/2024/05/harbour-wall-repaired.md", TestSite.article("Harbour Wall Repaired", "2024-05-01", "slug: harbour-wall-repaired")
                .replace("title: \"Harbour Wall Repaired\"", "title: \"Harbour Wall Finally Finished\""));
        HttpResponse<String> page = Http.await(serve.url(), HARBOUR_PAGE, r -> r.body().contains("Harbour Wall Finally Finished"), LIMIT);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(page.body()).contains("<h1>Harbour Wall Finally Finished</h1>");
        assertThat(Http.get(serve.url(), "/").body()).contains("Harbour Wall Finally Finished");
        assertThat(serve.builds).as("a new title moves the article in every list: no preview").noneMatch(b -> b.startsWith("previewed"));
        System.out.println("serve: a title change was served after " + millis + " ms");
    }

    @Test
    void brokenFrontMatterShowsTheOverlayOverTheLastGoodSiteAndAFixClearsIt() {
        serve = RunningServe.start(root);
        String good = site.read("content/2024/05/harbour-wall-repaired.md");

        site.file("content/2024/05/harbour-wall-repaired.md", "---\ntitle: Harbour Wall Repaired\ndate: 2024-05-01\ntags: [unclosed\n---\nBody.\n");
        HttpResponse<String> broken = Http.await(serve.url(), "/", r -> r.body().contains("broadsheet-problems"), LIMIT);

        assertThat(broken.statusCode()).isEqualTo(200);
        assertThat(broken.body()).contains("id=\"broadsheet-problems\"").contains("content/2024/05/harbour-wall-repaired.md:")
                .contains("Harbour Wall Repaired").contains("Ferry Talks Resume");
        HttpResponse<String> other = Http.get(serve.url(), "2024/04/ferry-talks-resume/index.html");
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.body()).contains("<h1>Ferry Talks Resume</h1>").contains("broadsheet-problems");
        assertThat(serve.builds).anyMatch(b -> b.startsWith("failed: ") && b.contains("harbour-wall-repaired.md"));

        site.file("content/2024/05/harbour-wall-repaired.md", good);
        HttpResponse<String> fixed = Http.await(serve.url(), "/", r -> !r.body().contains("broadsheet-problems"), LIMIT);
        assertThat(fixed.body()).doesNotContain("broadsheet-problems").contains("Harbour Wall Repaired");
    }

    @Test
    void aStaticFileIsServedAsItIsAndAFailedBuildLeavesTheLastGoodOneServed() throws IOException {
        byte[] clip = Bytes.random(3 << 20, 1);
        site.bytes("static/media/clip.mp4", clip).file("static/hello.html", "<html><body>hello</body></html>\n");
        serve = RunningServe.start(root);

        HttpResponse<byte[]> served = Http.getBytes(serve.url(), "/media/clip.mp4");
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).contains("video/mp4");
        assertThat(served.body()).isEqualTo(clip);
        HttpResponse<String> head = Http.send(HttpRequest.newBuilder(serve.url().resolve("/media/clip.mp4"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(head.headers().firstValue("Content-Length")).contains(Integer.toString(clip.length));
        assertThat(Http.get(serve.url(), "/hello.html").body()).contains("hello").contains("/__broadsheet/live.js");

        site.file("templates/home.ftlh", "<#if>\n");
        awaitBuilds(2);
        site.bytes("static/media/clip.mp4", Bytes.random(3 << 20, 2));
        awaitBuilds(3);
        assertThat(serve.builds.subList(1, serve.builds.size())).allMatch(b -> b.startsWith("failed: "));
        assertThat(Http.getBytes(serve.url(), "/media/clip.mp4").body()).as("the last good build's file").isEqualTo(clip);

        Files.delete(root.resolve("templates/home.ftlh"));
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!serve.builds.get(serve.builds.size() - 1).equals("built") && System.nanoTime() < deadline) {
            awaitBuilds(serve.builds.size() + 1);
        }
        assertThat(Http.getBytes(serve.url(), "/media/clip.mp4").body()).isEqualTo(Bytes.random(3 << 20, 2));
    }

    @Test
    void openTabsAreToldToReloadWhenTheirPageChanged() throws Exception {
        serve = RunningServe.start(root);
        HttpResponse<InputStream> stream = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(serve.url().resolve("/__broadsheet/events")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.headers().firstValue("Content-Type")).contains("text/event-stream; charset=utf-8");
        try (BufferedReader events = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            assertThat(nextEvent(events)).startsWith("event: hello").contains("\"problems\":[]");

            site.file("content/2024/05/harbour-wall-repaired.md", TestSite.article("Harbour Wall Re-opened", "2024-05-01", "slug: harbour-wall-repaired"));

            assertThat(nextEvent(events)).startsWith("event: reload").contains("\"" + HARBOUR_PAGE + "\"")
                    .contains("\"index.html\"").doesNotContain("tags/transport/index.html");
        }
    }

    /** The next event of an event stream, its lines joined; comments (pings) skipped. */
    private static String nextEvent(BufferedReader events) throws IOException {
        StringBuilder event = new StringBuilder();
        for (String line = events.readLine(); line != null; line = events.readLine()) {
            if (line.isEmpty() && event.length() > 0) {
                return event.toString();
            }
            if (line.startsWith("event:") || line.startsWith("data:")) {
                event.append(line).append('\n');
            }
        }
        return event.toString();
    }

    @Test
    void requestsForFilesOutsideTheSiteAre404() throws IOException {
        Path secret = Files.createTempFile("broadsheet-secret", ".txt");
        try {
            Files.writeString(secret, "TOP SECRET");
            serve = RunningServe.start(root);
            int port = serve.port();
            String up = "../".repeat(12);
            for (String target : List.of(
                    "/" + up + "etc/passwd",
                    "/" + up + secret.toString().substring(1),
                    "/assets/../../broadsheet.yaml",
                    "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                    "/%2E%2E/broadsheet.yaml",
                    "/assets/%2e%2e%2f%2e%2e%2fbroadsheet.yaml",
                    "/%252e%252e/%252e%252e/etc/passwd",
                    "/..%5c..%5c..%5cetc%5cpasswd",
                    "/assets%5cstyle.css",
                    "/..%c0%af..%c0%afetc/passwd",
                    "/content/2024/05/harbour-wall-repaired.md",
                    "/broadsheet.yaml")) {
                assertThat(Http.rawStatusLine(port, target)).as(target).isEqualTo("HTTP/1.1 404 Not Found");
            }
            // A raw backslash is not allowed in a URL at all: the JDK's HTTP parser refuses the request line itself.
            assertThat(Http.rawStatusLine(port, "/..\\..\\..\\etc\\passwd")).isIn("HTTP/1.1 404 Not Found", "HTTP/1.1 400 Bad Request");
        } finally {
            Files.deleteIfExists(secret);
        }
    }

    @Test
    void aLinkFromTheThemeToAFileOutsideTheTreeIsNeverServed() throws IOException {
        Path outside = Files.createTempDirectory("broadsheet-outside");
        Path secret = Files.writeString(outside.resolve("secret.txt"), "TOP SECRET");
        try {
            Files.createDirectories(root.resolve("templates/assets"));
            Files.createSymbolicLink(root.resolve("templates/assets/leak.txt"), secret);
            serve = RunningServe.start(root);

            HttpResponse<String> leak = Http.get(serve.url(), "/assets/leak.txt");
            assertThat(leak.statusCode()).isEqualTo(404);
            assertThat(leak.body()).doesNotContain("TOP SECRET")
                    .contains("templates/assets/leak.txt: a link to a file outside the templates folder");
        } finally {
            Files.deleteIfExists(root.resolve("templates/assets/leak.txt"));
            Files.deleteIfExists(secret);
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void onlyLocalHostNamesAreAnsweredSoOtherSitesCannotReadThePreview() {
        serve = RunningServe.start(root);
        int port = serve.port();

        assertThat(Http.rawStatusLine(port, "/", "evil.example:" + port)).isEqualTo("HTTP/1.1 403 Forbidden");
        assertThat(Http.rawStatusLine(port, "/", "127.evil.example:" + port)).isEqualTo("HTTP/1.1 403 Forbidden");
        assertThat(Http.rawStatusLine(port, "/", "localhost:" + port)).isEqualTo("HTTP/1.1 200 OK");
        assertThat(Http.rawStatusLine(port, "/", "127.0.0.1:" + port)).isEqualTo("HTTP/1.1 200 OK");
    }

    @Test
    void onlyGetAndHeadAreServed() {
        serve = RunningServe.start(root);

        HttpResponse<String> head = Http.send(HttpRequest.newBuilder(serve.url()).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        HttpResponse<String> post = Http.send(HttpRequest.newBuilder(serve.url()).POST(HttpRequest.BodyPublishers.ofString("x")).build());
        assertThat(post.statusCode()).isEqualTo(405);
    }

    @Test
    void draftsFutureArticlesAndDraftPagesAreShownWithABadgeUnlessDraftsAreHidden() {
        site.file("content/2024/05/secret-draft.md", TestSite.article("Secret Draft", "2024-05-02", "draft: true"))
                .file("content/2099/01/future.md", TestSite.article("News From The Future", "2099-01-01"))
                .file("content/pages/soon.md", "---\ntitle: Coming Soon\nmenu: true\ndraft: true\n---\nLater.\n");

        serve = RunningServe.start(root);
        String home = Http.get(serve.url(), "/").body();
        assertThat(home).contains("Secret Draft").contains("News From The Future")
                .contains("<span class=\"status-badge\" data-status=\"draft\">draft</span>")
                .contains("<span class=\"status-badge\" data-status=\"future\">future</span>");
        assertThat(Http.get(serve.url(), "2024/05/secret-draft/index.html").body()).contains("data-status=\"draft\"");
        assertThat(Http.get(serve.url(), "soon/index.html").body()).contains("data-status=\"draft\"");
        serve.close();

        serve = RunningServe.startWithoutDrafts(root);
        String published = Http.get(serve.url(), "/").body();
        assertThat(published).doesNotContain("Secret Draft").doesNotContain("News From The Future").doesNotContain("status-badge");
        assertThat(Http.get(serve.url(), "2024/05/secret-draft/index.html").statusCode()).isEqualTo(404);
        assertThat(published).doesNotContain("Coming Soon");
        assertThat(Http.get(serve.url(), "soon/index.html").statusCode()).isEqualTo(404);
    }

    @Test
    void withDraftsHiddenAHeldBackArticleAppearsWhenItsDateComesWithoutAnyChangeOnDisk() {
        java.time.Instant due = java.time.Instant.now().plusSeconds(2).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        site.file("content/soon.md", TestSite.article("Embargo Lifts Soon", due.toString()));
        serve = RunningServe.startWithoutDrafts(root);
        assertThat(Http.get(serve.url(), "/").body()).doesNotContain("Embargo Lifts Soon").contains("Harbour Wall Repaired");

        HttpResponse<String> home = Http.await(serve.url(), "/", r -> r.body().contains("Embargo Lifts Soon"), LIMIT);

        assertThat(home.body()).contains("Embargo Lifts Soon");
        assertThat(java.time.Instant.now()).isAfterOrEqualTo(due);
        assertThat(serve.builds).containsExactly("built", "built");
    }

    @Test
    void withDraftsShownAFutureBadgeGoesWhenTheArticlesDateComesWithoutAnyChangeOnDisk() {
        java.time.Instant due = java.time.Instant.now().plusSeconds(2).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        site.file("content/soon.md", TestSite.article("Embargo Lifts Soon", due.toString()));
        serve = RunningServe.start(root);
        String page = "/" + due.toString().substring(0, 7).replace('-', '/') + "/soon/index.html";
        assertThat(Http.get(serve.url(), page).body()).contains("data-status=\"future\"");

        HttpResponse<String> after = Http.await(serve.url(), page, r -> !r.body().contains("data-status=\"future\""), LIMIT);

        assertThat(after.body()).contains("Embargo Lifts Soon").doesNotContain("status-badge");
        assertThat(java.time.Instant.now()).isAfterOrEqualTo(due);
        assertThat(serve.builds).containsExactly("built", "built");
    }

    @Test
    void serveWritesNothingToTheOutputFolderAndBuildOutputHasNoTraceOfServe() throws IOException {
        site.file("content/2024/05/secret-draft.md", TestSite.article("Secret Draft", "2024-05-02", "draft: true"));
        serve = RunningServe.start(root);
        assertThat(Http.get(serve.url(), "/").body()).contains("Secret Draft");
        assertThat(root.resolve("site")).doesNotExist();

        assertThat(Cli.inSite(root, "build", "-q", "--drafts").exitCode()).isZero();
        try (Stream<Path> files = Files.walk(root.resolve("site"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(f, StandardCharsets.UTF_8)).as(f.toString())
                        .doesNotContain("__broadsheet").doesNotContain("status-badge");
            }
        }
    }

    @Test
    void aChangedConfigIsReadAgain() {
        serve = RunningServe.start(root);
        assertThat(Http.get(serve.url(), "/").body()).contains("<title>Serve Test</title>");

        site.file("broadsheet.yaml", "title: Renamed Digest\n");

        assertThat(Http.await(serve.url(), "/", r -> r.body().contains("<title>Renamed Digest</title>"), LIMIT).body())
                .contains("<title>Renamed Digest</title>");
    }

    @Test
    void aNewArticleInANewFolderAppears() {
        serve = RunningServe.start(root);

        site.file("content/2025/01/new-year-swim-cancelled.md", TestSite.article("New Year Swim Cancelled", "2025-01-01"));

        assertThat(Http.await(serve.url(), "2025/01/new-year-swim-cancelled/index.html", r -> r.statusCode() == 200, LIMIT).body())
                .contains("<h1>New Year Swim Cancelled</h1>");
    }

    @Test
    void anEditToAnArticlesTextIsServedBeforeTheRebuildWhichMakesTheSamePage() {
        serve = RunningServe.start(root);
        String before = site.read("content/2024/05/harbour-wall-repaired.md");

        site.file("content/2024/05/harbour-wall-repaired.md", before + "\nA closing line about the tide gauges.\n");
        awaitRebuildAfterPreview();

        assertThat(serve.builds).containsSubsequence("built", "previewed: [" + HARBOUR_PAGE + "]", "built");
        assertThat(withoutVersion(serve.servedAtPreview.get(HARBOUR_PAGE))).contains("tide gauges")
                .isEqualTo(withoutVersion(Http.get(serve.url(), HARBOUR_PAGE).body()));
    }

    @Test
    void aNewSummaryReachesTheListsWithTheRebuildThatFollowsThePreview() {
        serve = RunningServe.start(root);

        site.file("content/2024/05/harbour-wall-repaired.md", TestSite.article("Harbour Wall Repaired", "2024-05-01", "tags: [harbour, council]")
                .replace("Body of Harbour Wall Repaired.", "Masons finished the harbour wall on Friday."));

        assertThat(Http.await(serve.url(), "/", r -> r.body().contains("Masons finished"), LIMIT).body()).contains("Masons finished");
        assertThat(Http.get(serve.url(), "tags/council/index.html").body()).contains("Masons finished");
        assertThat(serve.builds).contains("previewed: [" + HARBOUR_PAGE + "]");
        assertThat(serve.servedAtPreview.get(HARBOUR_PAGE)).contains("<meta name=\"description\" content=\"Masons finished");
    }

    @Test
    void afterAFailedBuildAnEditIsNotPreviewedButRebuilt() {
        serve = RunningServe.start(root);
        site.file("content/2024/04/ferry-talks-resume.md", "---\ntitle: Ferry\ndate: 2024-04-10\ntags: [unclosed\n---\nBody.\n");
        Http.await(serve.url(), "/", r -> r.body().contains("broadsheet-problems"), LIMIT);

        int builds = serve.builds.size();

        site.file("content/2024/05/harbour-wall-repaired.md", site.read("content/2024/05/harbour-wall-repaired.md") + "\nA closing line about the tide gauges.\n");
        awaitBuilds(builds + 1);

        assertThat(serve.builds.subList(builds, serve.builds.size())).singleElement().asString().startsWith("failed: ");
        assertThat(Http.get(serve.url(), HARBOUR_PAGE).body()).as("the last good site, nothing previewed on it")
                .doesNotContain("tide gauges").contains("broadsheet-problems");
    }

    private void awaitBuilds(int count) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (serve.builds.size() < count && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A served page without the live-reload script's build number, which any change to the site moves on. */
    private static String withoutVersion(String html) {
        return html.replaceAll("data-version=\"[^\"]*\"", "");
    }

    /** Waits until a build followed a preview. */
    private void awaitRebuildAfterPreview() {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            List<String> builds = List.copyOf(serve.builds);
            int preview = builds.indexOf("previewed: [" + HARBOUR_PAGE + "]");
            if (preview >= 0 && builds.subList(preview, builds.size()).contains("built")) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
