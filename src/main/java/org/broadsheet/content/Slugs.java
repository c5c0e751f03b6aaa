package org.broadsheet.content;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.broadsheet.fs.SafeNames;

/**
 * Turns titles and names into URL and file names: lower case, words joined by dashes, accents dropped from Latin
 * letters, other scripts kept, never a path separator, a dot segment or a name Windows reserves.
 */
public final class Slugs {

    public static final int MAX_LENGTH = 80;
    /** Pluses or a sharp right after a letter or digit, and not before one: C++, C#, Google+ (not A+B, #tag). */
    private static final Pattern CLOSING_SIGNS = Pattern.compile("(?<=[\\p{L}\\p{N}])(\\++|#)(?![\\p{L}\\p{N}])");
    private static final List<String> SITE_FILE_ENDINGS = List.of(".html", ".xml", ".json", ".js", ".txt");

    private Slugs() {
    }

    /** The slug of {@code text}, or {@code fallback} when nothing usable is left (emoji-only titles). */
    public static String slugify(String text, String fallback) {
        StringBuilder out = new StringBuilder();
        boolean dash = false;
        boolean afterLatin = false;
        // composed first, so "e" + combining acute is one letter whose accent can be dropped
        String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace("ß", "ss").replace("æ", "ae").replace("œ", "oe")
                .replace("ø", "o").replace("đ", "d").replace("ł", "l").replace("þ", "th");
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            String base = latinBase(cp);
            if (base != null) {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                out.append(base);
                dash = false;
                afterLatin = Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN || cp < 0x80;
            } else if (cp == '\'' || cp == '’' || Character.getType(cp) == Character.NON_SPACING_MARK) {
                // apostrophes join words ("Sony's" -> "sonys"); marks stay with letters of scripts that need them
                // (Devanagari, Thai) and go with Latin ones, whose accents are dropped
                if (Character.getType(cp) == Character.NON_SPACING_MARK && out.length() > 0 && !dash && !afterLatin) {
                    out.appendCodePoint(cp);
                }
            } else {
                dash = true;
            }
        }
        String slug = truncate(out.toString());
        if (slug.isEmpty()) {
            return fallback;
        }
        return SafeNames.isWindowsDevice(slug) ? slug + "-1" : slug;
    }

    /**
     * The slug of a name (a tag, a publication): {@link #slugify}'s, except that "+" and "#" closing a word are
     * spelled out, so that C++, C# and C get three pages ({@code c-plus-plus}, {@code c-sharp}, {@code c}) instead of
     * one. Names without them keep their slug; a "#" that opens a word (a hashtag) is dropped as before.
     */
    public static String nameSlug(String name, String fallback) {
        if (name.indexOf('+') < 0 && name.indexOf('#') < 0) {
            return slugify(name, fallback);
        }
        String spelled = CLOSING_SIGNS.matcher(name).replaceAll(m -> m.group().replace("+", " plus").replace("#", " sharp"));
        return slugify(spelled, fallback);
    }

    /**
     * True when an author's own {@code slug:} can be used: one path segment of letters, digits, dots and dashes, that
     * does not {@linkplain #looksLikeASiteFile look like a file the site writes}.
     */
    public static boolean isUsableAsGiven(String slug) {
        return isSafeName(slug) && !looksLikeASiteFile(slug);
    }

    /**
     * True when {@code name} can be a folder or file name of the site on every system and host: letters, digits, dots
     * and dashes, starting with a letter or digit (no hidden files), and not a name Windows keeps for devices.
     */
    public static boolean isSafeName(String name) {
        return SafeNames.isSafe(name);
    }

    /**
     * True when {@code slug} ends like the files the site writes (pages, feeds, the sitemap, scripts, robots.txt): an
     * article's folder named {@code index.html} would stand where its month's page goes, and one named
     * {@code x.xml} would pass for a file.
     */
    public static boolean looksLikeASiteFile(String slug) {
        String name = slug.toLowerCase(Locale.ROOT);
        return SITE_FILE_ENDINGS.stream().anyMatch(name::endsWith);
    }

    /** Letters and digits: ASCII as is, accented Latin letters as their base letter, other scripts kept. */
    private static String latinBase(int cp) {
        if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
            return String.valueOf((char) cp);
        }
        if (!Character.isLetterOrDigit(cp)) {
            return null;
        }
        if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
            String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
            String ascii = decomposed.replaceAll("[^a-z0-9]", "");
            return ascii.isEmpty() ? null : ascii;
        }
        if (Character.isDigit(cp)) {
            return String.valueOf(Character.digit(cp, 10));
        }
        return new String(Character.toChars(cp));
    }

    private static String truncate(String slug) {
        if (slug.codePointCount(0, slug.length()) <= MAX_LENGTH) {
            return slug;
        }
        String cut = slug.substring(0, slug.offsetByCodePoints(0, MAX_LENGTH));
        int lastDash = cut.lastIndexOf('-');
        return lastDash > MAX_LENGTH / 2 ? cut.substring(0, lastDash) : cut.replaceAll("-+$", "");
    }
}
