package org.broadsheet.ingest;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.broadsheet.content.ArticleDate;

/**
 * The one parser for the dates sources print: ISO 8601 / W3C-DTF (also compact and truncated forms), RFC 822 and
 * its sloppy variants, asctime, and written-out dates ({@code December 20, 2014}, {@code Dec. 20, 2014 3:04 PM
 * EST}, {@code 20 December 2014}) with month names in several languages. A time without a zone is in the site's
 * zone; a date without a time stays a day. Anything doubtful is rejected rather than guessed.
 */
public final class DateParser {

    private static final Map<String, Integer> MONTH_NAMES = new HashMap<>();
    private static final Map<String, Integer> MONTH_ABBREVIATIONS = new HashMap<>();
    private static final Map<String, String> ZONE_NAMES = new HashMap<>();
    private static final Set<String> WEEKDAYS = Set.of(
            "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday",
            "fri", "friday", "sat", "saturday", "sun", "sunday",
            "seg", "ter", "qua", "qui", "sex", "sab", "dom", // Portuguese
            "lun", "mar", "mer", "jeu", "ven", "sam", "mié", "jue", "vie", // French, Spanish
            "mo", "di", "mi", "do", "fr", "sa", "so", // German
            "κυρ", "δευ", "τρι", "τετ", "πεμ", "παρ", "σαβ"); // Greek
    /** Words that may stand between the parts of a written date and mean nothing. */
    private static final Set<String> FILLER = Set.of("at", "of", "the", "de", "del", "on", "um", "à", "a", "le", "den");

