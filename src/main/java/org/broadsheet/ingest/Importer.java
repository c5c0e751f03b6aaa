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
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.broadsheet.config.ImportSettings;
import org.broadsheet.config.SiteConfig;
import org.broadsheet.config.SitePaths;
import org.broadsheet.content.Article;
import org.broadsheet.content.ArticleDate;
import org.broadsheet.content.ArticleSerializer;
import org.broadsheet.content.ContentFile;
import org.broadsheet.content.ContentLoader;
import org.broadsheet.content.Markdown;
import org.broadsheet.content.Origin;
import org.broadsheet.error.Diagnostics;
import org.broadsheet.error.InputException;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;
import org.broadsheet.fs.AtomicFiles;
import org.broadsheet.fs.Hashes;
import org.broadsheet.ingest.html.HtmlToMarkdown;

/**
 * Turns sources into content files. It decides, per article, whether to write a new Markdown file, leave an
 * unchanged one alone, keep a file the editor has changed, skip one the editor deleted, or refuse a duplicate of a
 * story already in content/; it never overwrites an edited file.
 */
public final class Importer {

    private static final org.broadsheet.content.Markdown TEXT = new org.broadsheet.content.Markdown();
    private static final String EDITED = "edited since import; your version is kept";

    /**
     * How to run an import.
     *
     * @param dryRun report what would happen; write nothing
     * @param explain report why each tag was given
     * @param force import again over content files that differ from what import would write (edited, or from a
     *        changed source), keeping each replaced file as {@code <name>.bak}; and import again what was deleted
     */
    public record Options(boolean dryRun, boolean explain, boolean force) {
        public static Options dryRun(boolean dryRun) {
            return new Options(dryRun, false, false);
        }
    }

    private final SiteConfig config;
    private final List<SourceReader> readers;
    private final Diagnostics diagnostics;
    private final TagRules tagRules;
    private final ContentLoader.Memory content;

    public Importer(SiteConfig config, List<SourceReader> readers, Diagnostics diagnostics) {
        this(config, readers, diagnostics, new ContentLoader.Memory());
    }

    /** @param content what the build reads content/ with: the articles import reads, the build need not read again */
    public Importer(SiteConfig config, List<SourceReader> readers, Diagnostics diagnostics, ContentLoader.Memory content) {
        this.config = config;
        this.readers = List.copyOf(readers);
        this.diagnostics = diagnostics;
        this.tagRules = new TagRules(config.imports());
        this.content = content;
    }

    /** The readers for every source kind Broadsheet knows, configured for {@code config}. */
    public static List<SourceReader> standardReaders(SiteConfig config) {
        return standardReaders(config, null);
    }

    /** The standard readers; {@code date} (may be null) is for sources without a date of their own. */
    public static List<SourceReader> standardReaders(SiteConfig config, ArticleDate date) {
        DatePolicy dates = new DatePolicy(date, config.imports().defaultDate() == ImportSettings.DefaultDate.FILE_MTIME,
                config.timezone());
        HtmlToMarkdown markdown = new HtmlToMarkdown();
        // order matters: the first reader that recognises a source's content reads it
        return List.of(new FeedReader(dates, markdown), new MarkdownSourceReader(config.timezone()),
                new HtmlPageReader(dates, markdown), new TextDumpReader(dates, new Boilerplate(config.imports().boilerplate())));
    }

    /** The reader that recognises {@code source}, if any. */
    public static Optional<SourceReader> readerFor(List<SourceReader> readers, SourceFile source) {
        return readers.stream().filter(r -> r.accepts(source)).findFirst();
    }

    /** Imports every source under the config's sources folder (none if it does not exist). */
    public ImportReport importSources(boolean dryRun) {
        return importSources(Options.dryRun(dryRun));
    }

    public ImportReport importSources(Options options) {
        Path sources = config.paths().sources();
        return importPaths(Files.isDirectory(sources) ? List.of(sources) : List.of(), options);
    }

    public ImportReport importPaths(List<Path> inputs, boolean dryRun) {
        return importPaths(inputs, Options.dryRun(dryRun));
    }

