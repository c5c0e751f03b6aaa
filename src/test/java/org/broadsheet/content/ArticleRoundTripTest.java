package org.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleRoundTripTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Path FILE = Path.of("content", "2014", "story.md");
    private static final ArticleDate MOMENT = ArticleDate.parse("2014-12-20T15:04:05+01:00", UTC);
    private static final String SHA = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private static Article roundTrip(Article article, ZoneId zone) {
        return ArticleParser.parse(FILE, ArticleSerializer.toMarkdown(article), zone);
    }

    /** The YAML between the two '---' lines the serializer writes. */
    private static String frontMatterOf(String markdown) {
        assertThat(markdown).startsWith("---\n");
        int close = markdown.indexOf("\n---\n", 3);
        assertThat(close).as("closing delimiter").isPositive();
        return markdown.substring(4, close + 1);
    }

    @ParameterizedTest(name = "title [{0}]")
    @ValueSource(strings = {
            "He said \"no\"",
            "It's Sony's 'fault'",
            "\"Fully quoted\"",
            "'Single quoted'",
            "Q: and A",
            "Breaking:",
            "- x",
            "-x",
            "? question",
            "#hash",
            "Not a # comment",
            "yes", "no", "Yes", "NO", "on", "off", "true", "False",
            "null", "Null", "NULL", "~",
            "123", "-7", "1.5", "1e3", "0x1F", "0o17", ".inf", ".nan",
            "2014-12-20",
            "2014-12-20T15:04:05Z",
            "!important", "!!str tagged", "&anchor", "*alias", "|pipe", ">folded", "%percent", "@at", "`backtick`",
            "{braces}", "[brackets]", "a, b, c",
            "---", "...",
            "Cyber attack 🎉🔥 on 👨‍👩‍👧 family",
            "東京で地震、被害なし",
            "مرحبا بالعالم",
            "Mixed עברית and English",
            "Range 2014–2015 — a review",
            "Tab\tinside",
            "Backslash \\ and \\n literal",
            "Ends with backslash \\"})
    void trickyTitlesSurviveSerializeThenParse(String title) {
        Article article = Article.of(title, MOMENT, "Body text.");

        Article back = roundTrip(article, UTC);

        assertThat(back).isEqualTo(article);
        assertThat(back.title()).isEqualTo(title);
    }

    @Test
    void veryLongTitleSurvivesOnOneLine() {
        String title = "Sony hack day ".repeat(30).substring(0, 299) + "z";
        assertThat(title).hasSize(300);
        Article article = Article.of(title, MOMENT, "Body.");

        String markdown = ArticleSerializer.toMarkdown(article);

        assertThat(roundTrip(article, UTC)).isEqualTo(article);
        assertThat(frontMatterOf(markdown).lines().filter(l -> l.startsWith("title:")).findFirst().orElseThrow())
                .contains(title);
    }

    static Stream<Arguments> trickyBodies() {
        return Stream.of(
                Arguments.of("hard break", "Line with two trailing spaces  \nnext line"),
                Arguments.of("trailing spaces on several lines", "one   \ntwo \t\nthree"),
                Arguments.of("dashes inside", "Intro\n\n---\n\nAfter a rule\n---\nSetext heading above"),
                Arguments.of("dots inside", "Intro\n...\nMore"),
                Arguments.of("front-matter look-alike", "---\ntitle: not me\ndate: 1999-01-01\n---\nreal body"),
                Arguments.of("body starting with a rule", "---\n\nText after the rule"),
                Arguments.of("unicode", "Ünïcödé 🎉 東京 مرحبا"),
                Arguments.of("indented code first", "    int x = 1;\n    return x;\n\nThen prose."),
                Arguments.of("tab-indented code first", "\tcode();\n\nprose"),
                Arguments.of("only whitespace lines in between", "a\n\n   \n\nb"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trickyBodies")
    void bodiesSurviveSerializeThenParse(String name, String body) {
        Article article = Article.of("Title", MOMENT, body);

        Article back = roundTrip(article, UTC);

        assertThat(back).isEqualTo(article);
        assertThat(back.body()).isEqualTo(body);
    }

    @Test
    void bodyStartingWithIndentedCodeKeepsItsIndentation() {
        Article article = Article.of("Code", MOMENT, "\n\n    indented code\n    more code\n\nprose");

        Article back = roundTrip(article, UTC);

        assertThat(back.body()).startsWith("    indented code\n    more code\n");
        assertThat(back).isEqualTo(article);
    }

    @Test
    void articleWithEveryFieldSetSurvives() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("inner", List.of(1, "two", Map.of("deep", true)));
        nested.put("count", 3);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("rating", 5);
        params.put("big", 10_000_000_000L);
        params.put("ratio", 0.75);
        params.put("pinned", true);
        params.put("hidden", false);
        params.put("labels", List.of("a", "b: c", "yes", "12"));
        params.put("meta", nested);
        params.put("empty_list", List.of());
        params.put("numeric_string", "007");
        params.put("null_looking", "null");
        Article article = new Article(
                "North Korea, Angrily Denying Sony Attack: “We Did Not”",
                MOMENT,
                "The New York Times",
                "https://www.nytimes.com/2014/12/20/world/asia/north-korea-sony.html?_r=0&a=b#frag",
                "David E. Sanger, Nicole Perlroth",
                List.of("cyber, security", "north korea: politics", "Sony", "2014", "true"),
                "A summary: with a colon, \"quotes\" and # hash",
                "Why it matters: *two* lines,\n\n- a list: with \"quotes\"\n- and # hash",
                true,
                -7,
                true,
                "north-korea-denies",
                List.of("2014/12/20/world/asia/north-korea-sony.html", "nk/index.html"),
                new Origin("sources/2014/nk sony.txt", SHA),
                params,
                "First paragraph.\n\nSecond paragraph with *emphasis*.");

        Article back = roundTrip(article, UTC);

        assertThat(back).isEqualTo(article);
        assertThat(back.params()).containsEntry("big", 10_000_000_000L).containsEntry("ratio", 0.75);
    }

    @Test
    void theEditorsVoiceSurvivesAndIsWrittenAfterTheSummary() {
        Article article = Article.of("Ferry strike", MOMENT, "Body").withSummary("Crews walk out.")
                .withNote("The *first* strike since 1984: read this one.\n\n> quoted: \"yes\"\n\n  indented").withFeatured(true)
                .withPriority(100);

        String markdown = ArticleSerializer.toMarkdown(article);

        assertThat(roundTrip(article, UTC)).isEqualTo(article);
        assertThat(frontMatterOf(markdown)).containsSubsequence("summary: ", "note: ", "featured: true", "priority: 100");
    }

    @Test
    void aPlainArticleWritesNoNoteFeaturedOrPriority() {
        String yaml = frontMatterOf(ArticleSerializer.toMarkdown(Article.of("Plain", MOMENT, "Body").withPriority(0)));

        assertThat(yaml).doesNotContain("note").doesNotContain("featured").doesNotContain("priority");
    }

    @Test
    void originWithAnAllDigitHashSurvives() {
        Article article = Article.of("Digits", MOMENT, "Body").withOrigin(new Origin("sources/a.txt", "1".repeat(64)));

        assertThat(roundTrip(article, UTC)).isEqualTo(article);
    }

    @Test
    void dateOnlyArticleSurvivesInASummerTimeZone() {
        // in London 2014-07-01 starts at +01:00, so parsing in UTC instead would give a different instant
        ArticleDate day = ArticleDate.ofDay(LocalDate.of(2014, 7, 1), LONDON);
        Article article = Article.of("Summer", day, "Body");

        Article back = roundTrip(article, LONDON);

        assertThat(back).isEqualTo(article);
        assertThat(back.date().hasTime()).isFalse();
        assertThat(back.date().instant()).isEqualTo(day.instant());
        assertThat(ArticleSerializer.toMarkdown(article)).contains("\ndate: 2014-07-01\n");
    }

    @Test
    void momentKeepsItsOffsetWhenParsedInAnotherZone() {
        Article article = Article.of("Moment", MOMENT, "Body");

        Article back = roundTrip(article, LONDON);

        assertThat(back.date()).isEqualTo(MOMENT);
    }

    @Test
    void writtenYamlIsBlockStyleWithoutTags() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("meta", Map.of("inner", List.of(1, 2)));
        params.put("count", 7);
        params.put("flag", true);
        params.put("numberish", "123");
        Article article = Article.of("yes", MOMENT, "Body")
                .withTags(List.of("politics", "2014"))
                .withSummary("null")
                .withOrigin(new Origin("sources/x.txt", SHA));
        article = new Article(article.title(), article.date(), "", "", "", article.tags(), article.summary(), "", false, 0,
                true, "", List.of(), article.origin(), params, article.body());

        String yaml = frontMatterOf(ArticleSerializer.toMarkdown(article));

        assertThat(yaml).doesNotContain("!!").doesNotContain("!<");
        assertThat(yaml).doesNotContain("[").doesNotContain("{");
        assertThat(yaml).contains("\ntags:\n- politics\n");
        assertThat(yaml).contains("\norigin:\n  file: sources/x.txt\n");
        assertThat(yaml).contains("\nmeta:\n  inner:\n");
        assertThat(yaml.lines()).allSatisfy(line -> assertThat(line).doesNotContain(": [").doesNotContain(": {"));
        assertThat(ArticleParser.parse(FILE, ArticleSerializer.toMarkdown(article), UTC)).isEqualTo(article);
    }

    @Test
    void serializedFileHasFrontMatterThenBlankLineThenBody() {
        String markdown = ArticleSerializer.toMarkdown(Article.of("T", MOMENT, "Body line"));

        assertThat(markdown).isEqualTo("---\ntitle: T\ndate: 2014-12-20T15:04:05+01:00\n---\n\nBody line\n");
    }

    @Test
    void articleWithEmptyBodySurvives() {
        Article article = Article.of("No body", MOMENT, "");

        assertThat(ArticleSerializer.toMarkdown(article)).endsWith("---\n");
        assertThat(roundTrip(article, UTC)).isEqualTo(article);
    }

    @Test
    void paramsKeepTheirOrder() {
        Map<String, Object> params = new LinkedHashMap<>();
        for (String key : List.of("zeta", "alpha", "mu", "beta")) {
            params.put(key, key.length());
        }
        Article article = new Article("T", MOMENT, "", "", "", List.of(), "", "", false, 0, false, "", List.of(), null, params, "b");

        Article back = roundTrip(article, UTC);

        assertThat(new ArrayList<>(back.params().keySet())).isEqualTo(Arrays.asList("zeta", "alpha", "mu", "beta"));
    }
}