    static {
        String[][] languages = {
            {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"},
            {"janeiro", "fevereiro", "marco", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"},
            {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
            {"janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"},
            {"januar", "februar", "marz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"},
            {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"},
            {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
            {"januar", "februar", "marcius", "aprilis", "majus", "junius", "julius", "augusztus", "szeptember", "oktober", "november", "december"},
            {"ιανουαριος", "φεβρουαριος", "μαρτιος", "απριλιος", "μαιος", "ιουνιος", "ιουλιος", "αυγουστος", "σεπτεμβριος", "οκτωβριος", "νοεμβριος", "δεκεμβριος"},
        };
        for (String[] names : languages) {
            for (int m = 0; m < 12; m++) {
                MONTH_NAMES.put(names[m], m + 1);
            }
        }
        // abbreviations that are not simply the first letters of a name above
        String[][] abbreviations = {{"mrz", "3"}, {"mrt", "3"}, {"sept", "9"}, {"μαι", "5"}, {"ιουν", "6"}, {"ιουλ", "7"}};
        for (String[] a : abbreviations) {
            MONTH_ABBREVIATIONS.put(a[0], Integer.valueOf(a[1]));
        }
        String[][] zones = {
            {"ut", "Z"}, {"utc", "Z"}, {"gmt", "Z"}, {"z", "Z"}, {"wet", "Z"},
            {"est", "-05:00"}, {"edt", "-04:00"}, {"cst", "-06:00"}, {"cdt", "-05:00"},
            {"mst", "-07:00"}, {"mdt", "-06:00"}, {"pst", "-08:00"}, {"pdt", "-07:00"},
            {"ast", "-04:00"}, {"adt", "-03:00"}, {"akst", "-09:00"}, {"akdt", "-08:00"}, {"hst", "-10:00"},
            // the US zones without standard/daylight letter, read as standard time (as feedparser does)
            {"at", "-04:00"}, {"et", "-05:00"}, {"ct", "-06:00"}, {"mt", "-07:00"}, {"pt", "-08:00"},
            {"bst", "+01:00"}, {"west", "+01:00"}, {"cet", "+01:00"}, {"met", "+01:00"}, {"cest", "+02:00"},
            {"mest", "+02:00"}, {"eet", "+02:00"}, {"eest", "+03:00"}, {"msk", "+03:00"},
            {"jst", "+09:00"}, {"kst", "+09:00"}, {"hkt", "+08:00"}, {"sgt", "+08:00"},
            {"aest", "+10:00"}, {"aedt", "+11:00"}, {"nzst", "+12:00"}, {"nzdt", "+13:00"}};
        for (String[] z : zones) {
            ZONE_NAMES.put(z[0], z[1]);
        }
    }

    // 2014-12-20, 2014-12, 2014, 2014-12-20T15:04:05.123+01:00, 2014-12-20 15:04:05 -00:20, 20141220T150405Z,
    // 2003-012-31 (a zero-padded month seen in feeds); also a month name in the month place (2004-július-13)
    private static final Pattern ISO = Pattern.compile(
            "(?<y>\\d{4})(?:(?<sep>-?)(?<m>0?\\d{2}|\\p{L}+)(?:\\k<sep>(?<d>\\d{2}))?)?"
            + "(?:(?:[Tt]|\\s+)(?<h>\\d{1,2})(?::?(?<min>\\d{2})(?::?(?<s>\\d{2})(?:[.,](?<frac>\\d{1,9}))?)?)?)?"
            + "\\s*(?<zone>[Zz]|[+-]\\d{2}(?::?\\d{2})?)?");
    // truncated ISO 8601:1988 forms with a two-digit year: 031231, 03-12-31, -0312, -03-12
    private static final Pattern ISO_SHORT = Pattern.compile("(?<y>\\d{2})(?<sep>-?)(?<m>\\d{2})\\k<sep>(?<d>\\d{2})|-(?<y2>\\d{2})-?(?<m2>\\d{2})");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,4})/(\\d{1,2})/(\\d{1,4})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?([ap]\\.?m\\.?)?");
    private static final Pattern OFFSET = Pattern.compile("(?:gmt|utc)?([+-])(\\d{1,2})(?::?(\\d{2}))?");
    private static final Pattern AMPM = Pattern.compile("[ap]\\.?m\\.?");
    private static final Pattern ORDINAL = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th|\\.)");
    private static final Pattern KOREAN = Pattern.compile("[년월일]|오전|오후");
    private static final ZoneOffset KOREA = ZoneOffset.ofHours(9);

    private DateParser() {
    }

    /** The date in {@code text}, or empty when it is not a date this parser is sure about. */
    public static Optional<ArticleDate> parse(String text, ZoneId zone) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        if (s.isEmpty() || s.length() > 80) {
            return Optional.empty();
        }
        // Korean blog engines print local time with 년/월/일 and 오전/오후 (a.m./p.m.) and no zone: it is Korea's
        ZoneId defaultZone = zone;
        if (KOREAN.matcher(s).find()) {
            s = s.replace("년", "-").replace("월", "-").replace("일", " ").replace("오전", " am ").replace("오후", " pm ")
                    .replaceAll("(\\d{4})-\\s*(\\d{1,2})-\\s*(\\d{1,2})", "$1-$2-$3").strip();
            defaultZone = KOREA;
        }
        try {
            Optional<ArticleDate> iso = iso(s, defaultZone);
            if (iso.isPresent()) {
                return iso;
            }
            return written(s, defaultZone);
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<ArticleDate> iso(String s, ZoneId zone) {
        Matcher shortForm = ISO_SHORT.matcher(s);
        if (shortForm.matches()) {
            // six digits are YYMMDD, never YYYYMM, which ISO 8601 forbids for this reason
            boolean yearMonth = shortForm.group("y2") != null;
            int year = 2000 + Integer.parseInt(yearMonth ? shortForm.group("y2") : shortForm.group("y"));
            int month = Integer.parseInt(yearMonth ? shortForm.group("m2") : shortForm.group("m"));
            int day = yearMonth ? 1 : Integer.parseInt(shortForm.group("d"));
            return Optional.of(ArticleDate.ofDay(LocalDate.of(year, month, day), zone));
        }
        Matcher m = ISO.matcher(s);
        if (m.matches()) {
            int month = 1;
            int day = 1;
            if (m.group("m") != null) {
                String mm = m.group("m");
                Integer named = Character.isDigit(mm.charAt(0)) ? Integer.valueOf(Integer.parseInt(mm)) : month(mm);
                if (named == null || (m.group("sep").isEmpty() && !Character.isDigit(mm.charAt(0)))) {
                    return Optional.empty();
                }
                month = named;
            }
            if (m.group("d") != null) {
                day = Integer.parseInt(m.group("d"));
            }
            LocalDate date = LocalDate.of(Integer.parseInt(m.group("y")), month, day);
            if (m.group("h") == null) {
                return m.group("zone") == null ? Optional.of(ArticleDate.ofDay(date, zone)) : Optional.empty();
            }
            if (m.group("min") == null) {
                return Optional.empty(); // "2014-12-20T15" is more likely a typo than an hour
            }
            LocalTime time = LocalTime.of(Integer.parseInt(m.group("h")), Integer.parseInt(m.group("min")),
                    m.group("s") == null ? 0 : Integer.parseInt(m.group("s")));
            return Optional.of(moment(date.atTime(time), m.group("zone") == null ? null : offset(m.group("zone")), zone));
        }
        return Optional.empty();
    }

    /** Written-out dates, read token by token: each part must be recognised, or the whole text is rejected. */
    private static Optional<ArticleDate> written(String original, ZoneId zone) {
        String s = Normalizer.normalize(original, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        Matcher slashed = SLASHED.matcher(s);
        if (slashed.find()) {
            String iso = slashedToIso(slashed);
            if (iso == null) {
                return Optional.empty();
            }
            s = s.substring(0, slashed.start()) + iso + s.substring(slashed.end());
        }
        List<String> tokens = new ArrayList<>();
        for (String t : s.split("[\\s,]+")) {
            if (!t.isEmpty()) {
                tokens.add(t);
            }
        }
        Integer month = null;
        Integer year = null;
        Integer day = null;
        LocalTime time = null;
        ZoneOffset offset = null;
        ZoneId namedZone = null;
        Boolean pm = null;
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            Matcher tm = TIME.matcher(t);
            Matcher om = OFFSET.matcher(t);
            Matcher ordinal = ORDINAL.matcher(t);
            String word = t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
            if (t.matches("\\d{4}-\\d{2}-\\d{2}") && year == null) {
                LocalDate d = LocalDate.parse(t);
                year = d.getYear();
                month = d.getMonthValue();
                day = d.getDayOfMonth();
            } else if (tm.matches() && time == null) {
                time = LocalTime.of(Integer.parseInt(tm.group(1)), Integer.parseInt(tm.group(2)),
                        tm.group(3) == null ? 0 : Integer.parseInt(tm.group(3)));
                if (tm.group(4) != null) {
                    pm = tm.group(4).startsWith("p");
                }
            } else if (AMPM.matcher(t).matches() && pm == null) {
                pm = t.startsWith("p");
            } else if (t.matches("\\d+")) {
                if (t.length() == 4 && (year != null || numbers.size() >= 2) && time == null) {
                    // "03 Apr 02 1500 GMT": after day and year, four digits are a time
                    time = LocalTime.of(Integer.parseInt(t.substring(0, 2)), Integer.parseInt(t.substring(2)));
                } else if (t.length() == 4 && year == null) {
                    year = Integer.parseInt(t);
                } else if (t.length() <= 2) {
                    numbers.add(Integer.parseInt(t));
                } else {
                    return Optional.empty();
                }
            } else if (ordinal.matches()) {
                numbers.add(Integer.parseInt(ordinal.group(1)));
            } else if (om.matches() && (t.startsWith("+") || t.startsWith("-") || t.startsWith("gmt") || t.startsWith("utc"))
                    && offset == null && time != null) {
                int hours = Integer.parseInt(om.group(2));
                int minutes = om.group(3) == null ? 0 : Integer.parseInt(om.group(3));
                offset = ZoneOffset.ofHoursMinutes(om.group(1).equals("-") ? -hours : hours, om.group(1).equals("-") ? -minutes : minutes);
            } else if (month == null && month(word) != null && !(i == 0 && WEEKDAYS.contains(word) && tokens.size() > 1
                    && month(tokens.get(1).replace(".", "")) != null)) {
                month = month(word);
            } else if (WEEKDAYS.contains(word) || (i == 0 && original.strip().matches("^[^\\s,]+,.*") && word.matches("\\p{L}{2,4}"))) {
                continue; // a weekday says nothing a date does not
            } else if (FILLER.contains(t) && time == null) {
                continue; // "December 20, 2014 at 3:04 PM": before a time, "at" is a word, not Atlantic time
            } else if (ZONE_NAMES.containsKey(t) && offset == null && namedZone == null) {
                offset = ZoneOffset.of(ZONE_NAMES.get(t));
            } else if (t.contains("/") && namedZone == null && offset == null) {
                namedZone = ZoneId.of(originalCase(original, t));
            } else if (FILLER.contains(t)) {
                continue;
            } else {
                return Optional.empty();
            }
        }
        if (month == null) {
            return Optional.empty();
        }
        if (day == null) {
            if (numbers.isEmpty()) {
                return Optional.empty();
            }
            day = numbers.remove(0);
        }
        if (year == null) {
            if (numbers.isEmpty()) {
                return Optional.empty();
            }
            int y = numbers.remove(0);
            year = y < 70 ? 2000 + y : 1900 + y;
        }
        if (!numbers.isEmpty()) {
            return Optional.empty();
        }
        LocalDate date = LocalDate.of(year, month, day);
        if (time == null) {
            return pm == null ? Optional.of(ArticleDate.ofDay(date, namedZone != null ? namedZone : zone)) : Optional.empty();
        }
        if (pm != null) {
            if (time.getHour() > 12 || time.getHour() == 0) {
                return Optional.empty();
            }
            time = time.withHour(time.getHour() % 12 + (pm ? 12 : 0));
        }
        if (namedZone != null) {
            return Optional.of(ArticleDate.ofMoment(date.atTime(time).atZone(namedZone).toOffsetDateTime()));
        }
        return Optional.of(moment(date.atTime(time), offset, zone));
    }

    /** Whether {@code text} is a date like 05/06/2014, whose day and month could be either way round. */
    public static boolean isDayMonthAmbiguous(String text) {
        Matcher m = SLASHED.matcher(text.strip());
        if (!m.matches() || m.group(3).length() != 4) {
            return false;
        }
        int x = Integer.parseInt(m.group(1));
        int y = Integer.parseInt(m.group(2));
        return x != y && x >= 1 && x <= 12 && y >= 1 && y <= 12;
    }

    private static String slashedToIso(Matcher m) {
        String a = m.group(1);
        String b = m.group(2);
        String c = m.group(3);
        int year;
        int month;
        int day;
        if (a.length() == 4) {
            year = Integer.parseInt(a);
            month = Integer.parseInt(b);
            day = Integer.parseInt(c);
        } else if (c.length() == 4) {
            int x = Integer.parseInt(a);
            int y = Integer.parseInt(b);
            if (x == y && x <= 12) {
                day = x;
                month = x;
            } else if (x > 12 && y <= 12) {
                day = x;
                month = y;
            } else if (y > 12 && x <= 12) {
                month = x;
                day = y;
            } else {
                return null; // 05/06/2014: May 6 or 5 June? Refuse to guess.
            }
            year = Integer.parseInt(c);
        } else {
            return null;
        }
        return LocalDate.of(year, month, day).toString();
    }

    private static ArticleDate moment(LocalDateTime local, ZoneOffset offset, ZoneId zone) {
        return ArticleDate.ofMoment(offset != null ? local.atOffset(offset) : local.atZone(zone).toOffsetDateTime());
    }

    private static ZoneOffset offset(String zone) {
        if (zone.equalsIgnoreCase("z")) {
            return ZoneOffset.UTC;
        }
        String digits = zone.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
        return zone.charAt(0) == '-' ? ZoneOffset.ofHoursMinutes(-hours, -minutes) : ZoneOffset.ofHoursMinutes(hours, minutes);
    }

    /** The month a (lower-case, accent-free) word names: a full name, or its first three or more letters. */
    static Integer month(String word) {
        String w = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        if (w.length() < 3 || !w.chars().allMatch(Character::isLetter)) {
            return null;
        }
        Integer exact = MONTH_NAMES.getOrDefault(w, MONTH_ABBREVIATIONS.get(w));
        if (exact != null) {
            return exact;
        }
        Integer found = null;
        for (Map.Entry<String, Integer> e : MONTH_NAMES.entrySet()) {
            if (e.getKey().startsWith(w)) {
                if (found != null && !found.equals(e.getValue())) {
                    return null;
                }
                found = e.getValue();
            }
        }
        return found;
    }

    private static String originalCase(String original, String lower) {
        int at = original.toLowerCase(Locale.ROOT).indexOf(lower);
        return at < 0 ? lower : original.substring(at, at + lower.length());
    }
}
