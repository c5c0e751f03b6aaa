package org.broadsheet.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.broadsheet.content.ArticleDate;

/**
 * Reads the dates that article sources print: ISO 8601, {@code December 20, 2014}, {@code Dec. 20, 2014 3:04 PM EST},
 * {@code 20 December 2014}, RFC 822 ({@code Sat, 20 Dec 2014 15:04:05 +0000}). A time without a zone is in the
 * site's zone; a bare date stays a day.
 */
public final class DateParser {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));
    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("UT", "+00:00"), Map.entry("UTC", "+00:00"), Map.entry("GMT", "+00:00"), Map.entry("Z", "+00:00"),
            Map.entry("EST", "-05:00"), Map.entry("EDT", "-04:00"), Map.entry("CST", "-06:00"), Map.entry("CDT", "-05:00"),
            Map.entry("MST", "-07:00"), Map.entry("MDT", "-06:00"), Map.entry("PST", "-08:00"), Map.entry("PDT", "-07:00"),
            Map.entry("BST", "+01:00"), Map.entry("CET", "+01:00"), Map.entry("CEST", "+02:00"),
            Map.entry("JST", "+09:00"), Map.entry("KST", "+09:00"));

    private static final String MONTH = "(?<month>[A-Za-z]{3,9})\\.?";
    private static final String DAY = "(?<day>\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "(?<year>\\d{4}|\\d{2})";
    private static final String TIME = "(?:\\s*,?\\s*(?:at\\s+)?(?<h>\\d{1,2}):(?<min>\\d{2})(?::(?<s>\\d{2}))?\\s*(?<ampm>[ap]\\.?m\\.?)?)?";
    private static final String ZONE = "(?:\\s*(?<zone>[A-Za-z]{1,4}|[+-]\\d{2}:?\\d{2}))?";
    private static final Pattern MONTH_FIRST = Pattern.compile(MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + TIME + ZONE, Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_FIRST = Pattern.compile(DAY + "\\.?\\s+" + MONTH + ",?\\s+" + YEAR + TIME + ZONE, Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY = Pattern.compile("^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+", Pattern.CASE_INSENSITIVE);

    private DateParser() {
    }

    public static Optional<ArticleDate> parse(String text, ZoneId zone) {
        String s = WEEKDAY.matcher(text.strip()).replaceFirst("").strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ArticleDate.parse(s, zone));
        } catch (DateTimeException notIso) {
            // try the written-out forms below
        }
        for (Pattern p : new Pattern[] {MONTH_FIRST, DAY_FIRST}) {
            Matcher m = p.matcher(s);
            if (m.matches()) {
                return fromMatch(m, zone);
            }
        }
        return Optional.empty();
    }

    private static Optional<ArticleDate> fromMatch(Matcher m, ZoneId zone) {
        String monthName = m.group("month").toLowerCase(Locale.ROOT);
        Integer month = MONTHS.get(monthName.length() > 4 ? monthName.substring(0, 3) : monthName);
        if (month == null) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group("year"));
        if (m.group("year").length() == 2) {
            year += year < 70 ? 2000 : 1900;
        }
        try {
            LocalDate day = LocalDate.of(year, month, Integer.parseInt(m.group("day")));
            if (m.group("h") == null) {
                return m.group("zone") == null ? Optional.of(ArticleDate.ofDay(day, zone)) : Optional.empty();
            }
            int hour = Integer.parseInt(m.group("h"));
            String ampm = m.group("ampm");
            if (ampm != null) {
                boolean pm = ampm.toLowerCase(Locale.ROOT).startsWith("p");
                hour = hour % 12 + (pm ? 12 : 0);
            }
            LocalDateTime local = day.atTime(hour, Integer.parseInt(m.group("min")),
                    m.group("s") == null ? 0 : Integer.parseInt(m.group("s")));
            String z = m.group("zone");
            if (z == null) {
                return Optional.of(ArticleDate.ofMoment(local.atZone(zone).toOffsetDateTime()));
            }
            String offset = z.startsWith("+") || z.startsWith("-") ? z : ZONES.get(z.toUpperCase(Locale.ROOT));
            if (offset == null) {
                return Optional.empty();
            }
            return Optional.of(ArticleDate.ofMoment(local.atOffset(ZoneOffset.of(offset.length() == 5
                    ? offset.substring(0, 3) + ":" + offset.substring(3) : offset))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
