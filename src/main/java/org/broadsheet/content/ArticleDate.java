package org.broadsheet.content;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an article was published: a calendar day, or a moment with its UTC offset. Front matter keeps whichever the
 * author wrote; a day is placed at the start of that day in the site's time zone for ordering.
 */
public record ArticleDate(OffsetDateTime dateTime, boolean hasTime, Instant instant) implements Comparable<ArticleDate> {

    // 2014-12-20, 2014-12-20T10:00, 2014-12-20 10:00:00.5 +01:00, 2014-12-20T10:00:00Z, ...
    private static final Pattern FORM = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?)\\s*(Z|z|[+-]\\d{2}(?::?\\d{2})?)?)?");

    /**
     * @param instant {@code dateTime}'s moment, or null to work it out: kept because ordering and story clustering
     *     ask for it millions of times in a large digest
     */
    public ArticleDate {
        if (dateTime == null) {
            throw new IllegalArgumentException("dateTime");
        }
        Instant moment = dateTime.toInstant();
        if (instant != null && !instant.equals(moment)) {
            throw new IllegalArgumentException("instant " + instant + " is not the moment of " + dateTime);
        }
        instant = moment;
    }

    public ArticleDate(OffsetDateTime dateTime, boolean hasTime) {
        this(dateTime, hasTime, null);
    }

    public static ArticleDate ofDay(LocalDate day, ZoneId zone) {
        return new ArticleDate(day.atStartOfDay(zone).toOffsetDateTime(), false);
    }

    public static ArticleDate ofMoment(OffsetDateTime moment) {
        return new ArticleDate(moment, true);
    }

    /**
     * Parses the forms front matter uses: {@code 2014-12-20}, or a date-time with an optional offset
     * ({@code 2014-12-20T15:04:05+01:00}, {@code 2014-12-20 15:04 Z}). A time without offset is in {@code zone}.
     *
     * @throws DateTimeException with a message fit for the user
     */
    public static ArticleDate parse(String text, ZoneId zone) {
        String s = text.strip();
        Matcher m = FORM.matcher(s);
        if (!m.matches()) {
            throw new DateTimeException("cannot read '" + text + "' as a date; write it like 2014-12-20 or 2014-12-20T15:04:05+01:00");
        }
        try {
            LocalDate day = LocalDate.parse(m.group(1));
            if (m.group(2) == null) {
                return ofDay(day, zone);
            }
            String time = m.group(2).replace(',', '.');
            LocalDateTime local = LocalDateTime.parse(m.group(1) + "T" + (time.length() == 5 ? time + ":00" : time));
            if (m.group(3) == null) {
                return ofMoment(local.atZone(zone).toOffsetDateTime());
            }
            String offset = m.group(3).equalsIgnoreCase("z") ? "Z" : normaliseOffset(m.group(3));
            return ofMoment(local.atOffset(ZoneOffset.of(offset)));
        } catch (DateTimeParseException e) {
            throw new DateTimeException("'" + text + "' is not a real date or time (" + e.getParsedString() + ")");
        } catch (DateTimeException e) {
            throw new DateTimeException("'" + text + "' is not a real date or time: " + e.getMessage());
        }
    }

    private static String normaliseOffset(String offset) {
        String digits = offset.substring(1).replace(":", "");
        return offset.charAt(0) + (digits.length() == 2 ? digits + "00" : digits).replaceFirst("(\\d{2})(\\d{2})", "$1:$2");
    }

    /** The calendar day in {@code zone}: the day readers of a site in that zone saw the article. */
    public LocalDate day(ZoneId zone) {
        return hasTime ? dateTime.atZoneSameInstant(zone).toLocalDate() : dateTime.toLocalDate();
    }

    /** The text written to front matter: the day alone, or the full ISO date-time with offset. */
    public String toText() {
        return hasTime ? dateTime.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) : dateTime.toLocalDate().toString();
    }

    @Override
    public int compareTo(ArticleDate other) {
        return instant().compareTo(other.instant());
    }

    @Override
    public String toString() {
        return toText();
    }
}
