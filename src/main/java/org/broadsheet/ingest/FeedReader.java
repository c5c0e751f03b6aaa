package org.broadsheet.ingest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.broadsheet.content.Article;
import org.broadsheet.content.ArticleDate;
import org.broadsheet.content.Markdown;
import org.broadsheet.error.InputException;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;
import org.broadsheet.fs.Hashes;
import org.broadsheet.ingest.feed.FeedAdImages;
import org.broadsheet.ingest.feed.FeedTags;
import org.broadsheet.ingest.feed.FeedXml;
import org.broadsheet.ingest.feed.MediaRss;
import org.broadsheet.ingest.html.HtmlSanitizer;
import org.broadsheet.ingest.html.HtmlToMarkdown;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.jsoup.Jsoup;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.SyndFeedInput;

/**
 * Reads RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 feeds with Rome, one article per item: title, link, guid, date (read from
 * the item's own text with {@link DateParser}, so its offset is kept), author, categories as tags, and the fullest
 * content ({@code content:encoded}, Atom content, else the description, else a Media RSS description such as
 * YouTube's) as Markdown. A feed that is not well-formed is read leniently when it can be, with a warning; an item
 * without a date or text fails alone.
 */
public final class FeedReader implements SourceReader {

    private static final Pattern FEED_START = Pattern.compile(
            "^(?:\\s|<\\?[^>]*\\?>|<!--.*?-->|<!DOCTYPE[^>\\[]*(?:\\[.*?\\])?\\s*>)*<(?:rss|feed|(?:\\w+:)?RDF)[\\s>/]",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final List<String> DATE_ELEMENTS = List.of("published", "pubDate", "issued", "date", "created", "updated", "modified");
    private static final int TITLE_FROM_TEXT = 80;

    private final DatePolicy dates;
    private final HtmlToMarkdown markdown;

    public FeedReader(DatePolicy dates, HtmlToMarkdown markdown) {
        this.dates = dates;
        this.markdown = markdown;
    }

    @Override
    public String kind() {
        return "feed";
    }

    @Override
    public boolean accepts(SourceFile source) {
        String text = FeedXml.decode(java.util.Arrays.copyOf(source.bytes(), Math.min(source.bytes().length, 8192)));
        return FEED_START.matcher(text.startsWith("\uFEFF") ? text.substring(1) : text).find();
    }

    @Override
    public List<Article> read(SourceFile source) {
        List<Article> articles = new ArrayList<>();
        for (SourceItem item : readAll(source).items()) {
            if (item.failed()) {
                throw new InputException(item.problems());
            }
            articles.add(item.article());
        }
        return articles;
    }

    @Override
    public SourceReading readAll(SourceFile source) {
        List<Problem> warnings = new ArrayList<>();
        Document xml = parse(source, warnings);
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(xml);
        } catch (NullPointerException e) { // Rome's way of saying a required element is missing
            throw problem(source, 0, "not a complete feed: the <" + xml.getRootElement().getName()
                    + "> element lacks what every feed has (a <channel>, or feed entries)");
        } catch (Exception e) { // Rome signals "not a feed" with unchecked exceptions too
            throw problem(source, 0, "not a feed Broadsheet can read: " + message(e));
        }
        List<Element> itemElements = itemElements(xml.getRootElement(), new ArrayList<>());
        List<SyndEntry> entries = feed.getEntries();
        boolean aligned = itemElements.size() == entries.size();
        // some feeds give every item the same link or guid (their front page): then it names no single item
        java.util.Map<String, Long> uses = entries.stream().flatMap(e -> java.util.stream.Stream.of(
                e.getLink() == null ? "" : e.getLink().strip(), e.getUri() == null ? "" : e.getUri().strip()).distinct())
                .collect(java.util.stream.Collectors.groupingBy(x -> x, java.util.stream.Collectors.counting()));
        List<SourceItem> items = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            items.add(item(source, feed, entries.get(i), aligned ? itemElements.get(i) : null, i + 1,
                    x -> uses.getOrDefault(x == null ? "" : x.strip(), 0L) > 1));
        }
        if (items.isEmpty()) {
            warnings.add(new Problem(SourcePosition.of(source.path()), "the feed has no items"));
        }
        return new SourceReading(kind(), items, warnings);
    }

    private Document parse(SourceFile source, List<Problem> warnings) {
        String text = FeedXml.decode(source.bytes());
        try {
            text = FeedXml.withoutDoctype(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (FeedXml.Unreadable e) {
            throw problem(source, e.line(), e.getMessage());
        }
        try {
            return FeedXml.parseStrict(text);
        } catch (FeedXml.Unreadable strict) {
            try {
                Document lenient = FeedXml.parseLenient(text);
                warnings.add(new Problem(SourcePosition.of(source.path(), strict.line()),
                        "not well-formed XML (" + strict.getMessage() + "); read leniently, check the result"));
                return lenient;
            } catch (FeedXml.Unreadable e) {
                throw problem(source, strict.line(), "not well-formed XML, and not readable even leniently: " + strict.getMessage());
            }
        }
    }

    private SourceItem item(SourceFile source, SyndFeed feed, SyndEntry entry, Element element, int number,
            java.util.function.Predicate<String> shared) {
        boolean linkShared = shared.test(entry.getLink());
        boolean guidShared = entry.getUri() != null && shared.test(entry.getUri());
        String link = linkShared ? "" : absolute(entry.getLink(), feed.getLink());
        String guid = entry.getUri() == null || guidShared ? "" : entry.getUri().strip();
        String id = !guid.isEmpty() ? guid : link;
        String title = text(entry.getTitle());
        String label = "item " + number + (title.isEmpty() ? "" : " '" + Markdown.shorten(title, 60) + "'");
        try {
            String html = content(entry, String.valueOf(feed.getFeedType()).startsWith("rss"));
            String base = link.isEmpty() ? absolute(feed.getLink(), null) : link;
            String body = !html.isEmpty() ? markdown(html, base) : MediaRss.description(entry)
                    .map(d -> d.html() ? markdown(d.text(), base) : PlainTextMarkdown.lines(d.text())).orElse("");
            String summaryText = entry.getDescription() == null ? "" : text(entry.getDescription().getValue());
            if (title.isEmpty()) {
                String from = !summaryText.isEmpty() ? summaryText : ArticleText.of(body);
                title = Markdown.shorten(from.replaceAll("\\s+", " ").strip(), TITLE_FROM_TEXT);
            }
            if (title.isEmpty()) {
                return failed(id, label, source, "has no title and no text");
            }
            if (body.isEmpty() && link.isEmpty()) {
                return failed(id, label, source, "has no text and no link to the article");
            }
            ArticleDate date = date(element, entry).orElseGet(() -> dates.missing(source, 0, "feed " + label));
            Article article = Article.of(title, date, body)
                    .withSource(text(feed.getTitle()))
                    .withUrl(publishersLink(element, link))
                    .withAuthor(author(entry))
                    .withTags(FeedTags.of(entry, element))
                    .withSummary(hasFullContent(entry) && !startsLike(ArticleText.of(body), summaryText) ? Markdown.shorten(summaryText, 300) : "");
            if (id.isEmpty()) {
                id = title + " " + date.toText();
            }
            return new SourceItem(id, label, article, List.of(), sourceSha(feed, element, linkShared, guidShared));
        } catch (InputException e) {
            return new SourceItem(id, label, null, e.problems());
        } catch (RuntimeException e) {
            // whatever a hostile item does to the converters, it costs only that item
            return failed(id, label, source, "could not be converted: " + message(e));
        }
    }

    /**
     * A SHA-256 of what the item is read from: its XML, and what of the feed goes into it (the feed's kind, title and
     * link; whether other items share the item's link or guid). By it import tells a changed item from a changed
     * conversion of the same item. Empty (not known) when the item's XML could not be matched to Rome's entry.
     */
    private static String sourceSha(SyndFeed feed, Element element, boolean linkShared, boolean guidShared) {
        if (element == null) {
            return "";
        }
        String read = String.join("\n", String.valueOf(feed.getFeedType()), String.valueOf(feed.getTitle()),
                String.valueOf(feed.getLink()), linkShared + " " + guidShared, new XMLOutputter(Format.getRawFormat()).outputString(element));
        return Hashes.sha256(read.getBytes(StandardCharsets.UTF_8));
    }

    /** The item's HTML as Markdown, without the feed's ad images (found before the sanitiser drops their sizes). */
    private String markdown(String html, String base) {
        org.jsoup.nodes.Element content = Jsoup.parseBodyFragment(html, base).body();
        FeedAdImages.removeFrom(content);
        return markdown.convert(HtmlSanitizer.sanitize(content, base), base);
    }

    private static SourceItem failed(String id, String label, SourceFile source, String why) {
        return new SourceItem(id, label, null, List.of(new Problem(SourcePosition.of(source.path()), "feed " + label + " " + why)));
    }

    /**
     * The article's address at its publisher: a feed service's redirecting link (FeedBurner's {@code feedproxy} and
     * {@code ~r/} links, which count clicks and can expire) gives way to the original it names in
     * {@code feedburner:origLink}. The item keeps its identity (guid or link) either way.
     */
    private static String publishersLink(Element element, String link) {
        if (element != null && !link.isEmpty()) { // a link every item shares names none, and so does its original
            for (Element child : element.getChildren()) {
                String original = child.getTextTrim();
                if (child.getName().equals("origLink") && (original.startsWith("https://") || original.startsWith("http://"))) {
                    return original;
                }
            }
        }
        return link.startsWith("http") ? link : "";
    }

    /** The item's date from its own text: published first, then updated and the like. */
    private Optional<ArticleDate> date(Element element, SyndEntry entry) {
        if (element != null) {
            for (String name : DATE_ELEMENTS) {
                for (Element child : element.getChildren()) {
                    if (child.getName().equals(name)) {
                        Optional<ArticleDate> d = DateParser.parse(child.getTextTrim(), dates.zone());
                        if (d.isPresent()) {
                            return d;
                        }
                    }
                }
            }
        }
        java.util.Date d = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return d == null ? Optional.empty()
                : Optional.of(ArticleDate.ofMoment(d.toInstant().atOffset(java.time.ZoneOffset.UTC)));
    }

    /** The item elements in document order: RSS items (under the channel, or beside it in RSS 1.0) or Atom entries. */
    private static List<Element> itemElements(Element e, List<Element> found) {
        for (Element child : e.getChildren()) {
            String name = child.getName();
            if (name.equals("item") || name.equals("entry")) {
                found.add(child);
            } else if (name.equals("channel")) {
                itemElements(child, found);
            }
        }
        return found;
    }

    /** A summary that is just the start of the text adds nothing. */
    private static boolean startsLike(String text, String summary) {
        String head = summary.replaceAll("(\\s*(…|\\.\\.\\.|\\[…\\]))+$", "").replaceAll("\\s+", " ").strip();
        return head.isEmpty() || text.replaceAll("\\s+", " ").startsWith(head);
    }

    private static boolean hasFullContent(SyndEntry entry) {
        return entry.getContents().stream().anyMatch(c -> c.getValue() != null && !c.getValue().isBlank());
    }

    /**
     * The fullest text of the item as HTML: its content, else its description; plain text is escaped. An RSS
     * description is HTML (entity-encoded) whatever Rome says: it calls RSS 1.0's and 0.91's plain text, yet those
     * feeds put markup there as RSS 2.0's do.
     */
    private static String content(SyndEntry entry, boolean rss) {
        List<SyndContent> candidates = new ArrayList<>(entry.getContents());
        if (entry.getDescription() != null) {
            candidates.add(entry.getDescription());
        }
        for (SyndContent c : candidates) {
            String value = c.getValue();
            if (value == null || value.isBlank()) {
                continue;
            }
            String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
            boolean rssDescription = rss && c == entry.getDescription();
            if ((type.equals("text") || type.equals("text/plain")) && !rssDescription) {
                StringBuilder html = new StringBuilder();
                for (String para : value.strip().split("\\n\\s*\\n")) {
                    html.append("<p>").append(org.jsoup.nodes.Entities.escape(para.strip())).append("</p>");
                }
                return html.toString();
            }
            return value;
        }
        return "";
    }

    private static String author(SyndEntry entry) {
        if (entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
            return text(entry.getAuthor());
        }
        List<String> names = entry.getAuthors().stream().map(SyndPerson::getName).filter(n -> n != null && !n.isBlank()).toList();
        return text(String.join(", ", names));
    }

    /** Titles and names may carry markup and entities: their text. */
    private static String text(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String v = value.strip();
        return (v.contains("<") || v.contains("&") ? Jsoup.parse(v).text() : v).replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static String absolute(String link, String base) {
        if (link == null || link.isBlank()) {
            return "";
        }
        String l = link.strip();
        try {
            URI uri = new URI(l.replace(" ", "%20"));
            if (!uri.isAbsolute() && base != null && !base.isBlank()) {
                return new URI(base.strip()).resolve(uri).toString();
            }
        } catch (Exception e) {
            return l;
        }
        return l;
    }

    private static String message(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }

    private static InputException problem(SourceFile source, int line, String message) {
        return new InputException(new Problem(SourcePosition.of(source.path(), line), message));
    }

}
