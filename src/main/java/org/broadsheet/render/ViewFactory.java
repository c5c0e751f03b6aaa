package org.broadsheet.render;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.broadsheet.config.EditionSettings;
import org.broadsheet.content.Article;
import org.broadsheet.content.Markdown;
import org.broadsheet.content.Page;
import org.broadsheet.site.Edition;
import org.broadsheet.site.Entry;
import org.broadsheet.site.Permalinks;
import org.broadsheet.site.Publication;
import org.broadsheet.site.Site;
import org.broadsheet.site.SiteBuilder;
import org.broadsheet.site.Tag;
import org.broadsheet.site.Timeline;

/** Turns the site model into the view records templates receive; each card is made once and shared. */
final class ViewFactory {

    /** An unhurried reading speed, for reading times. */
    static final int WORDS_PER_MINUTE = 230;
    /** An edition's e-mail files, beside its page. */
    static final String EMAIL_HTML = "email.html";
    static final String EMAIL_TEXT = "email.txt";

    private final Site site;
    private final Markdown markdown;
    /** How the links of article and page bodies are written. */
    private final BodyLinks bodyLinks;
    private final Locale locale;
    private final DateTimeFormatter dayFormat;
    private final DateTimeFormatter monthFormat;
    private final DateTimeFormatter weekdayFormat;
    private final DateTimeFormatter fullDayFormat;
    private final Map<String, Views.TagLink> tagLinks = new HashMap<>();
    private final Map<Entry, Views.ArticleCard> cards = new IdentityHashMap<>();

    /** Preview time for status badges, or null on a published site (no badges). */
    private final Instant previewTime;

    ViewFactory(Site site, Markdown markdown, Instant previewTime) {
        this.site = site;
        this.markdown = markdown;
        this.previewTime = previewTime;
        this.bodyLinks = new BodyLinks(site.config().markdown().rootPath());
        this.locale = site.config().locale();
        this.dayFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.monthFormat = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
        this.weekdayFormat = DateTimeFormatter.ofPattern("EEEE d MMMM", locale);
        this.fullDayFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        for (Tag tag : site.tags()) {
            tagLinks.put(tag.slug(), tagLink(tag));
        }
        for (Entry e : site.entries()) {
            cards.put(e, makeCard(e));
        }
    }

    Views.SiteView siteView() {
        var c = site.config();
        List<Views.Alternate> feeds = new ArrayList<>();
        for (OutputFormat f : OutputFormat.forListing("home", c.feeds())) {
            if (f.isFeed()) {
                feeds.add(new Views.Alternate(c.title() + " (" + f.label() + ")", f.label(), f.mediaType(),
                        Permalinks.besideFirstPage(Permalinks.HOME, f.fileName())));
            }
        }
        boolean editions = !site.editions().all().isEmpty();
        if (editions) {
            for (OutputFormat f : OutputFormat.forListing("editions", c.feeds())) {
                if (f.isFeed()) {
                    feeds.add(new Views.Alternate(c.title() + ": Editions (" + f.label() + ")", "Editions (" + f.label() + ")",
                            f.mediaType(), Permalinks.besideFirstPage(Permalinks.EDITIONS, f.fileName())));
                }
            }
        }
        List<Views.Link> menu = site.pages().stream().filter(p -> p.menu().isPresent())
                .sorted(Comparator.comparingInt((Page p) -> p.menu().getAsInt()).thenComparing(Page::title))
                .map(p -> new Views.Link(p.title(), Permalinks.page(p.slug()))).toList();
        return new Views.SiteView(c.title(), c.description(), c.language(), c.baseUrl(), feeds,
                editions ? Permalinks.EDITIONS : "", menu);
    }

    /** A page that is not an article, its Markdown rendered as the articles' is. */
    Views.ContentPage contentPage(Page page) {
        String root = Permalinks.rootFrom(Permalinks.page(page.slug()));
        String html = Markdown.from(page.file(), () -> markdown.toHtml(page.body(),
                bodyLinks.addresses(page.body(), site.links().ofPage(page.file()), path -> root + path)));
        String status = previewTime != null && page.draft() ? "draft" : "";
        return new Views.ContentPage(page.title(), page.description(), html, status, page.params());
    }

    Views.ArticleCard card(Entry e) {
        return cards.get(e);
    }

    List<Views.ArticleCard> cards(List<Entry> entries) {
        return entries.stream().map(this::card).toList();
    }

    Views.ArticlePage articlePage(Entry e, Entry newer, Entry older) {
        return articlePage(e, e, newer, older);
    }

