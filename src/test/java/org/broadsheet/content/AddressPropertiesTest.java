package org.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;

import org.broadsheet.config.PermalinkPattern;
import org.broadsheet.fs.SafeNames;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Addresses a user writes (aliases, permalink patterns) on many random texts made of the characters that cause
 * trouble: each is refused with an explanation, or gives a path inside the site made only of safe names.
 */
class AddressPropertiesTest {

    /** Slashes, dots, percent signs, separators, controls, case-changing letters, marks, spaces, the URL's punctuation. */
    private static final String TROUBLE = "//..%:\\\\?#&=+~!@$;,()'\"*<>|\t\n \u0000İıßÅa\u0301zZ09-_:year:month:day:slug:title";

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(24);
        for (int i = 0; i < length; i++) {
            if (random.nextInt(6) == 0) {
                text.append(new String[] {":year", ":month", ":day", ":slug", ".html", "/", "..", "index.html", "con"}
                        [random.nextInt(9)]);
            } else {
                text.append(TROUBLE.charAt(random.nextInt(TROUBLE.length())));
            }
        }
        return text.toString();
    }

    private static void assertSafeSitePath(String path, String written) {
        assertThat(path).as(written).doesNotStartWith("/").doesNotContain("//").doesNotContain("\\");
        for (String name : path.split("/")) {
            assertThat(SafeNames.isSafe(name)).as("'%s' from '%s'", name, written).isTrue();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void anAliasIsRefusedOrASafePathInsideTheSite(long seed) {
        Random random = new Random(seed);
        int accepted = 0;
        for (int i = 0; i < 5_000; i++) {
            String written = (random.nextBoolean() ? "/" : "") + randomText(random);
            String path;
            try {
                path = Aliases.sitePath(written);
            } catch (IllegalArgumentException refused) {
                assertThat(refused.getMessage()).as(written).isNotBlank();
                continue;
            }
            accepted++;
            assertSafeSitePath(path, written);
        }
        assertThat(accepted).as("some random aliases are fine, so the property is not vacuous").isPositive();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void aPermalinkIsRefusedOrGivesSafePaths(long seed) {
        Random random = new Random(seed);
        int accepted = 0;
        for (int i = 0; i < 5_000; i++) {
            String written = randomText(random) + (random.nextBoolean() ? ":slug/" : "/:slug.html");
            PermalinkPattern pattern;
            try {
                pattern = PermalinkPattern.parse(written);
            } catch (IllegalArgumentException refused) {
                assertThat(refused.getMessage()).as(written).isNotBlank();
                continue;
            }
            accepted++;
            for (String slug : new String[] {"harbour-wall", "c++", "x"}) {
                assertSafeSitePath(pattern.path(LocalDate.of(2024, 3, 7), slug), written);
            }
        }
        assertThat(accepted).as("some random patterns are fine, so the property is not vacuous").isPositive();
    }
}
