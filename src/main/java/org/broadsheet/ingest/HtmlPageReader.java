package org.broadsheet.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.broadsheet.content.Article;
import org.broadsheet.content.ArticleDate;
import org.broadsheet.error.InputException;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;
import org.broadsheet.ingest.html.ContentExtractor;
import org.broadsheet.ingest.html.HtmlSanitizer;
import org.broadsheet.ingest.html.HtmlToMarkdown;
import org.broadsheet.ingest.html.PageMetadata;
import org.broadsheet.ingest.html.PagePreparation;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a saved article web page: its metadata (title, author, date, canonical URL, site name, keywords), its main
 * content found by {@link ContentExtractor}, sanitised and turned into Markdown.
 */
public final class HtmlPageReader implements SourceReader {

    private static final Pattern HTML_START = Pattern.compile(
            "^(?:\\s|<!--.*?-->)*<(!doctype\\s+html|html|head|body|meta|title|article|div|p|h1|section|main|base|link)[\\s>/]",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern META_CHARSET = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BY = Pattern.compile("^(?:by|von|par|por|di)\\s+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final DatePolicy dates;
    private final HtmlToMarkdown markdown;

    public HtmlPageReader(DatePolicy dates, HtmlToMarkdown markdown) {
        this.dates = dates;
        this.markdown = markdown;
    }

    @Override
    public String kind() {
        return "html";
    }

    @Override
    public boolean accepts(SourceFile source) {
        String head = new String(source.bytes(), 0, Math.min(source.bytes().length, 4096), StandardCharsets.ISO_8859_1);
        if (head.startsWith("\u00EF\u00BB\u00BF")) {
            head = head.substring(3);
        }
        return HTML_START.matcher(head).find();
    }

    /** The page's article, with its body still as HTML; what {@link #read} turns into Markdown. */
    public record Page(PageMetadata metadata, Element content, String byline, String baseUri) {
    }

    @Override
    public List<Article> read(SourceFile source) {
        Page page = extract(source);
        PageMetadata meta = page.metadata();
        if (meta.title().isEmpty()) {
            throw problem(source, "the page has no title (no <title>, og:title or headline); it may not be an article page");
        }
        String body = markdown.convert(HtmlSanitizer.sanitize(page.content(), page.baseUri()), page.baseUri());
        if (body.isBlank()) {
            throw problem(source, "no article text found in the page");
        }
        ArticleDate date = DateParser.parse(meta.published(), dates.zone())
                .orElseGet(() -> dates.missing(source, 0, "the page"));
        return List.of(Article.of(meta.title(), date, body)
                .withSource(meta.siteName())
                .withUrl(meta.canonicalUrl().startsWith("http") ? meta.canonicalUrl() : "")
                .withAuthor(author(meta.byline().isEmpty() ? page.byline() : meta.byline()))
                .withTags(meta.keywords())
                .withSummary(meta.excerpt()));
    }

    /** Parses the page and finds its main content. */
    public Page extract(SourceFile source) {
        Document doc = Jsoup.parse(decode(source.bytes()), "");
        Element base = doc.selectFirst("base[href]");
        String baseUri = base != null ? base.absUrl("href") : "";
        if (baseUri.isEmpty()) {
            Element canonical = doc.selectFirst("link[rel=canonical][href], meta[property=og:url][content]");
            String url = canonical == null ? "" : canonical.hasAttr("href") ? canonical.attr("href") : canonical.attr("content");
            baseUri = url.startsWith("http") ? url : "";
        }
        if (base != null && base.attr("href").startsWith("http")) {
            baseUri = base.attr("href");
        }
        doc.setBaseUri(baseUri);
        PageMetadata meta = PageMetadata.read(doc);
        PagePreparation.prepare(doc);
        Optional<ContentExtractor.Result> result = ContentExtractor.extract(doc, meta.title());
        if (result.isEmpty()) {
            throw problem(source, "no article text found in the page");
        }
        return new Page(meta, result.get().content(), result.get().byline().replaceAll("\\s+", " ").strip(), baseUri);
    }

    /** "By Jane Doe" and "Jane Doe March 25, 2015" are Jane Doe. */
    static String author(String byline) {
        String b = BY.matcher(byline.replaceAll("\\s+", " ").strip()).replaceFirst("").strip();
        String[] words = b.split(" ");
        for (int k = Math.min(6, words.length - 1); k >= 2; k--) {
            String tail = String.join(" ", java.util.Arrays.asList(words).subList(words.length - k, words.length));
            if (DateParser.parse(tail, java.time.ZoneOffset.UTC).isPresent()) {
                b = String.join(" ", java.util.Arrays.asList(words).subList(0, words.length - k)).replaceAll("[\\s,|·•-]+$", "");
                break;
            }
        }
        // "Last Updated: <date>" was a dateline, not a name
        return b.endsWith(":") ? "" : b;
    }

    /** A byte-order mark, then a {@code <meta charset>} near the start, else UTF-8 or windows-1252 by content. */
    static String decode(byte[] bytes) {
        Matcher m = META_CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1));
        return TextDecoding.decode(bytes, m.find() ? m.group(1) : null);
    }

    private static InputException problem(SourceFile source, String message) {
        return new InputException(new Problem(SourcePosition.of(source.path()), message));
    }
}