    /** Imports the given files and folders (folders recursively, hidden files and READMEs skipped). */
    public ImportReport importPaths(List<Path> inputs, Options options) {
        SitePaths paths = config.paths();
        List<ImportOutcome> outcomes = new ArrayList<>();
        List<Path> files = sourceFiles(inputs, outcomes);
        if (files.isEmpty()) { // content/ need not be read (it took 6 s of a build at 10,000 articles without sources)
            return new ImportReport(outcomes, options.dryRun());
        }
        ConverterStamp.State stamp = ConverterStamp.of(paths);
        Run run = new Run(options, stamp == ConverterStamp.State.OTHER);
        if (!options.dryRun()) {
            AtomicFiles.deleteLeftovers(paths.content());
        }
        loadExisting(paths.content(), run);
        int done = 0;
        for (Path file : files) {
            importSource(file, paths.display(file), run, outcomes::add); // the caller reports them
            diagnostics.progress("import", ++done, files.size());
        }
        if (!options.dryRun()) {
            try {
                run.ledger.save();
            } catch (IOException e) {
                diagnostics.warn(new Problem(SourcePosition.of(paths.root().resolve(ImportLedger.FILE)),
                        "cannot update the import ledger: " + e.getMessage()));
            }
            if (stamp != ConverterStamp.State.CURRENT && inputs.size() == 1 && isSourcesFolder(inputs.get(0))) {
                ConverterStamp.record(paths); // every source checked: only a new build of Broadsheet reads them again
            }
        }
        return new ImportReport(outcomes, options.dryRun());
    }

    private boolean isSourcesFolder(Path input) {
        return input.toAbsolutePath().normalize().equals(config.paths().sources().toAbsolutePath().normalize());
    }

    /** The state of one import run. */
    private final class Run {
        final Options options;
        /** This build of Broadsheet has not checked the sources yet: unchanged ones are read again (see ConverterStamp). */
        final boolean recheck;
        final Map<String, ContentFile> byOrigin = new HashMap<>();
        final DuplicateIndex duplicates = new DuplicateIndex();
        final ImportLedger ledger = ImportLedger.open(config.paths().root());
        final ArticlePlacement placement = new ArticlePlacement(config.paths().content(), config.timezone());

        Run(Options options, boolean recheck) {
            this.options = options;
            this.recheck = recheck;
        }
    }

    private void importSource(Path file, String name, Run run, Consumer<ImportOutcome> report) {
        SourceReading reading;
        ImportOutcome known = null; // what an unchanged source's outcome is without reading it
        try {
            SourceFile source = SourceFile.read(file, name);
            known = run.options.force() ? null : alreadyImported(source, name, run).orElse(null);
            if (known != null && !(run.recheck && known instanceof ImportOutcome.Unchanged)) {
                report.accept(known);
                return;
            }
            // from here, a known (unchanged) source is read again for a new build of Broadsheet; if it cannot be read
            // without what its first import had (--date), it stays as it is
            Optional<SourceReader> reader = readerFor(readers, source);
            if (reader.isEmpty()) {
                report.accept(known != null ? known : new ImportOutcome.Failed(name, List.of(new Problem(SourcePosition.of(file),
                        "not a source Broadsheet can read (it looks binary or of an unknown kind); move it out of the sources folder"))));
                return;
            }
            reading = reader.get().readAll(source);
            reading.warnings().forEach(diagnostics::warn);
            boolean many = reading.items().size() > 1 || reading.kind().equals("feed");
            for (SourceItem item : reading.items()) {
                String shown = many ? name + " › " + item.label() : name;
                if (item.failed()) {
                    report.accept(known != null ? known : new ImportOutcome.Failed(shown, item.problems()));
                } else {
                    report.accept(importArticle(source, shown, item, run));
                }
            }
            if (reading.items().isEmpty()) {
                report.accept(known != null ? known : new ImportOutcome.Skipped(name, "no articles in it"));
            }
        } catch (InputException e) {
            report.accept(known != null ? known : new ImportOutcome.Failed(name, e.problems()));
        } catch (RuntimeException e) {
            // a reader bug on one hostile source must not cost the other sources their import
            diagnostics.detail("reading " + name + " failed inside Broadsheet: " + e);
            report.accept(new ImportOutcome.Failed(name, List.of(new Problem(SourcePosition.of(file),
                    "Broadsheet could not read this source (internal error: " + e.getClass().getSimpleName()
                            + "); the other sources are imported. Please report it, with the file if you can"))));
        }
    }

