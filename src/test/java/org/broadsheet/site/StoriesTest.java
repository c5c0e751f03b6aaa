package org.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.broadsheet.config.SiteConfig;
import org.broadsheet.config.StorySettings;
import org.broadsheet.content.ContentFile;
import org.broadsheet.content.ContentLoader;
import org.broadsheet.content.Markdown;
import org.broadsheet.error.Diagnostics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Story clusters on a fixture whose clusters are known ({@code stories/}: each article's {@code story:} is the
 * cluster an editor would choose), measured pair by pair: of the pairs put in one story, how many belong together
 * (precision), and of the pairs that belong together, how many were found (recall).
 */
class StoriesTest {

    static List<ContentFile> fixture;

    @BeforeAll
    static void load() {
        fixture = ContentLoader.load(Path.of("src/test/resources/stories/content"), ZoneId.of("UTC"));
    }

    private static Site build(List<ContentFile> content, StorySettings settings) {
        SiteConfig defaults = SiteConfig.defaults(Path.of("/site"));
        SiteConfig config = new SiteConfig(defaults.title(), "", "", "en", 10, ZoneId.of("UTC"), defaults.paths(),
                defaults.imports(), defaults.markdown(), defaults.feeds(), defaults.publish(), defaults.editions(), settings,
                defaults.permalink());
        return SiteBuilder.build(config, content, new Markdown(), false, Diagnostics.SILENT);
    }

    /** Unordered pairs of file names, "a|b" with a before b. */
    private static Set<String> pairs(List<List<Entry>> groups) {
        Set<String> pairs = new HashSet<>();
        for (List<Entry> group : groups) {
            for (Entry a : group) {
                for (Entry b : group) {
                    String x = name(a);
                    String y = name(b);
                    if (x.compareTo(y) < 0) {
                        pairs.add(x + "|" + y);
                    }
                }
            }
        }
        return pairs;
    }

    private static String name(Entry e) {
        return e.file().getFileName().toString().replace(".md", "");
    }

    private static List<List<Entry>> known(Site site) {
        List<List<Entry>> groups = new ArrayList<>();
        site.entries().stream()
                .collect(java.util.stream.Collectors.groupingBy(e -> String.valueOf(e.article().params().get("story"))))
                .values().forEach(groups::add);
        return groups;
    }

    private static List<String> titles(List<Entry> story) {
        return story.stream().map(StoriesTest::name).toList();
    }

    @Test
    void clustersTheFixtureWithHighPrecisionAndRecall() {
        Site site = build(fixture, StorySettings.DEFAULTS);
        Set<String> found = pairs(site.stories().clusters());
        Set<String> expected = pairs(known(site));
        Set<String> right = new HashSet<>(found);
        right.retainAll(expected);

        double precision = (double) right.size() / found.size();
        double recall = (double) right.size() / expected.size();
        Set<String> wrong = new HashSet<>(found);
        wrong.removeAll(expected);
        Set<String> missed = new HashSet<>(expected);
        missed.removeAll(found);
        System.out.printf("story clusters on the fixture: precision %.3f, recall %.3f; wrong %s; missed %s%n",
                precision, recall, wrong, missed);

        assertThat(expected).hasSize(15);
        assertThat(precision).as("wrong pairs: %s", wrong).isGreaterThanOrEqualTo(0.85);
        assertThat(recall).as("missed pairs: %s", missed).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void agencyCopyUnderUnrelatedHeadlinesIsOneStoryByItsText() {
        Site site = build(fixture, new StorySettings(0.5, 0, 3)); // headlines switched off: the text alone decides
        Entry wire = entry(site, "colliery-wire");

        assertThat(titles(site.stories().of(wire))).containsExactly("colliery-wire", "colliery-herald", "colliery-times");
        assertThat(site.stories().clusters()).hasSize(1);
    }

    @Test
    void theSameNamesWeeksApartOrOneSharedNameAreNotTheSameStory() {
        Site site = build(fixture, StorySettings.DEFAULTS);

        for (String alone : List.of("ferry-consultation", "ferry-fares", "colliery-review", "kilbride-chess", "bridge-club",
                "lantern-workshop", "budget-library", "budget-parking")) {
            assertThat(titles(site.stories().of(entry(site, alone)))).as(alone).containsExactly(alone);
        }
    }

    @Test
    void aWiderWindowOrFewerSharedWordsJoinMore() {
        int strict = build(fixture, StorySettings.DEFAULTS).stories().clusters().stream().mapToInt(List::size).sum();
        int wide = build(fixture, new StorySettings(0.5, 2, 30)).stories().clusters().stream().mapToInt(List::size).sum();
        int loose = build(fixture, new StorySettings(0.5, 1, 3)).stories().clusters().stream().mapToInt(List::size).sum();

        assertThat(wide).isGreaterThan(strict);
        assertThat(loose).isGreaterThan(strict);
    }

    @Test
    void theSameArticlesInAnyOrderMakeTheSameStories() {
        List<ContentFile> shuffled = new ArrayList<>(fixture);
        Collections.shuffle(shuffled, new java.util.Random(5));

        assertThat(pairs(build(shuffled, StorySettings.DEFAULTS).stories().clusters()))
                .isEqualTo(pairs(build(fixture, StorySettings.DEFAULTS).stories().clusters()));
    }

    @Test
    void storiesListTheirArticlesOldestFirstAndEarlierOnesLatestFirst() {
        Site site = build(fixture, StorySettings.DEFAULTS);
        Entry reopens = entry(site, "bridge-reopens");

        List<Entry> story = site.stories().of(reopens);
        assertThat(story).isSortedAccordingTo(java.util.Comparator.comparing(e -> e.article().date()));
        assertThat(titles(site.stories().earlier(reopens, List.of())))
                .containsExactly("bridge-radio", "bridge-post", "bridge-herald");
        assertThat(site.stories().earlier(entry(site, "bridge-herald"), List.of())).isEmpty();
    }

    @Test
    void onlyTheHeadlineAndTheFirstWordsOfTheTextAreCompared() {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 500; i++) {
            body.append("w").append(i).append(i % 50 == 0 ? "\n\n" : " ");
        }
        org.broadsheet.content.Article a = org.broadsheet.content.Article.of("Headline", fixture.get(0).article().date(),
                body.toString());
        Entry e = new Entry(Path.of("x.md"), a, "x", "x/index.html", java.time.LocalDate.of(2024, 1, 1), "");

        String lead = Stories.lead(e);
        assertThat(lead).startsWith("Headline\nw1 w2 ").contains(" w200").doesNotContain("w201");
    }

    private static Entry entry(Site site, String name) {
        return site.entries().stream().filter(e -> name(e).equals(name)).findFirst().orElseThrow();
    }
}
