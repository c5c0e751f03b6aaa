package org.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {

    private static final String FALLBACK = "article";

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
            "North Korea, Angrily Denying Sony Attack | north-korea-angrily-denying-sony-attack",
            "Café Müller à Zürich                     | cafe-muller-a-zurich",
            "Straße                                   | strasse",
            "Sony's                                   | sonys",
            "Sony’s Hack                              | sonys-hack",
            "../../etc/passwd                         | etc-passwd",
            "a/b                                      | a-b",
            "a\\b                                     | a-b",
            "C:\\Windows\\System32                    | c-windows-system32",
            "  Leading and trailing   spaces  !!      | leading-and-trailing-spaces",
            "Ærøskøbing Œuvre                         | aeroskobing-oeuvre",
            "Łódź Đakovo Þing                         | lodz-dakovo-thing",
            "ＦＵＬＬ ｗｉｄｔｈ                       | full-width",
            "ﬁnal ﬂight                               | final-flight",
            "2014: Year 1 -- Part 2                   | 2014-year-1-part-2",
            "UPPER lower MiXeD                        | upper-lower-mixed",
            "东京 news                                | 东京-news",
            "東京の天気                               | 東京の天気",
            "Αθήνα Greece                             | αθήνα-greece",
            "Москва сегодня                           | москва-сегодня",
            "Report ٢٠١٤                              | report-2014"})
    void slugifyTurnsTitlesIntoUrlNames(String title, String expected) {
        assertThat(Slugs.slugify(title, FALLBACK)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
            "C++             | c-plus-plus",
            "C#              | c-sharp",
            "C               | c",
            "F#              | f-sharp",
            "Google+         | google-plus",
            "C++/CLI         | c-plus-plus-cli",
            "#MeToo          | metoo",
            "A+B             | a-b",
            "Sport + Fitness | sport-fitness",
            "Climate         | climate",
            "Energy Policy   | energy-policy",
            "Café Müller     | cafe-muller"})
    void nameSlugSpellsOutThePlusAndSharpThatCloseAWordSoThatCPlusPlusIsNotC(String name, String expected) {
        assertThat(Slugs.nameSlug(name, "")).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"North Korea, Angrily Denying Sony Attack", "Straße", "Sony's", "a/b", "2014: Year 1 -- Part 2",
            "東京の天気", "#hashtag", "Q&A", "100%", "x + y", "con"})
    void nameSlugIsTheSlugOfNamesWithoutAClosingPlusOrSharp(String name) {
        assertThat(Slugs.nameSlug(name, FALLBACK)).isEqualTo(Slugs.slugify(name, FALLBACK));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CON", "con", "Prn", "AUX", "NUL", "COM1", "com9", "LPT1", "lpt9", " nul "})
    void windowsReservedNamesAreNeverReturned(String title) {
        String slug = Slugs.slugify(title, FALLBACK);

        assertThat(slug).isNotEmpty();
        assertThat(slug).isNotEqualToIgnoringCase(title.strip());
        assertThat(slug).startsWith(title.strip().toLowerCase());
    }

    @Test
    void conAsTitleGetsASuffix() {
        assertThat(Slugs.slugify("CON", FALLBACK)).isNotEqualTo("con").startsWith("con");
    }

    @ParameterizedTest
    @ValueSource(strings = {"🎉", "🎉🔥💥", "👨‍👩‍👧", "!!!", "...", "---", "", "   ", "\u200d\u200f", "’'"})
    void titleWithNothingUsableGivesTheFallback(String title) {
        assertThat(Slugs.slugify(title, "fallback-name")).isEqualTo("fallback-name");
    }

    @Test
    void emojiAroundWordsAreDropped() {
        assertThat(Slugs.slugify("🎉 Party 🎉 time 🎉", FALLBACK)).isEqualTo("party-time");
    }

    @Test
    void longTitleIsCutToMaxLengthAtAWordBoundary() {
        String title = "Sony hack day ".repeat(30).strip(); // well over 300 chars
        assertThat(title.length()).isGreaterThan(300);

        String slug = Slugs.slugify(title, FALLBACK);

        assertThat(slug.codePointCount(0, slug.length())).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
        assertThat(slug).doesNotEndWith("-").doesNotStartWith("-");
        assertThat(slug).startsWith("sony-hack-day-sony-hack-day");
        // cut after a whole word: the last part is one of the title's words
        assertThat(slug.substring(slug.lastIndexOf('-') + 1)).isIn("sony", "hack", "day");
        assertThat(slug.length()).isGreaterThan(Slugs.MAX_LENGTH / 2);
    }

    @Test
    void longTitleWithoutSpacesIsCutToMaxLength() {
        String slug = Slugs.slugify("x".repeat(300), FALLBACK);

        assertThat(slug).isEqualTo("x".repeat(Slugs.MAX_LENGTH));
    }

    @Test
    void longTitleWhereTheCutFallsOnADashHasNoTrailingDash() {
        // 79 letters, then a separator: the 80th code point of the slug is the dash
        String slug = Slugs.slugify("a".repeat(79) + " " + "b".repeat(50), FALLBACK);

        assertThat(slug).isEqualTo("a".repeat(79));
    }

    @Test
    void longTitleInSupplementaryCharactersIsCountedInCodePointsAndNotSplitInsideOne() {
        String ideograph = new String(Character.toChars(0x20000)); // CJK extension B, a letter outside the BMP
        String slug = Slugs.slugify(ideograph.repeat(300), FALLBACK);

        assertThat(slug.codePointCount(0, slug.length())).isEqualTo(Slugs.MAX_LENGTH);
        assertThat(slug).isEqualTo(ideograph.repeat(Slugs.MAX_LENGTH));
    }

    static Stream<String> nastyInputs() {
        return Stream.of(
                "..", ".", "...", "/", "\\", "../..", "..\\..\\windows", "a/../b", "a/./b", "./hidden", ".hidden",
                "foo..bar", "foo. .bar", "~/secret", "%2e%2e%2fetc", "file:///etc/passwd",
                "\u0000", "a\u0000b", "nul\u0000.txt", "\t\n\r\f", "line\nbreak", "bell\u0007char", "del\u007fchar",
                "\u202eevil\u202dtxt.exe", "rtl\u200fmark\u200eltr", "zero\u200bwidth", "zw\u200djoiner", "\ufeffbom",
                "soft\u00adhyphen", "non\u00a0breaking", "ideographic\u3000space", "fullwidth／slash", "division∕slash",
                "fraction⁄slash", "reverse⧵solidus", "small﹨backslash", "one․dot", "two‥dots", "ellipsis…",
                "fullwidth．．／", "a:b*c?d\"e<f>g|h", "Sony's \"The Interview\" (2014)", "   ", "", "-", "--a--",
                "CON", "con.txt", "LPT1", "aux.", "COM1 ", "🎉", "👨‍👩‍👧 family", "e\u0301", "\u0301\u0301",
                "Café Müller à Zürich", "東京/大阪", "مرحبا/../عالم", "a".repeat(500), "a-".repeat(200),
                "Spaces     everywhere", "x" + "/".repeat(100) + "y");
    }

    @ParameterizedTest
    @MethodSource("nastyInputs")
    void slugIsAlwaysASafeSinglePathSegment(String input) {
        String slug = Slugs.slugify(input, FALLBACK);

        assertThat(slug).isNotEmpty();
        assertThat(slug).doesNotContain("/").doesNotContain("\\").doesNotContain("..").doesNotContain(".");
        assertThat(slug).doesNotStartWith("-").doesNotEndWith("-").doesNotContain("--");
        assertThat(slug.codePointCount(0, slug.length())).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
        assertThat(slug).isNotIn("con", "prn", "aux", "nul", "com1", "lpt1");
        assertThat(slug.codePoints()).as("only letters, digits, marks and dashes in %s", slug).allSatisfy(cp ->
                assertThat(Character.isLetterOrDigit(cp) || cp == '-' || Character.getType(cp) == Character.NON_SPACING_MARK)
                        .as("code point U+%04X", cp).isTrue());
        assertThat(slug).isEqualTo(slug.toLowerCase(java.util.Locale.ROOT));
    }

    @ParameterizedTest
    @MethodSource("nastyInputs")
    void slugifyIsStableWhenAppliedToItsOwnResult(String input) {
        String slug = Slugs.slugify(input, FALLBACK);

        assertThat(Slugs.slugify(slug, FALLBACK)).isEqualTo(slug);
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Cafe\u0301 Mu\u0308ller | cafe-muller",
            "a\u0300 Zu\u0308rich    | a-zurich",
            "İstanbul               | istanbul"})
    void accentsAreDroppedFromDecomposedLatinLettersToo(String title, String expected) {
        assertThat(Slugs.slugify(title, FALLBACK)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"my-story", "My-Story", "story2014", "v1.2", "a_b", "東京", "x", "html", "index", "story.htm", "feed.xml.old"})
    void usableGivenSlugs(String slug) {
        assertThat(Slugs.isUsableAsGiven(slug)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "../x", "..", ".", "a/b", "a\\b", ".hidden", "-leading", "_under", "a..b", "my story",
            "tab\there", "new\nline", "nul\u0000", "a:b", "a?b", "a#b", "a%2fb", "/abs"})
    void unusableGivenSlugs(String slug) {
        assertThat(Slugs.isUsableAsGiven(slug)).isFalse();
    }

    @Test
    void givenSlugMayBeLongButNotUnbounded() {
        assertThat(Slugs.isUsableAsGiven("a".repeat(200))).isTrue();
        assertThat(Slugs.isUsableAsGiven("a".repeat(201))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"con", "CON", "nul", "aux", "prn", "com1", "lpt1"})
    void windowsReservedNamesAreNotUsableAsGiven(String slug) {
        assertThat(Slugs.isUsableAsGiven(slug)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "INDEX.HTML", "story.html", "feed.xml", "feed.json", "search-index.js", "robots.txt"})
    void namesOfTheKindsOfFileTheSiteWritesAreNotUsableAsGiven(String slug) {
        assertThat(Slugs.isUsableAsGiven(slug)).isFalse();
        assertThat(Slugs.looksLikeASiteFile(slug)).isTrue();
    }
}