    /**
     * The outcome for a whole-file source whose bytes are those its content file was imported from, decided without
     * reading it again: what import once read from it may have needed options this run lacks ({@code --date}), or
     * config that has changed since, and neither should turn an untouched article into an error or an "edit". (Only
     * a new build of Broadsheet reads it again, once: see {@link ConverterStamp}.)
     */
    private Optional<ImportOutcome> alreadyImported(SourceFile source, String name, Run run) {
        ContentFile existing = run.byOrigin.get(new Origin(source.name(), source.sha256()).key());
        String written = run.ledger.writtenSha(source.name(), "");
        if (existing == null || written.isEmpty() || !existing.article().origin().sha256().equals(source.sha256())) {
            return Optional.empty();
        }
        String current;
        try {
            current = Hashes.sha256(Files.readAllBytes(existing.file()));
        } catch (IOException e) {
            return Optional.empty(); // the normal path reports what is wrong with the file
        }
        return Optional.of(current.equals(written) ? new ImportOutcome.Unchanged(name, existing.file())
                : new ImportOutcome.Kept(name, existing.file(), EDITED));
    }

    /** An item as import writes it: tags decided, origin set; with the reasons for its tags. */
    public record Prepared(Article article, List<String> tagReasons) {
    }

    /** Applies the tag rules and the origin to an item read from {@code source}: exactly what import would write. */
    public Prepared prepare(SourceFile source, SourceItem item) {
        Article read = item.article();
        // plain text straight from the Markdown: tag phrases need no block layout (and no HTML parser)
        TagRules.Decision tags = tagRules.decide(read.tags(), read.title(),
                Markdown.from(source.path(), () -> TEXT.plainText(read.body())));
        Article article = read.withTags(tags.tags());
        // a feed item is identified by its id, and changes with its own content, not the whole feed's
        String sha = item.id().isEmpty() ? source.sha256()
                : Hashes.sha256(ArticleSerializer.toMarkdown(article).getBytes(StandardCharsets.UTF_8));
        return new Prepared(article.withOrigin(new Origin(source.name(), item.id(), sha)), tags.reasons());
    }

