package org.broadsheet.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.broadsheet.content.Article;
import org.broadsheet.content.ArticleDate;
import org.broadsheet.ingest.ArticleText;
import org.broadsheet.ingest.DateParser;
import org.broadsheet.ingest.DatePolicy;
import org.broadsheet.ingest.HtmlPageReader;
import org.broadsheet.ingest.SourceFile;
import org.broadsheet.ingest.html.HtmlToMarkdown;
import org.jsoup.Jsoup;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Measures HTML import against Readability-style cases (a folder of {@code CASE/source.html}, {@code expected.html},
 * {@code expected-metadata.json}): title exact-match rate, byline and published-time match rates where a value is
 * expected, and body-text precision, recall and F1 over word 4-gram shingles (P and R averaged over pages, F1 from
 * the averages). Run by {@code bench/import-fidelity}; {@code -v} prints one line per page.
 */
public final class ImportFidelity {

    /** A date no page has, so a page without one counts as a miss instead of failing. */
    private static final ArticleDate NO_DATE = ArticleDate.ofDay(LocalDate.of(1900, 1, 1), ZoneOffset.UTC);

    private ImportFidelity() {
    }

    public static void main(String[] args) throws IOException {
        boolean verbose = List.of(args).contains("-v");
        Path folder = Path.of(List.of(args).stream().filter(a -> !a.equals("-v")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("usage: ImportFidelity [-v] FOLDER")));
        HtmlPageReader reader = new HtmlPageReader(new DatePolicy(NO_DATE, false, ZoneOffset.UTC), new HtmlToMarkdown());
        List<Path> cases;
        try (Stream<Path> list = Files.list(folder)) {
            cases = list.filter(p -> Files.isRegularFile(p.resolve("source.html"))).sorted().toList();
        }
        int titles = 0;
        int bylines = 0;
        int bylinesExpected = 0;
        int dates = 0;
        int datesExpected = 0;
        double precisionSum = 0;
        double recallSum = 0;
        int failed = 0;
        for (Path c : cases) {
            JsonObject meta = JsonParser.parseString(Files.readString(c.resolve("expected-metadata.json"))).getAsJsonObject();
            String expectedText = Jsoup.parse(Files.readString(c.resolve("expected.html"), StandardCharsets.UTF_8)).text();
            Article article;
            try {
                article = reader.read(SourceFile.read(c.resolve("source.html"), c.getFileName().toString())).get(0);
            } catch (RuntimeException e) {
                failed++;
                System.out.printf("%-40s FAILED %s%n", c.getFileName(), e.getMessage());
                continue;
            }
            boolean titleOk = normal(article.title()).equals(normal(string(meta, "title")));
            titles += titleOk ? 1 : 0;
            String expectedByline = string(meta, "byline");
            boolean bylineOk = true;
            if (!expectedByline.isEmpty()) {
                bylinesExpected++;
                bylineOk = byline(article.author()).equals(byline(expectedByline));
                bylines += bylineOk ? 1 : 0;
            }
            String expectedTime = string(meta, "publishedTime");
            boolean dateOk = true;
            if (!expectedTime.isEmpty()) {
                datesExpected++;
                Optional<Instant> expected = DateParser.parse(expectedTime, ZoneOffset.UTC).map(ArticleDate::instant);
                dateOk = expected.isPresent() && expected.get().equals(article.date().instant());
                dates += dateOk ? 1 : 0;
            }
            Set<String> got = shingles(ArticleText.of(article.body()));
            Set<String> want = shingles(expectedText);
            Set<String> common = new HashSet<>(got);
            common.retainAll(want);
            double p = got.isEmpty() ? (want.isEmpty() ? 1 : 0) : (double) common.size() / got.size();
            double r = want.isEmpty() ? 1 : (double) common.size() / want.size();
            precisionSum += p;
            recallSum += r;
            if (verbose) {
                System.out.printf("%-40s P %.3f R %.3f %s%s%s%n", c.getFileName(), p, r,
                        titleOk ? "" : " title[" + article.title() + " ≠ " + string(meta, "title") + "]",
                        bylineOk ? "" : " byline[" + article.author() + " ≠ " + expectedByline.replaceAll("\\s+", " ") + "]",
                        dateOk ? "" : " date[" + article.date() + " ≠ " + expectedTime + "]");
            }
        }
        int n = cases.size();
        double precision = precisionSum / n;
        double recall = recallSum / n;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        System.out.printf("pages: %d (%d failed)%n", n, failed);
        System.out.printf("title exact match:     %5.1f %% (%d/%d)%n", 100.0 * titles / n, titles, n);
        System.out.printf("byline match:          %5.1f %% (%d/%d pages with an expected byline)%n",
                100.0 * bylines / Math.max(1, bylinesExpected), bylines, bylinesExpected);
        System.out.printf("publishedTime match:   %5.1f %% (%d/%d pages with an expected time)%n",
                100.0 * dates / Math.max(1, datesExpected), dates, datesExpected);
        System.out.printf("body text: precision %.3f, recall %.3f, F1 %.3f (word 4-gram shingles; a page that failed counts 0)%n",
                precision, recall, f1);
        if (failed > 0) {
            double p = precisionSum / (n - failed);
            double r = recallSum / (n - failed);
            System.out.printf("body text over the %d pages imported: precision %.3f, recall %.3f, F1 %.3f%n", n - failed, p, r,
                    2 * p * r / (p + r));
        }
    }

    private static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? "" : e.getAsString();
    }

    private static String normal(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** Bylines compared by the person: whitespace, case and a leading "By" do not count. */
    private static String byline(String s) {
        return normal(s).toLowerCase(Locale.ROOT).replaceFirst("^by\\s+", "");
    }

    /** The word 4-grams of {@code text} (lower case, letters and digits); the whole text when shorter. */
    public static Set<String> shingles(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        Set<String> out = new HashSet<>();
        if (words.size() < 4) {
            if (!words.isEmpty()) {
                out.add(String.join(" ", words));
            }
            return out;
        }
        for (int i = 0; i + 4 <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + 4)));
        }
        return out;
    }
}
