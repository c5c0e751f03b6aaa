import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;

/**
 * The least work any Flexmark-based build of a corpus must do: read each article, parse its body once and render it
 * to HTML once, with Flexmark's default options (no extensions), in parallel on every core, and nothing else (no
 * templates, no files written). bench/markdown-floor times it as a whole command, JVM start-up included, beside a
 * full Hugo build of the same corpus.
 *
 * Usage: java -cp broadsheet.jar:CLASSES MarkdownFloor CONTENT_DIR
 */
public final class MarkdownFloor {

    public static void main(String[] args) throws IOException {
        List<Path> articles;
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            articles = files.filter(p -> p.toString().endsWith(".md")).toList();
        }
        Parser parser = Parser.builder().build();
        HtmlRenderer renderer = HtmlRenderer.builder().build();
        long html = articles.parallelStream().mapToLong(p -> renderer.render(parser.parse(body(p))).length()).sum();
        System.out.println(articles.size() + " articles, " + html + " characters of HTML");
    }

    /** The Markdown after the YAML front matter (between the first two "---" lines). */
    private static String body(Path article) {
        try {
            String text = Files.readString(article);
            int close = text.startsWith("---") ? text.indexOf("\n---", 3) : -1;
            return close < 0 ? text : text.substring(Math.min(text.length(), text.indexOf('\n', close + 1) + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
