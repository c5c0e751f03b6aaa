package org.broadsheet.render;

import java.util.List;
import java.util.Map;

/**
 * The records templates see. Templates get these and nothing else: no access to the model, services or files.
 * Every {@code path} is relative to the site root; templates prefix it with {@code root} to make it relative to the
 * page being rendered.
 */
public final class Views {

    private Views() {
    }

    /**
     * A view record that one build puts on many pages (an article's card is on its listings, its month and the pages
     * of related articles): {@link Fingerprint} hashes each once per build. Any other record is hashed where it is
     * met, which costs less than remembering it.
     */
    sealed interface Shared permits SiteView, ArticleCard {
    }

    /**
     * The digest's own settings.
     *
     * @param feeds the site's feeds, announced on every page
     * @param editionsPath the editions index, empty when the digest publishes no editions
     * @param menu the pages that are not articles and asked for a place in the navigation ({@code menu:}), in order
     */
    public record SiteView(String title, String description, String language, String baseUrl, List<Alternate> feeds,
            String editionsPath, List<Link> menu) implements Shared {
        public SiteView {
            feeds = List.copyOf(feeds);
            menu = List.copyOf(menu);
        }
    }

    /**
     * Where the page at an old address ({@code aliases:}) sends readers.
     *
     * @param url absolute, empty without a base URL
     */
    public record Redirect(String title, String path, String url) {
    }

    /**
     * A page that is not an article (About…), from {@code content/pages/}.
     *
     * @param description empty when the page has none (the site's is shown to search engines)
     * @param html its Markdown as HTML
     * @param status empty on a published site; in {@code serve}'s preview "draft" for a draft, as on article cards
     * @param params its other front-matter keys
     */
    public record ContentPage(String title, String description, String html, String status, Map<String, Object> params) {
    }

    /**
     * What every page knows about itself.
     *
     * @param url the page's absolute URL (canonical, Open Graph), empty without a base URL
     * @param feeds feeds of this page's own listing (a tag's, a publication's), besides the site's
     */
    public record PageView(String title, String path, String kind, String url, List<Alternate> feeds) {
        public PageView {
            feeds = List.copyOf(feeds);
        }
    }

    /**
     * A feed of a page, for {@code <link rel="alternate">} and visible feed links.
     *
     * @param title the feed's full name, e.g. "Digest: Climate (Atom feed)"
     * @param label the format's name, e.g. "Atom feed"
     */
    public record Alternate(String title, String label, String type, String path) {
    }

    public record Link(String title, String path) {
    }

    /** A tag as an article shows it: its name and its page (no count, so a card does not change with every tag use). */
    public record TagRef(String name, String path) {
    }

    public record TagLink(String name, String path, int count) {
    }

    public record PublicationLink(String name, String path, int count) {
    }

    /**
     * An article as shown in lists: home, tag, month pages.
     *
     * @param sourcePath the page of its publication, empty when it names none
     * @param dayPath its day on the month page
     * @param status empty on a published site; in {@code serve}'s preview "draft" or "future" (dated after the
     *        build), which the theme shows as a badge
     * @param note the editor's note as HTML, empty when there is none
     * @param featured the editor marked the article to lead
     */
    public record ArticleCard(String title, String path, String date, String isoDate, String source, String sourcePath,
            String author, String summary, String dayPath, List<TagRef> tags, String status, String note,
            boolean featured) implements Shared {
        public ArticleCard {
            tags = List.copyOf(tags);
        }
    }

    /**
     * An article's own page: its card, the original URL, the body as HTML, neighbours in time, related articles,
     * its JSON-LD description for search engines, and front-matter keys Broadsheet does not interpret.
     *
     * @param related related articles, besides those listed with the story
     * @param words the body's length in words; {@code minutes} the reading time they take (at least 1)
     * @param alsoCoveredBy other publications' reports of the same story (those not listed as earlier)
     * @param earlier earlier articles of the same story, or strongly related ones, latest first
     * @param edition the edition the article appears in, or null
     */
    public record ArticlePage(ArticleCard card, String url, Html html, Link newer, Link older,
            List<ArticleCard> related, Derived jsonLd, Map<String, Object> params,
            List<ArticleCard> alsoCoveredBy, List<ArticleCard> earlier, Link edition) {
        public ArticlePage {
            related = List.copyOf(related);
            alsoCoveredBy = List.copyOf(alsoCoveredBy);
            earlier = List.copyOf(earlier);
        }

        /** Words a reader reads in the body (its text, not markup), counted when the page is rendered. */
        public int words() {
            return html.words();
        }

        /** Reading time at an unhurried pace, rounded up; never 0. */
        public int minutes() {
            return ViewFactory.readingMinutes(words());
        }
    }

    /**
     * An edition in lists and links.
     *
     * @param name what the period is called, e.g. "Week 51, 2014" or "December 2014"
     * @param title the editor's headline for it, or else its name
     * @param dates its first and last day in words; {@code isoStart}, {@code isoEnd} the same as ISO dates
     * @param stories how many stories it has (a story several publications reported counts once)
     */
    public record EditionLink(String id, String name, String title, String dates, String isoStart, String isoEnd,
            String path, int stories, int articles) {
    }

