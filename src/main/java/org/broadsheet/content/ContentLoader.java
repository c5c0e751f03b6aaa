package org.broadsheet.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.broadsheet.error.Diagnostics;
import org.broadsheet.error.InputException;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;
import org.broadsheet.fs.Litter;
import org.broadsheet.fs.SafeNames;
import org.broadsheet.fs.TextFiles;
import org.broadsheet.parallel.Parallel;

/**
 * Reads every article under the content folder, in parallel, and reports the problems of all bad files at once.
 */
public final class ContentLoader {

    /** The folders directly under content/ that hold Markdown files other than articles, each read by its own reader. */
    private static final Set<String> OWN_FOLDERS = Set.of(EditionIntros.FOLDER, Pages.FOLDER);

    private ContentLoader() {
    }

    /**
     * Loads all {@code .md} and {@code .markdown} files under {@code contentDir} (hidden files and folders, and the
     * edition introductions in {@link EditionIntros#FOLDER} and the pages in {@link Pages#FOLDER}, skipped), in path
     * order.
     *
     * @throws InputException with the problems of every file that could not be read
     */
    public static List<ContentFile> load(Path contentDir, ZoneId zone) {
        return load(contentDir, zone, new Memory(), Diagnostics.SILENT);
    }

    /**
     * What earlier loads read, by file, with the size and modification time it had: {@code serve} keeps one between
     * rebuilds, so a rebuild after one edit reads one file. Thread-safe.
     */
    public static final class Memory {
        private record Known(long size, long modifiedMillis, ContentFile file) {
        }

        private final Map<Path, Known> known = new ConcurrentHashMap<>();

        ContentFile recall(Path file, BasicFileAttributes now) {
            Known k = known.get(file);
            return k != null && k.size() == now.size() && k.modifiedMillis() == now.lastModifiedTime().toMillis() ? k.file() : null;
        }

        void remember(ContentFile file, BasicFileAttributes read) {
            known.put(file.file(), new Known(read.size(), read.lastModifiedTime().toMillis(), file));
        }

        void keepOnly(java.util.Collection<Path> files) {
            known.keySet().retainAll(new java.util.HashSet<>(files));
        }
    }

    /**
     * Like {@link #load(Path, ZoneId)}, reusing what {@code memory} read before for files unchanged since, and telling
     * {@code diagnostics} of the links it skips: broken ones, and ones that lead back into a folder they are in.
     */
    public static List<ContentFile> load(Path contentDir, ZoneId zone, Memory memory, Diagnostics diagnostics) {
        List<Outcome> outcomes = readAll(contentDir, zone, memory, diagnostics);
        List<ContentFile> articles = new ArrayList<>(outcomes.size());
        List<Problem> problems = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            if (outcome.article() != null) {
                articles.add(outcome.article());
            }
            problems.addAll(outcome.problems());
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return articles;
    }

    /** The articles that can be read, in path order; those that cannot are left to the build to report. */
    public static List<ContentFile> loadReadable(Path contentDir, ZoneId zone, Memory memory) {
        return readAll(contentDir, zone, memory, Diagnostics.SILENT).stream().map(Outcome::article).filter(a -> a != null).toList();
    }

    private static List<Outcome> readAll(Path contentDir, ZoneId zone, Memory memory, Diagnostics diagnostics) {
        Walk walk = find(contentDir, diagnostics);
        List<Found> files = walk.articles();
        memory.keepOnly(files.stream().map(Found::file).toList());
        return Parallel.map(files, f -> {
            Outcome read = readOne(f.file(), f.attributes(), zone, memory);
            Map<String, Path> resources = walk.bundles().get(f.file().getParent());
            return read.article() == null || resources == null || !FileNames.isBundleIndex(f.file()) ? read
                    : new Outcome(new ContentFile(f.file(), read.article().article(), resources), read.problems());
        });
    }

    /** The article files under {@code contentDir}, sorted; none when the folder does not exist. */
    public static List<Path> articleFiles(Path contentDir) {
        return find(contentDir, Diagnostics.SILENT).articles().stream().map(Found::file).toList();
    }

    /**
     * What a walk of the content folder found: the article files, and the other files of each folder that has an
     * {@code index.md} (Hugo's page bundle), by the folder and their path in it.
     */
    private record Walk(List<Found> articles, Map<Path, Map<String, Path>> bundles) {
    }