    /**
     * The page of {@code e} where {@code placed} stands on the site: its related articles, stories and edition are
     * those of {@code placed}. The two differ only in serve's preview of an edit, where {@code e} is the edited
     * version of {@code placed}.
     */
    Views.ArticlePage articlePage(Entry e, Entry placed, Entry newer, Entry older) {
        Views.ArticleCard card = e == placed ? card(e) : makeCard(e);
        String original = webUrl(e.article().url());
        List<Entry> related = site.related().of(placed);
        List<Entry> earlier = site.stories().earlier(placed, related);
        String source = SiteBuilder.tagSlug(e.article().source());
        List<Entry> alsoCovered = site.stories().of(placed).stream()
                .filter(o -> o != placed && !o.article().source().isEmpty() && !SiteBuilder.tagSlug(o.article().source()).equals(source))
                .filter(o -> earlier.stream().noneMatch(x -> x == o))
                .toList();
        // a related article already listed with the story is not listed again
        List<Entry> otherRelated = related.stream()
                .filter(r -> earlier.stream().noneMatch(x -> x == r) && alsoCovered.stream().noneMatch(x -> x == r)).toList();
        Edition edition = site.editions().of(placed);
        return new Views.ArticlePage(card, original, new Views.Html(e.article().body(), List.of(e.links(), e.resources()), body -> Markdown.from(e.file(),
                () -> markdown.render(body, bodyLinks.addresses(body, e.links(), e.resources(), Permalinks.folderOf(e.path()),
                        path -> Permalinks.rootFrom(e.path()) + path)))),
                link(newer), link(older), cards(otherRelated), new Views.Derived(() -> jsonLd(e, card, original)),
                e.article().params(), cards(alsoCovered), cards(earlier),
                edition == null ? null : new Views.Link(editionName(edition), edition.path()));
    }

    /** Minutes at an unhurried {@link #WORDS_PER_MINUTE}, rounded up; never 0. */
    static int readingMinutes(int words) {
        return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }

    Views.EditionLink editionLink(Edition e) {
        String name = editionName(e);
        String title = e.intro() == null || e.intro().title().isEmpty() ? name : e.intro().title();
        String dates = e.start().equals(e.end()) ? e.start().format(dayFormat)
                : e.start().format(dayFormat) + " – " + e.end().format(dayFormat);
        return new Views.EditionLink(e.id(), name, title, dates, e.start().toString(), e.end().toString(), e.path(),
                e.storyCount(), e.entries().size());
    }

    /** "Week 51, 2014", "Saturday, 20 December 2014" or "December 2014", in the site's language. */
    String editionName(Edition e) {
        switch (site.editions().settings().period()) {
            case DAILY:
                return capitalise(e.start().format(fullDayFormat));
            case MONTHLY:
                return monthName(YearMonth.from(e.start()));
            default:
                String[] parts = e.id().split("-w");
                return "Week " + Integer.parseInt(parts[1]) + ", " + parts[0];
        }
    }

    /**
     * An edition's page, or its e-mail: then at most {@code maxStories} stories (featured first), the rest counted
     * in {@code more}.
     */
    Views.EditionPage editionPage(Edition e, int maxStories) {
        String base = site.config().baseUrl();
        int[] left = {maxStories};
        List<Views.Story> featured = stories(e.featured(), left);
        List<Views.Section> sections = new ArrayList<>();
        for (Edition.Section section : e.sections()) {
            List<Views.Story> stories = stories(section.stories(), left);
            if (!stories.isEmpty()) {
                String path = section.slug().isEmpty() ? ""
                        : site.editions().settings().groupBy() == EditionSettings.GroupBy.TAG
                                ? Permalinks.tag(section.slug(), 1) : Permalinks.publication(section.slug(), 1);
                sections.add(new Views.Section(section.name(), path, stories));
            }
        }
        Edition newer = site.editions().newer(e);
        Edition older = site.editions().older(e);
        String intro = e.intro() == null ? "" : Markdown.from(e.intro().file(), () -> markdown.fragmentToHtml(e.intro().body()));
        return new Views.EditionPage(editionLink(e), intro, featured, sections,
                newer == null ? null : editionLink(newer), older == null ? null : editionLink(older),
                Permalinks.absolute(base, e.path()),
                base.isEmpty() ? "" : Permalinks.besideFirstPage(e.path(), EMAIL_HTML),
                base.isEmpty() ? "" : Permalinks.besideFirstPage(e.path(), EMAIL_TEXT),
                e.storyCount() - Math.min(e.storyCount(), maxStories));
    }

    private List<Views.Story> stories(List<Edition.Story> stories, int[] left) {
        List<Views.Story> views = new ArrayList<>();
        for (Edition.Story story : stories) {
            if (left[0] <= 0) {
                break;
            }
            left[0]--;
            views.add(new Views.Story(card(story.lead()), cards(story.others())));
        }
        return views;
    }

    List<Views.EditionLink> editionLinks() {
        return site.editions().all().stream().map(this::editionLink).toList();
    }

