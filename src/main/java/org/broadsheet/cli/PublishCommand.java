package org.broadsheet.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.broadsheet.config.SiteConfig;
import org.broadsheet.error.InputException;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;
import org.broadsheet.pipeline.SiteBuild;
import org.broadsheet.pipeline.SiteLock;
import org.broadsheet.publish.GitPublisher;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code broadsheet publish}: build the site, then commit it to a branch of a git repository (GitHub Pages). */
@Command(name = "publish",
        header = "Build the site and push it to a git branch (GitHub Pages).",
        description = {"Builds the site (like build, without drafts), then commits it with",
            ".nojekyll (and CNAME, from publish.cname) to a branch of a git",
            "repository and pushes it. Nothing is committed when nothing changed.%n"},
        mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {
            "  broadsheet publish --git git@github.com:me/digest.git",
            "  broadsheet publish --git ../pages.git --branch site --no-build"})
final class PublishCommand implements Callable<Integer> {

    @ParentCommand
    BroadsheetCommand top;

    @Option(names = "--git", paramLabel = "REMOTE", description = "The repository to publish to (default: publish.git of the config).")
    String remote;

    @Option(names = "--branch", paramLabel = "NAME", description = "The branch to commit to (default: publish.branch, else gh-pages).")
    String branch;

    @Option(names = "--base-url", paramLabel = "URL", description = "The URL the site is published under (overrides base_url).")
    String baseUrl;

    @Option(names = "--no-build", negatable = false, description = "Publish the output folder as it is, without building first.")
    boolean noBuild;

    @Override
    public Integer call() {
        Console console = top.console();
        SiteConfig config = top.loadConfigToWrite(console);
        if (baseUrl != null) {
            config = BuildCommand.withBaseUrl(config, baseUrl);
        }
        String target = remote != null ? localOrAsIs(remote, Path.of("")) : localOrAsIs(config.publish().git(), config.paths().root());
        if (target.isEmpty()) {
            throw new InputException(new Problem(SourcePosition.of(Path.of("--git")),
                    "no repository to publish to; pass --git REMOTE or set publish: git: in " + SiteConfig.FILE_NAME));
        }
        if (config.baseUrl().isEmpty()) {
            console.warn(new Problem(SourcePosition.of(config.paths().root().resolve(SiteConfig.FILE_NAME)),
                    "base_url is not set: pages get no canonical links, feeds use relative links and there is no sitemap; "
                            + "set base_url (or --base-url) to the address the site is published at"));
        }
        String onBranch = branch != null ? branch : config.publish().branch();
        // the lock is held from the build to the commit: another build must not swap the site while it is copied
        SiteConfig site = config;
        Published published = SiteLock.holding(config.paths(), () -> buildAndCommit(site, console, target, onBranch));
        GitPublisher.Result result = published.result();
        boolean importFailed = published.importFailed();
        console.info(result.changed()
                ? String.format("publish: %d files committed to %s of %s (%s)", result.files(), onBranch, target, result.commit().substring(0, 7))
                : String.format("publish: nothing changed; %s of %s stays at %s", onBranch, target, result.commit().substring(0, 7)));
        return importFailed ? ExitCodes.INPUT : ExitCodes.OK;
    }

    /** What a publish did: the commit, and whether its build failed to import a source. */
    private record Published(GitPublisher.Result result, boolean importFailed) {
    }

    private Published buildAndCommit(SiteConfig config, Console console, String target, String onBranch) {
        boolean importFailed = false;
        if (!noBuild) {
            SiteBuild.Result built = new SiteBuild(config, console).run(new SiteBuild.Options(true, false));
            importFailed = built.importFailed();
            if (built.imports() != null && !built.imports().outcomes().isEmpty()) {
                ImportCommand.print(built.imports(), config, console, true);
            }
            console.info("build: " + BuildSummary.line(built));
            BuildSummary.scheduled(built, config).ifPresent(console::info);
        }
        Path site = config.paths().output();
        if (!Files.isDirectory(site)) {
            throw new InputException(new Problem(SourcePosition.of(site), "there is no built site here; run broadsheet build first, or publish without --no-build"));
        }
        return new Published(new GitPublisher().publish(site, target, onBranch, config.publish().cname(),
                "Publish " + config.title()), importFailed);
    }

    /** A local repository path, made absolute (git runs elsewhere); anything else (URLs, host:path) as given. */
    private static String localOrAsIs(String remote, Path base) {
        if (remote.isBlank() || remote.contains("://")) {
            return remote.strip();
        }
        Path local = base.resolve(remote.strip());
        return Files.exists(local) ? local.toAbsolutePath().normalize().toString() : remote.strip();
    }
}
