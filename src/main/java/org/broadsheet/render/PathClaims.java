package org.broadsheet.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.broadsheet.error.InputException;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;

/**
 * Every path a build is about to publish, each claimed by the site itself or by something a user wrote (an article
 * under a permalink setting, a page, an alias, a static file), and the refusal of two claims that cannot both be
 * published: the same path, or one claim's file where another needs a folder ({@code robots.txt} and
 * {@code robots.txt/index.html}). Paths are compared without case, as macOS and Windows file systems and many hosts
 * compare them: {@code Tags/} would replace {@code tags/} there.
 */
final class PathClaims {

    /** How much a kind of claim is to blame for a clash: the more a user chose the path, the more. */
    enum Kind {
        SITE(""),
        ARTICLE("set another 'slug:', or another 'permalink' in the config"),
        PAGE("set another 'slug:'"),
        THEME("to replace a theme file, give yours the theme file's own name (the case too); else rename it"),
        STATIC("rename or remove this file"),
        ALIAS("an alias is for an address no longer in use: remove it from 'aliases:'");

        final String hint;

        Kind(String hint) {
            this.hint = hint;
        }
    }

    /**
     * @param self how the problem names the claim at its own position ("this page"), or the site's path
     * @param named how a problem at another claim names this one ("the page content/pages/about.md")
     * @param where null for the site's own
     */
    private record Claim(String path, Kind kind, String self, String named, SourcePosition where) {
    }

    private final List<Claim> claims = new ArrayList<>();

    void site(String path) {
        claims.add(new Claim(path, Kind.SITE, "", "the site's own " + path, null));
    }

    void user(String path, Kind kind, String self, String named, SourcePosition where) {
        claims.add(new Claim(path, kind, self, named, where));
    }

    /** @throws InputException at the claim to blame for each clash (the one a user chose most), naming the other */
    void refuseClashes() {
        Map<String, Claim> files = new HashMap<>(claims.size() * 2);
        Map<String, Claim> folders = new HashMap<>(claims.size() * 2);
        List<Problem> problems = new ArrayList<>();
        for (Claim claim : claims) {
            String key = claim.path().toLowerCase(Locale.ROOT);
            String path = claim.path();
            Claim other = files.get(key);
            String clash = other == null ? null : " would be published at " + path + caseOnly(path, other.path())
                    + (other.kind() == Kind.SITE ? ", which the site makes itself" : ", where " + other.named() + " is");
            if (clash == null && (other = folders.get(key)) != null) {
                clash = " would be a file at " + path + ", where a folder is needed for " + other.named();
            }
            // prefixes of the path as written, each lowered by itself: lowering can change a text's length (İ)
            for (int slash = path.indexOf('/'); clash == null && slash > 0; slash = path.indexOf('/', slash + 1)) {
                other = files.get(path.substring(0, slash).toLowerCase(Locale.ROOT));
                if (other != null) {
                    clash = " needs a folder at " + path.substring(0, slash) + ", where " + other.named() + " is a file";
                }
            }
            if (clash == null) {
                files.put(key, claim);
                for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
                    folders.putIfAbsent(path.substring(0, slash).toLowerCase(Locale.ROOT), claim);
                }
            } else {
                problems.add(problem(claim, other, clash));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing((Problem p) -> p.where().file()).thenComparingInt(p -> p.where().line()));
            throw new InputException(problems);
        }
    }

    /** The problem at whichever of the two a user chose more; {@code clash} is said of {@code claim}. */
    private static Problem problem(Claim claim, Claim other, String clash) {
        if (other.kind().compareTo(claim.kind()) > 0) { // the earlier claim is more to blame: say it of that one
            return new Problem(other.where(), other.self() + " clashes with " + claim.named() + " at " + claim.path()
                    + "; " + other.kind().hint);
        }
        if (claim.kind() == Kind.SITE) { // two of the site's own: a theme asset named like a page, say; never a crash
            return new Problem(SourcePosition.of(java.nio.file.Path.of(claim.path())), "the site makes two files at "
                    + claim.path() + "; rename the theme or static file of that name");
        }
        return new Problem(claim.where(), claim.self() + clash + "; " + claim.kind().hint);
    }

    /** Said of two paths that are one file on macOS and Windows, so the message does not seem to name another. */
    private static String caseOnly(String path, String other) {
        return path.equals(other) ? "" : " (" + other + " but for case: one file on macOS and Windows)";
    }
}
