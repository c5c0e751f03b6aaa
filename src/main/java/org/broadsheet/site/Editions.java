package org.broadsheet.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.broadsheet.config.EditionSettings;
import org.broadsheet.content.Article;
import org.broadsheet.content.EditionIntro;
import org.broadsheet.error.Diagnostics;
import org.broadsheet.error.InputException;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;

/** The digest's editions, newest first, with their neighbours; none when the config says {@code edition: none}. */
public final class Editions {

    /**
     * The editor's order within an edition and at the head of the home page: featured first, then higher priority,
     * then newer. Sorting with it is stable, so the site's order settles the rest.
     */
    public static final Comparator<Entry> EDITORIAL_ORDER = Comparator
            .comparing((Entry e) -> !e.article().featured())
            .thenComparing(e -> -e.article().priority())
            .thenComparing((Entry e) -> e.article().date(), Comparator.reverseOrder());

    private final EditionSettings settings;
    private final List<Edition> editions;
    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<Entry, Edition> byEntry = new IdentityHashMap<>();

    private Editions(EditionSettings settings, List<Edition> editions) {
        this.settings = settings;
        this.editions = List.copyOf(editions);
        for (int i = 0; i < editions.size(); i++) {
            positions.put(editions.get(i).id(), i);
            for (Entry e : editions.get(i).entries()) {
                byEntry.put(e, editions.get(i));
            }
        }
    }

    public EditionSettings settings() {
        return settings;
    }

    /** Every edition with articles, newest first. */
    public List<Edition> all() {
        return editions;
    }

    /** The edition after {@code edition}, or null for the newest. */
    public Edition newer(Edition edition) {
        int at = positions.get(edition.id());
        return at > 0 ? editions.get(at - 1) : null;
    }

    /** The edition before {@code edition}, or null for the oldest. */
    public Edition older(Edition edition) {
        int at = positions.get(edition.id());
        return at + 1 < editions.size() ? editions.get(at + 1) : null;
    }

    /** The edition an article appears in, or null when there are no editions. */
    public Edition of(Entry entry) {
        return byEntry.get(entry);
    }

    /**
     * Bundles the entries into editions and matches the editors' introductions to them.
     *
     * @param entries all published articles, newest first
     * @throws InputException naming every introduction whose file name is not an edition of the configured period
     */
    public static Editions build(EditionSettings settings, List<Entry> entries, List<EditionIntro> intros, Stories stories,
            Map<String, Tag> tagsBySlug, Diagnostics diagnostics) {
        if (!settings.enabled()) {
            if (!intros.isEmpty()) {
                diagnostics.warn(new Problem(SourcePosition.of(intros.get(0).file()), "the config says 'edition: none', so the "
                        + intros.size() + " introduction(s) in content/editions/ are not published; set 'edition: weekly' (or daily, monthly) to publish editions"));
            }
            return new Editions(settings, List.of());
        }
        EditionCalendar calendar = new EditionCalendar(settings);
        Map<String, List<Entry>> byId = new TreeMap<>(Comparator.reverseOrder());
        Map<String, LocalDate> starts = new HashMap<>();
        for (Entry e : entries) {
            LocalDate day = e.article().date().day(settings.zone());
            String id = calendar.id(day);
            byId.computeIfAbsent(id, k -> new ArrayList<>()).add(e);
            starts.putIfAbsent(id, calendar.start(day));
        }
        Map<String, EditionIntro> introById = matchIntros(intros, calendar, byId, diagnostics);

        List<Edition> editions = new ArrayList<>();
        byId.forEach((id, list) -> {
            List<Entry> ordered = new ArrayList<>(list);
            ordered.sort(EDITORIAL_ORDER);
            LocalDate start = starts.get(id);
            editions.add(arrange(id, start, calendar.end(start), ordered, introById.get(id), stories, settings.groupBy(), tagsBySlug));
        });
        // ids of one period sort like their dates, so the TreeMap's order is newest first
        return new Editions(settings, editions);
    }

    private static Map<String, EditionIntro> matchIntros(List<EditionIntro> intros, EditionCalendar calendar,
            Map<String, List<Entry>> byId, Diagnostics diagnostics) {
        Map<String, EditionIntro> matched = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (EditionIntro intro : intros) {
            if (calendar.startOf(intro.id()).isEmpty()) {
                problems.add(new Problem(SourcePosition.of(intro.file(), 1), "'" + intro.id() + "' is not the name of an edition: "
                        + "with the configured period, introductions are named like " + calendar.example()
                        + ".md (the edition of 20 December 2014)" + range(byId)));
            } else if (!byId.containsKey(intro.id())) {
                diagnostics.warn(new Problem(SourcePosition.of(intro.file(), 1), "edition " + intro.id()
                        + " has no articles yet, so its introduction is not published until it has"));
            } else {
                matched.put(intro.id(), intro);
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return matched;
    }

    private static String range(Map<String, List<Entry>> byId) {
        if (byId.isEmpty()) {
            return "";
        }
        List<String> ids = new ArrayList<>(byId.keySet());
        return "; this digest's editions run from " + ids.get(ids.size() - 1) + " to " + ids.get(0);
    }

    /** Each story once, led by its first article in the editor's order; featured stories apart, the rest in sections. */
    private static Edition arrange(String id, LocalDate start, LocalDate end, List<Entry> ordered, EditionIntro intro,
            Stories stories, EditionSettings.GroupBy groupBy, Map<String, Tag> tagsBySlug) {
        // stories by identity: members of one cluster share one list
        Map<List<Entry>, List<Entry>> byStory = new IdentityHashMap<>();
        List<List<Entry>> inOrder = new ArrayList<>();
        for (Entry e : ordered) {
            List<Entry> members = byStory.computeIfAbsent(stories.of(e), s -> new ArrayList<>());
            if (members.isEmpty()) {
                inOrder.add(members);
            }
            members.add(e);
        }
        List<Edition.Story> featured = new ArrayList<>();
        Map<String, List<Edition.Story>> sectionStories = new LinkedHashMap<>();
        Map<String, String> sectionNames = new HashMap<>();
        Function<Article, String> sectionName = groupBy == EditionSettings.GroupBy.TAG
                ? a -> a.tags().isEmpty() ? "" : tagsBySlug.get(SiteBuilder.tagSlug(a.tags().get(0))).name()
                : Article::source;
        for (List<Entry> members : inOrder) {
            Edition.Story story = new Edition.Story(members.get(0), members.subList(1, members.size()));
            if (story.lead().article().featured()) {
                featured.add(story);
            } else {
                String name = sectionName.apply(story.lead().article());
                String slug = name.isEmpty() ? "" : SiteBuilder.tagSlug(name);
                sectionNames.putIfAbsent(slug, name);
                sectionStories.computeIfAbsent(slug, k -> new ArrayList<>()).add(story);
            }
        }
        List<Edition.Section> sections = new ArrayList<>();
        sectionStories.forEach((slug, list) -> sections.add(new Edition.Section(sectionNames.get(slug), slug, list)));
        // the biggest sections first, stories without a tag or publication last
        sections.sort(Comparator.comparing((Edition.Section s) -> s.slug().isEmpty())
                .thenComparing(s -> -s.stories().size())
                .thenComparing(s -> s.name().toLowerCase(Locale.ROOT)));
        return new Edition(id, start, end, Permalinks.edition(id), intro, ordered, featured, sections);
    }
}