    /**
     * An article file with the attributes the walk read for it: a {@code serve} rebuild at 10,000 articles spent most
     * of its load stage asking for them two more times per file.
     */
    private record Found(Path file, BasicFileAttributes attributes) {
    }

    /**
     * Hidden files and folders, and the edition introductions' and the pages' folders, are left out; so are broken
     * links and links that lead back into a folder they are in (which would be walked without end), each with a warning.
     */
    private static Walk find(Path contentDir, Diagnostics diagnostics) {
        if (!Files.isDirectory(contentDir)) {
            return new Walk(List.of(), Map.of());
        }
        List<Found> found = new ArrayList<>();
        List<Path> others = new ArrayList<>();
        List<Found> sections = new ArrayList<>();
        try {
            Files.walkFileTree(contentDir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return skipped(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (skipped(file)) { // an unreadable folder that would have been skipped anyway (.Trashes)
                        return FileVisitResult.CONTINUE;
                    }
                    if (e instanceof FileSystemLoopException) {
                        diagnostics.warn(new Problem(SourcePosition.of(linkOf(contentDir, file)), "this link leads back into a "
                                + "folder it is in, so the folder would be read without end; it is skipped: delete the link, "
                                + "or point it at a folder outside " + contentDir.getFileName() + "/"));
                        return FileVisitResult.CONTINUE;
                    }
                    throw e;
                }

                private boolean skipped(Path dir) {
                    return !dir.equals(contentDir) && (hidden(dir)
                            || contentDir.equals(dir.getParent()) && OWN_FOLDERS.contains(dir.getFileName().toString()));
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isSymbolicLink() && !hidden(file)) { // the walk follows links: only a broken one is left
                        diagnostics.warn(new Problem(SourcePosition.of(file), "this link leads to " + target(file)
                                + ", which does not exist; it is skipped: correct the link, or delete it"));
                    } else if (attributes.isRegularFile() && !hidden(file) && FileNames.isMarkdown(file)) {
                        (isHugoSection(file) ? sections : found).add(new Found(file, attributes));
                    } else if (attributes.isRegularFile() && !hidden(file) && !Litter.is(file.getFileName().toString())) {
                        others.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(Comparator.comparing(Found::file));
        if (!sections.isEmpty()) { // a digest moved from Hugo: its section files have no date, and would fail as articles
            sections.sort(Comparator.comparing(Found::file));
            diagnostics.warn(new Problem(SourcePosition.of(sections.get(0).file()), "Hugo's section page (_index.md) is "
                    + "not an article, and Broadsheet makes its own listings, so it is not published" + (sections.size() > 1
                    ? ", nor are " + (sections.size() - 1) + " more" : "") + "; delete it, or move what it says to a "
                    + "page in content/pages/"));
        }
        // a file in the folder of an index.md, or below it, goes with that article (the nearest one, as in Hugo)
        // (not the content folder's own index.md: every stray file would be its)
        Set<Path> bundleFolders = new HashSet<>();
        found.stream().map(Found::file).filter(FileNames::isBundleIndex).map(Path::getParent)
                .filter(folder -> !folder.equals(contentDir)).forEach(bundleFolders::add);
        Map<Path, Map<String, Path>> bundles = new HashMap<>();
        Path realContent = realOrSelf(contentDir);
        Map<Path, Path> realFolders = new HashMap<>();
        others.removeIf(file -> {
            for (Path folder = file.getParent(); folder != null && folder.startsWith(contentDir); folder = folder.getParent()) {
                if (bundleFolders.contains(folder)) {
                    String name = folder.relativize(file).toString().replace('\\', '/');
                    String refused = refusedInBundle(contentDir, folder, name, file,
                            realContent, realFolders.computeIfAbsent(folder, ContentLoader::realOrSelf));
                    if (refused == null) {
                        bundles.computeIfAbsent(folder, k -> new TreeMap<>()).put(name, file);
                    } else {
                        diagnostics.warn(new Problem(SourcePosition.of(file), refused));
                    }
                    return true;
                }
            }
            return false;
        });
        if (!others.isEmpty()) { // an image beside its article would otherwise vanish from the site without a word
            others.sort(Comparator.naturalOrder());
            diagnostics.warn(new Problem(SourcePosition.of(others.get(0)), "not an article (only .md and .markdown files"
                    + " are)" + (others.size() > 1 ? ", nor are " + (others.size() - 1) + " more files in " + contentDir.getFileName()
                    + "/" : "") + ", so it is not published; put images and other files for the site in static/ (static/"
                    + "images/x.png is published as images/x.png), or give the article and its files a folder of their "
                    + "own, with the article named index.md, to publish them together"));
        }
        return new Walk(found, bundles);
    }

    /**
     * Why the file {@code name} in the bundle {@code folder} cannot be published with its article, or null: a name
     * that is not safe to publish on every system, or a link that leads out of the content folder (it would publish
     * whatever it points to).
     */
    private static String refusedInBundle(Path contentDir, Path folder, String name, Path file, Path realContent,
            Path realFolder) {
        for (String part : name.split("/")) {
            if (!SafeNames.isSafe(part)) {
                return "this file of " + contentDir.relativize(folder).resolve("index.md").toString().replace('\\', '/')
                        + " is not published: '" + part + "' is not a name every web server and system can serve; rename "
                        + "it with letters, digits and . _ - ~ ! ( ) + , ; = @ (no spaces, # or ?, no '..', no names "
                        + "Windows keeps, such as con or nul)";
            }
        }
        try {
            Path target = file.toRealPath();
            // a linked folder of content/ is followed (as for articles), a link out of it is not
            if (!target.startsWith(realContent) && !target.startsWith(realFolder)) {
                return "this link leads out of the content folder (to " + target + "), so it is not published with its "
                        + "article; copy the file into the article's folder instead of linking it";
            }
        } catch (IOException e) {
            return "this file could not be read (" + e.getMessage() + "), so it is not published with its article";
        }
        return null;
    }

    private static Path realOrSelf(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder;
        }
    }

    /**
     * The link that made the walk come back to a folder it was in at {@code looped}: the last link on the way there
     * ({@code content/loop} for {@code content/loop/content} when {@code content/loop} leads to the site root).
     */
    private static Path linkOf(Path contentDir, Path looped) {
        for (Path p = looped; p != null && p.startsWith(contentDir) && !p.equals(contentDir); p = p.getParent()) {
            if (Files.isSymbolicLink(p)) {
                return p;
            }
        }
        return looped;
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "a file";
        }
    }

    /**
     * Whether content/ may hold something the site reads at {@code file}: an article (a Markdown name, nothing hidden
     * on the way) or anything in the edition introductions' or the pages' folder. An editor's swap, backup or
     * temporary files are not.
     */
    public static boolean mayBeRead(Path contentDir, Path file) {
        Path relative = contentDir.relativize(file);
        if (relative.getNameCount() == 0 || relative.startsWith("..")) {
            return false;
        }
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        return relative.getNameCount() > 1 && OWN_FOLDERS.contains(relative.getName(0).toString()) || FileNames.isMarkdown(file);
    }

    private static boolean isHugoSection(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.equals("_index.md") || name.equals("_index.markdown");
    }

    private static boolean hidden(Path p) {
        return p.getFileName().toString().startsWith(".");
    }

    /**
     * Reads one article file again, or recalls it when it is unchanged since {@code memory} read it; {@code memory}
     * remembers it, so the next {@link #load} need not read it.
     *
     * @throws InputException when the file cannot be read or is not a valid article
     */
    public static ContentFile reread(Path file, ZoneId zone, Memory memory) {
        Outcome outcome = readOne(file, zone, memory);
        if (outcome.article() == null) {
            throw new InputException(outcome.problems());
        }
        return outcome.article();
    }

    /** What reading one file gave: its article, or its problems. */
    private record Outcome(ContentFile article, List<Problem> problems) {
    }

    private static Outcome readOne(Path file, ZoneId zone, Memory memory) {
        try {
            return readOne(file, Files.readAttributes(file, BasicFileAttributes.class), zone, memory);
        } catch (IOException e) {
            return new Outcome(null, List.of(new Problem(SourcePosition.of(file), "cannot read the file: " + e.getMessage())));
        }
    }

    /** @param before the file's attributes, read before the file is */
    private static Outcome readOne(Path file, BasicFileAttributes before, ZoneId zone, Memory memory) {
        try {
            ContentFile known = memory.recall(file, before);
            if (known != null) {
                return new Outcome(known, List.of());
            }
            ContentFile read = new ContentFile(file, ArticleParser.parse(file, TextFiles.readUtf8(file), zone));
            memory.remember(read, before); // the attributes from before reading: an edit meanwhile is seen next time
            return new Outcome(read, List.of());
        } catch (InputException e) {
            return new Outcome(null, e.problems());
        }
    }

}