    private ImportOutcome importArticle(SourceFile source, String shown, SourceItem item, Run run) {
        ContentFile existing = run.byOrigin.get(Origin.key(source.name(), item.id()));
        String read = item.id().isEmpty() ? source.sha256() : item.sourceSha();
        ImportOutcome.Why why = existing == null ? null : whyDifferent(existing, source, item, read, run);
        // the same source keeps the date import gave its unedited article: one that --date or the file's time gave is
        // not given again, and a new conversion does not move a published article
        SourceItem current = why == ImportOutcome.Why.CONVERSION && !item.article().date().equals(existing.article().date())
                && asImportWroteIt(existing.file(), source, item, run) ? item.withArticle(item.article().withDate(existing.article().date())) : item;
        Prepared prepared = prepare(source, current);
        Article article = prepared.article();
        if (run.options.explain()) {
            diagnostics.info("explain: " + shown + (prepared.tagReasons().isEmpty() ? ": no tags" : ""));
            prepared.tagReasons().forEach(r -> diagnostics.info("  " + r));
        }
        String markdown = ArticleSerializer.toMarkdown(article);

        if (existing != null) {
            ImportOutcome compared = compareWithExisting(shown, existing, article, markdown, why);
            if (compared instanceof ImportOutcome.Kept && asImportWroteIt(existing.file(), source, item, run)) {
                compared = update(shown, existing.file(), markdown, why, run);
            } else if (compared instanceof ImportOutcome.Kept && run.options.force() && !run.options.dryRun()) {
                compared = replace(shown, existing.file(), markdown);
            }
            if (compared instanceof ImportOutcome.Unchanged || compared instanceof ImportOutcome.Replaced
                    || compared instanceof ImportOutcome.Updated && !run.options.dryRun()) {
                // also brings a ledger line from before the SHA-256s were recorded up to date
                run.ledger.record(source.name(), item.id(), config.paths().display(existing.file()), sha(markdown), read);
            }
            return compared;
        }
        String earlier = run.ledger.contentFileOf(source.name(), item.id());
        if (earlier != null && !run.options.force()) {
            return new ImportOutcome.Skipped(shown, "imported to " + earlier
                    + " before and since deleted; not imported again (delete its line in " + ImportLedger.FILE + " to re-import)");
        }
        Optional<DuplicateIndex.Match> duplicate = run.duplicates.find(article, item.id());
        if (duplicate.isPresent()) {
            return new ImportOutcome.Duplicate(shown, duplicate.get().file(), duplicate.get().reason());
        }
        Path target = run.placement.place(article);
        if (!run.options.dryRun()) {
            try {
                AtomicFiles.write(target, markdown.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                return new ImportOutcome.Failed(shown, List.of(new Problem(SourcePosition.of(target), "cannot write: " + e.getMessage())));
            }
            run.ledger.record(source.name(), item.id(), config.paths().display(target), sha(markdown), read);
        }
        run.byOrigin.put(article.origin().key(), new ContentFile(target, article));
        run.duplicates.add(article, target);
        return new ImportOutcome.Imported(shown, target);
    }

    /**
     * Why the article import makes of this source now may differ from the one in {@code existing}'s file, as far as
     * what import read tells: the source changed, or it is the same source (so only the conversion can differ).
     * What import read when it wrote the file is in the ledger; a whole file's SHA-256 is also in the article's origin.
     */
    private static ImportOutcome.Why whyDifferent(ContentFile existing, SourceFile source, SourceItem item, String read, Run run) {
        String before = run.ledger.readSha(source.name(), item.id());
        if (before.isEmpty() && item.id().isEmpty()) {
            before = existing.article().origin().sha256();
        }
        if (read.isEmpty() || before.isEmpty()) {
            return ImportOutcome.Why.UNKNOWN;
        }
        return read.equals(before) ? ImportOutcome.Why.CONVERSION : ImportOutcome.Why.SOURCE;
    }

    /** True when {@code file} is byte for byte what import last wrote for this source (item): nobody edited it. */
    private static boolean asImportWroteIt(Path file, SourceFile source, SourceItem item, Run run) {
        String written = run.ledger.writtenSha(source.name(), item.id());
        try {
            return !written.isEmpty() && written.equals(Hashes.sha256(Files.readAllBytes(file)));
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes the article import now makes over import's own, unedited file. */
    private ImportOutcome update(String shown, Path file, String markdown, ImportOutcome.Why why, Run run) {
        if (!run.options.dryRun()) {
            try {
                AtomicFiles.write(file, markdown.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                return new ImportOutcome.Failed(shown, List.of(new Problem(SourcePosition.of(file),
                        "cannot update: " + e.getMessage() + "; the file was left as it was")));
            }
        }
        return new ImportOutcome.Updated(shown, file, why);
    }

    /** Keeps the current file as {@code <name>.bak} (never overwriting an older backup), then writes the import's. */
    private ImportOutcome replace(String shown, Path file, String markdown) {
        Path backup = file.resolveSibling(file.getFileName() + ".bak");
        for (int n = 2; Files.exists(backup); n++) {
            backup = file.resolveSibling(file.getFileName() + ".bak" + n);
        }
        try {
            AtomicFiles.write(backup, Files.readAllBytes(file));
            AtomicFiles.write(file, markdown.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new ImportOutcome.Failed(shown, List.of(new Problem(SourcePosition.of(file),
                    "cannot replace: " + e.getMessage() + "; the file was left as it was")));
        }
        return new ImportOutcome.Replaced(shown, file, backup);
    }

    private static ImportOutcome compareWithExisting(String name, ContentFile existing, Article article, String markdown,
            ImportOutcome.Why why) {
        String current;
        try {
            current = Files.readString(existing.file(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            current = "";
        }
        if (current.equals(markdown)) {
            return new ImportOutcome.Unchanged(name, existing.file());
        }
        boolean sourceSame = why == ImportOutcome.Why.CONVERSION
                || why == ImportOutcome.Why.UNKNOWN && existing.article().origin().sha256().equals(article.origin().sha256());
        return new ImportOutcome.Kept(name, existing.file(), sourceSame ? EDITED
                : "was edited since import, and its source changed too; your version is kept (import --force replaces it,"
                + " keeping yours as .bak)");
    }

    private static String sha(String markdown) {
        return Hashes.sha256(markdown.getBytes(StandardCharsets.UTF_8));
    }

    /** Indexes the content files: by origin, and for duplicate detection. Files that do not parse are left to the build. */
    private void loadExisting(Path contentDir, Run run) {
        for (ContentFile cf : ContentLoader.loadReadable(contentDir, config.timezone(), content)) {
            if (cf.article().origin() != null) {
                run.byOrigin.putIfAbsent(cf.article().origin().key(), cf);
            }
            run.duplicates.add(cf.article(), cf.file());
        }
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
