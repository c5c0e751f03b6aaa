package org.broadsheet.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.broadsheet.config.SiteConfig;
import org.broadsheet.config.SitePaths;
import org.broadsheet.content.Article;
import org.broadsheet.content.ArticleParser;
import org.broadsheet.content.ArticleSerializer;
import org.broadsheet.content.ContentFile;
import org.broadsheet.content.ContentLoader;
import org.broadsheet.content.Origin;
import org.broadsheet.error.Diagnostics;
import org.broadsheet.error.InputException;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;
import org.broadsheet.fs.AtomicFiles;

/**
 * Turns sources into content files. It decides, per source, whether to write a new Markdown file, leave an
 * unchanged one alone, or keep a file the editor has changed; it never overwrites an edited file.
 */
public final class Importer {

    private final SiteConfig config;
    private final List<SourceReader> readers;
    private final Diagnostics diagnostics;

    public Importer(SiteConfig config, List<SourceReader> readers, Diagnostics diagnostics) {
        this.config = config;
        this.readers = List.copyOf(readers);
        this.diagnostics = diagnostics;
    }

    /** The readers for every source kind Broadsheet knows, configured for {@code config}. */
    public static List<SourceReader> standardReaders(SiteConfig config) {
        return List.of(new TextDumpReader(config.timezone(), new Boilerplate(config.imports().boilerplate())));
    }

    /** Imports every source under the config's sources folder (none if it does not exist). */
    public ImportReport importSources(boolean dryRun) {
        Path sources = config.paths().sources();
        return importPaths(Files.isDirectory(sources) ? List.of(sources) : List.of(), dryRun);
    }

    /** Imports the given files and folders (folders recursively, hidden files and READMEs skipped). */
    public ImportReport importPaths(List<Path> inputs, boolean dryRun) {
        SitePaths paths = config.paths();
        Map<String, ContentFile> byOrigin = existingImports(paths.content());
        ImportLedger ledger = ImportLedger.open(paths.root());
        ArticlePlacement placement = new ArticlePlacement(paths.content(), config.timezone());
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (Path file : sourceFiles(inputs, outcomes)) {
            String name = paths.display(file);
            ImportOutcome outcome = importOne(file, name, byOrigin, ledger, placement, dryRun);
            outcomes.add(outcome);
            diagnostics.detail(outcome.describe(paths));
        }
        if (!dryRun) {
            try {
                ledger.save();
            } catch (IOException e) {
                diagnostics.warn(new Problem(SourcePosition.of(paths.root().resolve(ImportLedger.FILE)),
                        "cannot update the import ledger: " + e.getMessage()));
            }
        }
        return new ImportReport(outcomes, dryRun);
    }

    private ImportOutcome importOne(Path file, String name, Map<String, ContentFile> byOrigin, ImportLedger ledger,
            ArticlePlacement placement, boolean dryRun) {
        SourceFile source;
        try {
            source = SourceFile.read(file, name);
        } catch (InputException e) {
            return new ImportOutcome.Failed(name, e.problems());
        }
        Optional<SourceReader> reader = readers.stream().filter(r -> r.accepts(source)).findFirst();
        if (reader.isEmpty()) {
            return new ImportOutcome.Failed(name, List.of(new Problem(SourcePosition.of(file),
                    "not a source Broadsheet can read (it looks binary or of an unknown kind); move it out of the sources folder")));
        }
        List<Article> articles;
        try {
            articles = reader.get().read(source);
        } catch (InputException e) {
            return new ImportOutcome.Failed(name, e.problems());
        }
        // one article per source for the kinds read so far
        Article article = articles.get(0).withOrigin(new Origin(name, source.sha256()));
        String markdown = ArticleSerializer.toMarkdown(article);

        ContentFile existing = byOrigin.get(name);
        if (existing != null) {
            return compareWithExisting(name, existing, article, markdown);
        }
        String earlier = ledger.contentFileOf(name);
        if (earlier != null) {
            return new ImportOutcome.Skipped(name, "imported to " + earlier
                    + " before and since deleted; not imported again (delete its line in " + ImportLedger.FILE + " to re-import)");
        }
        Path target = placement.place(article);
        if (!dryRun) {
            try {
                AtomicFiles.write(target, markdown.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                return new ImportOutcome.Failed(name, List.of(new Problem(SourcePosition.of(target), "cannot write: " + e.getMessage())));
            }
            ledger.record(name, config.paths().display(target));
        }
        return new ImportOutcome.Imported(name, target);
    }

    private static ImportOutcome compareWithExisting(String name, ContentFile existing, Article article, String markdown) {
        String current;
        try {
            current = Files.readString(existing.file(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            current = "";
        }
        if (current.equals(markdown)) {
            return new ImportOutcome.Unchanged(name, existing.file());
        }
        boolean sourceSame = existing.article().origin().sha256().equals(article.origin().sha256());
        return new ImportOutcome.Kept(name, existing.file(), sourceSame
                ? "edited since import; your version is kept"
                : "the source changed since import, and your file is kept as it is");
    }

    /** Content files written by import, by source name. Files that do not parse are left to the build to report. */
    private Map<String, ContentFile> existingImports(Path contentDir) {
        Map<String, ContentFile> byOrigin = new HashMap<>();
        List<ContentFile> parsed = ContentLoader.articleFiles(contentDir).parallelStream().map(f -> {
            try {
                return new ContentFile(f, ArticleParser.parse(f, ContentLoader.readUtf8(f), config.timezone()));
            } catch (InputException e) {
                return null;
            }
        }).filter(cf -> cf != null && cf.article().origin() != null).toList();
        for (ContentFile cf : parsed) {
            byOrigin.putIfAbsent(cf.article().origin().file(), cf);
        }
        return byOrigin;
    }

    private static List<Path> sourceFiles(List<Path> inputs, List<ImportOutcome> outcomes) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isRegularFile(input)) {
                files.add(input.toAbsolutePath().normalize());
            } else if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(p -> Files.isRegularFile(p) && isSourceName(input, p))
                            .map(p -> p.toAbsolutePath().normalize())
                            .sorted(Comparator.naturalOrder())
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                outcomes.add(new ImportOutcome.Failed(input.toString(), List.of(new Problem(SourcePosition.of(input),
                        "no such file or folder"))));
            }
        }
        return files;
    }

    private static boolean isSourceName(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        return !p.getFileName().toString().toUpperCase(java.util.Locale.ROOT).startsWith("README");
    }
}
