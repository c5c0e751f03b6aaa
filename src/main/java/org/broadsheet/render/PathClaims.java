package org.broadsheet.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.broadsheet.config.PermalinkPattern;
import org.broadsheet.config.SitePaths;
import org.broadsheet.content.Aliases;
import org.broadsheet.content.Page;
import org.broadsheet.error.InputException;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;
import org.broadsheet.site.Entry;
import org.broadsheet.site.Permalinks;
import org.broadsheet.site.Site;

/**
 * Every path a build is about to publish, each claimed by the site itself or by something a user wrote (an article
 * under a permalink setting, a page, an alias, a static file, a file published with its article), and the refusal of
 * two claims that cannot both be published: the same path, or one claim's file where another needs a folder
 * ({@code robots.txt} and {@code robots.txt/index.html}). Paths are compared without case, as macOS and Windows file systems and many hosts
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
        RESOURCE("rename this file, or move it out of the article's folder"),
        ALIAS("an alias is for an address no longer in use: remove it from 'aliases:'");

        final String hint;

        Kind(String hint) {
            this.hint = hint;
        }
    }

    /**
     * @param self how the problem names the claim at its own position ("this page"), or the site's path
     * @param named how a problem at another claim names this one ("the page content/pages/about.md")
     * @param where where a problem with it is reported (looked up only then); null for the site's own
     */
    private record Claim(String path, Kind kind, String self, String named, Supplier<SourcePosition> where) {
    }

    private final List<Claim> claims = new ArrayList<>();
    /** The paths of the files made for users' claims, counted: the rest of what the build makes is the site's own. */
    private final Map<String, Integer> claimedByUsers = new HashMap<>();

    /**
     * Refuses what a user wrote (an article under a permalink setting, a page, an alias, a theme or static file) where
     * the site or another of them publishes a file, or needs a folder: a page's {@code slug: tags} would replace the
     * tags index, an alias {@code /robots.txt/} needs a folder where robots.txt is. With none of them (articles in
     * month folders meet no other page), there is nothing to check.
     *
     * @param made the path of every file the build renders (articles, pages and aliases among them)
     */
    static void refuseClashes(Site site, List<String> made, StaticFiles assets) {
        boolean aliases = site.entries().stream().anyMatch(e -> !e.article().aliases().isEmpty())
                || site.pages().stream().anyMatch(p -> !p.aliases().isEmpty());
        boolean bundles = site.entries().stream().anyMatch(e -> !e.resources().isEmpty());
        if (!aliases && !bundles && site.pages().isEmpty() && assets.ownFiles().isEmpty() && assets.themeFiles().isEmpty()
                && site.config().permalink().equals(PermalinkPattern.DEFAULT)) {
            return;
        }
        SitePaths paths = site.config().paths();
        PathClaims claims = new PathClaims();
        for (Entry e : site.entries()) {
            String file = paths.display(e.file());
            claims.made(e.path(), Kind.ARTICLE, "this article", "the article " + file, () -> SourcePosition.of(e.file()));
            claims.aliases(e.article().aliases(), file, e.file());
            e.resources().forEach((path, source) -> claims.user(path, Kind.RESOURCE, "this file of " + file,
                    "the file " + paths.display(source), SourcePosition.of(source)));
        }
        for (Page page : site.pages()) {
            String file = paths.display(page.file());
            claims.made(Permalinks.page(page.slug()), Kind.PAGE, "this page", "the page " + file,
                    () -> SourcePosition.of(page.file()));
            claims.aliases(page.aliases(), file, page.file());
        }
        for (String path : made) {
            if (claims.claimedByUsers.merge(path, -1, Integer::sum) < 0) {
                claims.site(path);
            }
        }
        for (OutputFile file : assets.files()) {
            if (!assets.ownFiles().containsKey(file.path()) && !assets.themeFiles().containsKey(file.path())) {
                claims.site(file.path()); // a built-in theme file
            }
        }
        assets.themeFiles().forEach((path, file) -> claims.user(path, Kind.THEME, "this theme file",
                "the theme file " + paths.display(file.source()), SourcePosition.of(file.source())));
        assets.ownFiles().forEach((path, file) -> claims.user(path, Kind.STATIC, "this static file",
                "the static file " + paths.display(file.source()), SourcePosition.of(file.source())));
        claims.refuseClashes();
    }

    private void site(String path) {
        claims.add(new Claim(path, Kind.SITE, "", "the site's own " + path, null));
    }

    private void user(String path, Kind kind, String self, String named, SourcePosition where) {
        claims.add(new Claim(path, kind, self, named, () -> where));
    }

    /** A user's claim on a file the build renders for it, which is then not the site's own. */
    private void made(String path, Kind kind, String self, String named, Supplier<SourcePosition> where) {
        claimedByUsers.merge(path, 1, Integer::sum);
        claims.add(new Claim(path, kind, self, named, where));
    }

    private void aliases(List<String> aliases, String shown, Path file) {
        for (String alias : aliases) {
            String written = Aliases.written(alias);
            made(alias, Kind.ALIAS, "the alias " + written, "the alias " + written + " of " + shown,
                    () -> Aliases.positionIn(file, alias)); // its line, read again only for a problem
        }
    }

    /** @throws InputException at the claim to blame for each clash (the one a user chose most), naming the other */
    private void refuseClashes() {
        claims.sort(Comparator.comparing(Claim::kind)); // stable: the site's own first, then by how much a user chose

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

    /**
     * The problem at {@code claim}, which a user chose at least as much as {@code other} (claims are checked in that
     * order); {@code clash} says what it is.
     */
    private static Problem problem(Claim claim, Claim other, String clash) {
        if (claim.kind() == Kind.SITE) { // two of the site's own: not a user's doing, and never a crash
            return new Problem(SourcePosition.of(Path.of(claim.path())), "the site makes two files at "
                    + claim.path() + " (" + other.path() + "); please report this");
        }
        return new Problem(claim.where().get(), claim.self() + clash + "; " + claim.kind().hint);
    }

    /** Said of two paths that are one file on macOS and Windows, so the message does not seem to name another. */
    private static String caseOnly(String path, String other) {
        return path.equals(other) ? "" : " (" + other + " but for case: one file on macOS and Windows)";
    }
}