    /** A story in an edition: its leading article and the other reports of it, which name their publications. */
    public record Story(ArticleCard lead, List<ArticleCard> others) {
        public Story {
            others = List.copyOf(others);
        }
    }

    /**
     * The stories of one tag or publication in an edition.
     *
     * @param name empty for stories without a tag or publication
     * @param path the tag's or publication's page, empty when there is none
     */
    public record Section(String name, String path, List<Story> stories) {
        public Section {
            stories = List.copyOf(stories);
        }
    }

    /**
     * An edition's page (and its e-mail and feed entry): the introduction as HTML, the featured stories, the
     * sections, its neighbours (null at the ends), and its own URL and e-mail files.
     *
     * @param url the page's absolute URL, empty without a base URL
     * @param emailPath its {@code email.html}, empty without a base URL (an e-mail needs absolute links)
     * @param more stories left out of a shortened e-mail, 0 everywhere else
     */
    public record EditionPage(EditionLink edition, String intro, List<Story> featured, List<Section> sections,
            EditionLink newer, EditionLink older, String url, String emailPath, String textPath, int more) {
        public EditionPage {
            featured = List.copyOf(featured);
            sections = List.copyOf(sections);
        }
    }

    /** Position in a paginated listing; {@code previous}/{@code next} are null at the ends. */
    public record Pager(int number, int total, String previous, String next) {
    }

    public record MonthLink(String name, String path, int count) {
    }

    public record YearLink(int year, String path, int count, List<MonthLink> months) {
        public YearLink {
            months = List.copyOf(months);
        }
    }

    /** A day's articles on a month page; {@code anchor} is the id of its section. */
    public record Day(String name, String isoDate, String anchor, List<ArticleCard> articles) {
        public Day {
            articles = List.copyOf(articles);
        }
    }

    /**
     * Articles per month as a bar chart drawn at build time (inline SVG, no script). Coordinates are in the SVG's
     * own units; {@code summary} says in words what the chart shows.
     */
    public record Chart(int width, int height, int left, int right, int baseline, int max, List<Bar> bars,
            List<Label> labels, List<Label> gridlines, String summary) {
        public Chart {
            bars = List.copyOf(bars);
            labels = List.copyOf(labels);
            gridlines = List.copyOf(gridlines);
        }
    }

    /** One month's bar; {@code title} is the month and its count in words. */
    public record Bar(int x, int y, int width, int height, String title) {
    }

    /** A piece of text at a position: a year under the axis, a count beside a grid line; anchor as in SVG. */
    public record Label(int x, int y, String anchor, String text) {
    }

    /**
     * HTML made from Markdown when a template first shows it, not before: a page that need not be rendered again
     * never converts its Markdown. Templates use it like a string ({@code ${article.html?no_esc}}).
     */
    public static final class Html implements freemarker.template.TemplateScalarModel {

        private final String source;
        private final Object addressInputs;
        private final java.util.function.Function<String, org.broadsheet.content.Markdown.Rendered> convert;
        private volatile org.broadsheet.content.Markdown.Rendered rendered;

        /**
         * @param addressInputs what {@code convert} writes the text's links with, besides the text: where its links to
         *     other content files lead, and the files published with it
         */
        Html(String source, Object addressInputs,
                java.util.function.Function<String, org.broadsheet.content.Markdown.Rendered> convert) {
            this.source = source;
            this.addressInputs = addressInputs;
            this.convert = convert;
        }

        /** The Markdown it is made from. */
        public String source() {
            return source;
        }

        /** What its links are written with, besides the text: the HTML changes with it. */
        public Object addressInputs() {
            return addressInputs;
        }

        /** The number of words in it, from the same single conversion. */
        public int words() {
            return rendered().words();
        }

        private org.broadsheet.content.Markdown.Rendered rendered() {
            org.broadsheet.content.Markdown.Rendered r = rendered;
            if (r == null) {
                r = convert.apply(source);
                rendered = r;
            }
            return r;
        }

        @Override
        public String getAsString() {
            return rendered().html();
        }

        @Override
        public String toString() {
            return getAsString();
        }
    }

    /**
     * Text made only from other parts of the same page model (e.g. an article's JSON-LD from its card), computed
     * when a template first shows it. Its fingerprint is constant: the parts it is made from carry the page's.
     */
    public static final class Derived implements freemarker.template.TemplateScalarModel {

        private final java.util.function.Supplier<String> make;
        private volatile String value;

        Derived(java.util.function.Supplier<String> make) {
            this.make = make;
        }

        @Override
        public String getAsString() {
            String v = value;
            if (v == null) {
                v = make.get();
                value = v;
            }
            return v;
        }

        @Override
        public String toString() {
            return getAsString();
        }
    }
}