    private String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(locale) + s.substring(1);
    }

    /** schema.org {@code NewsArticle}: the publisher is the original publication, the url the original article. */
    private String jsonLd(Entry e, Views.ArticleCard card, String original) {
        var a = e.article();
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "NewsArticle");
        ld.put("headline", a.title());
        ld.put("datePublished", card.isoDate());
        if (!a.author().isEmpty()) {
            ld.put("author", thing("Person", a.author()));
        }
        if (!a.source().isEmpty()) {
            ld.put("publisher", thing("Organization", a.source()));
        }
        String permalink = Permalinks.absolute(site.config().baseUrl(), e.path());
        if (!original.isEmpty() || !permalink.isEmpty()) {
            ld.put("url", original.isEmpty() ? permalink : original);
        }
        if (!permalink.isEmpty()) {
            ld.put("mainEntityOfPage", permalink);
        }
        if (!e.summary().isEmpty()) {
            ld.put("description", e.summary());
        }
        if (!a.tags().isEmpty()) {
            ld.put("keywords", card.tags().stream().map(Views.TagRef::name).toList());
        }
        ld.put("inLanguage", site.config().language());
        return Json.write(ld);
    }

    private static Map<String, Object> thing(String type, String name) {
        Map<String, Object> thing = new LinkedHashMap<>();
        thing.put("@type", type);
        thing.put("name", name);
        return thing;
    }

    static Views.TagLink tagLink(Tag tag) {
        return new Views.TagLink(tag.name(), Permalinks.tag(tag.slug(), 1), tag.count());
    }

    List<Views.TagLink> tagLinks() {
        return site.tags().stream().map(t -> tagLinks.get(t.slug())).toList();
    }

    static Views.PublicationLink publicationLink(Publication p) {
        return new Views.PublicationLink(p.name(), Permalinks.publication(p.slug(), 1), p.count());
    }

    List<Views.PublicationLink> publicationLinks() {
        return site.publications().stream().map(ViewFactory::publicationLink).toList();
    }

    String monthName(YearMonth month) {
        return capitalise(month.format(monthFormat));
    }

    Views.MonthLink monthLink(Timeline.Month m) {
        return new Views.MonthLink(monthName(m.month()), Permalinks.month(m.month()), m.count());
    }

    Views.YearLink yearLink(Timeline.Year y) {
        List<Views.MonthLink> months = new ArrayList<>();
        for (Timeline.Month m : y.months()) {
            months.add(monthLink(m));
        }
        return new Views.YearLink(y.year(), Permalinks.year(y.year()), y.count(), months);
    }

    /** A month's articles by day, newest day first, each day a section its articles' pages link to. */
    List<Views.Day> days(Timeline.Month m) {
        Map<LocalDate, List<Entry>> byDay = new LinkedHashMap<>();
        for (Entry e : m.entries()) {
            byDay.computeIfAbsent(e.day(), d -> new ArrayList<>()).add(e);
        }
        List<Views.Day> days = new ArrayList<>();
        byDay.forEach((day, entries) -> {
            days.add(new Views.Day(capitalise(day.format(weekdayFormat)), day.toString(),
                    Permalinks.dayAnchor(day), cards(entries)));
        });
        return days;
    }

    /** The timeline's chart: every month from the first article to the last, empty months included. */
    Views.Chart chart(Timeline timeline) {
        return MonthChart.of(timeline, this::monthName, m -> m.getMonth().getDisplayName(TextStyle.SHORT, locale));
    }

    private Views.ArticleCard makeCard(Entry e) {
        var a = e.article();
        // spellings of one tag (Climate, Clímate) are listed once, as the tag they make
        List<Views.TagRef> tags = a.tags().stream().map(SiteBuilder::tagSlug).distinct().map(tagLinks::get)
                .map(t -> new Views.TagRef(t.name(), t.path())).toList();
        String iso = a.date().hasTime() ? a.date().toText() : e.day().toString();
        String sourcePath = a.source().isEmpty() ? "" : Permalinks.publication(SiteBuilder.tagSlug(a.source()), 1);
        String note = a.note().isEmpty() ? "" : Markdown.from(e.file(), () -> markdown.fragmentToHtml(a.note()));
        return new Views.ArticleCard(a.title(), e.path(), e.day().format(dayFormat), iso, a.source(), sourcePath,
                a.author(), e.summary(), Permalinks.day(e.day()), tags, status(a), note, a.featured());
    }

    private String status(Article a) {
        if (previewTime == null) {
            return "";
        }
        return a.draft() ? "draft" : a.date().instant().isAfter(previewTime) ? "future" : "";
    }

    /** Only http(s) links to originals reach a page: a {@code javascript:} URL in front matter must not. */
    static String webUrl(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? url.strip() : "";
    }

    private Views.Link link(Entry e) {
        return e == null ? null : new Views.Link(e.article().title(), e.path());
    }
}
