package org.broadsheet.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes a digest of {@code n} invented articles into a {@link TestSite}: the same seed gives the same files. Tags
 * are drawn so a few are very common and most are rare (as in real digests); dates spread over three years; bodies
 * use the Markdown a digest meets (links, emphasis, lists, quotes, tables), titles the punctuation that needs
 * escaping.
 */
public final class GeneratedDigest {

    private static final String[] WORDS = ("harbour council ferry budget storm school library festival market road "
            + "bridge rail energy grid water housing health clinic police court museum theatre river coast weather "
            + "election vote tax trade port fishing tourism park bus strike plan report review").split(" ");
    private static final String[] PUBLICATIONS = {"The Example Ledger", "Northgate Courier", "Valley Radio",
        "Harbour & Coast Weekly", "The Quayside \"Times\"", "Élan Magazine", "Metro Wire", "Bay Observer"};
    private static final String[] AUTHORS = {"Ada Example", "Sam Placeholder", "Ré Dupont", "Kim O'Neill", ""};

    private GeneratedDigest() {
    }

    public static void write(TestSite site, int n, long seed) {
        Random random = new Random(seed);
        java.util.Set<String> fileNames = new java.util.HashSet<>();
        List<String> tags = new ArrayList<>();
        for (int t = 0; t < 40; t++) {
            tags.add(WORDS[t % WORDS.length] + (t >= WORDS.length ? "-" + t : ""));
        }
        LocalDate start = LocalDate.of(2022, 1, 1);
        for (int i = 0; i < n; i++) {
            LocalDate day = start.plusDays(random.nextInt(3 * 365));
            String title = title(random, i);
            Set<String> articleTags = new LinkedHashSet<>();
            int tagCount = 1 + random.nextInt(4);
            while (articleTags.size() < tagCount) {
                // Zipf-like: the cube of a uniform number favours the first tags strongly
                double u = random.nextDouble();
                articleTags.add(tags.get((int) (u * u * u * tags.size())));
            }
            String publication = PUBLICATIONS[random.nextInt(PUBLICATIONS.length)];
            String author = AUTHORS[random.nextInt(AUTHORS.length)];
            List<String> lines = new ArrayList<>();
            lines.add("source: \"" + publication.replace("\"", "\\\"") + "\"");
            if (!author.isEmpty()) {
                lines.add("author: \"" + author + "\"");
            }
            if (random.nextBoolean()) {
                lines.add("url: https://example.org/news/" + i);
            }
            lines.add("tags: [" + String.join(", ", articleTags) + "]");
            if (random.nextInt(3) > 0) {
                lines.add("summary: \"" + sentence(random, 12 + random.nextInt(20)) + "\"");
            }
            String date = random.nextBoolean() ? day.toString()
                    : day + "T" + String.format("%02d:%02d:00+01:00", random.nextInt(24), random.nextInt(60));
            // named as import names files: by the title's slug, with -2, -3 for a name already taken in the folder
            String folder = String.format("content/%d/%02d/", day.getYear(), day.getMonthValue());
            String name = org.broadsheet.content.Slugs.slugify(title, "article");
            for (int k = 2; !fileNames.add(folder + name); k++) {
                name = org.broadsheet.content.Slugs.slugify(title, "article") + "-" + k;
            }
            site.file(folder + name + ".md",
                    TestSite.article(title, date, lines.toArray(String[]::new)).replace("Body of " + title + ".\n", body(random)));
        }
    }

    private static String title(Random random, int i) {
        String head = capitalise(sentence(random, 3 + random.nextInt(5)));
        return switch (i % 5) {
            case 0 -> head + ": 'What Now?'";
            case 1 -> head + " & " + capitalise(WORDS[random.nextInt(WORDS.length)]);
            case 2 -> head + " — <Update>";
            default -> head;
        };
    }

    private static String body(Random random) {
        StringBuilder b = new StringBuilder();
        int paragraphs = 2 + random.nextInt(4);
        for (int p = 0; p < paragraphs; p++) {
            b.append(capitalise(sentence(random, 20 + random.nextInt(40)))).append(". ");
            if (random.nextInt(3) == 0) {
                b.append("See [the report](https://example.org/report/").append(random.nextInt(1000)).append(") for **details**.");
            }
            b.append("\n\n");
            switch (random.nextInt(6)) {
                case 0 -> b.append("- ").append(sentence(random, 5)).append("\n- ").append(sentence(random, 6)).append("\n\n");
                case 1 -> b.append("> ").append(capitalise(sentence(random, 12))).append(".\n\n");
                case 2 -> b.append("| Item | Count |\n|---|---|\n| ").append(WORDS[random.nextInt(WORDS.length)])
                        .append(" | ").append(random.nextInt(100)).append(" |\n\n");
                default -> {
                }
            }
        }
        return b.toString();
    }

    private static String sentence(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < words; w++) {
            s.append(w > 0 ? " " : "").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.toString();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
