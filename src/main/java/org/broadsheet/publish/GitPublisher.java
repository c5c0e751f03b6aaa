package org.broadsheet.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.broadsheet.error.OutputException;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;
import org.broadsheet.output.SiteWriter;

/**
 * Commits a built site to a branch of a git repository and pushes it, with the {@code .nojekyll} and {@code CNAME}
 * files GitHub Pages reads. Works in a temporary clone of just that branch, with the git command line, so the user's
 * own checkout, credentials and hooks are used as they are. Commits only when a file changed.
 */
public final class GitPublisher {

    /**
     * What publishing did.
     *
     * @param changed false when the branch already held exactly this site (nothing was committed or pushed)
     * @param commit the branch's commit after publishing
     * @param files the files now on the branch
     */
    public record Result(boolean changed, String commit, int files) {
    }

    /**
     * @param site the built site folder
     * @param remote a URL or path git accepts
     * @param cname the custom domain for {@code CNAME}; empty writes none
     */
    public Result publish(Path site, String remote, String branch, String cname, String message) {
        Git git = new Git(remote);
        Path work;
        try {
            work = Files.createTempDirectory("broadsheet-publish-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            git.run(work, "init", "-q");
            boolean exists = !git.run(work, "ls-remote", "--heads", remote, "refs/heads/" + branch).isBlank();
            if (exists) {
                git.run(work, "fetch", "-q", "--depth", "1", remote, "refs/heads/" + branch);
                git.run(work, "checkout", "-q", "-B", branch, "FETCH_HEAD");
            } else {
                git.run(work, "checkout", "-q", "--orphan", branch);
            }
            int files = replaceContent(work, site, cname);
            git.run(work, "add", "-A");
            if (exists && git.run(work, "status", "--porcelain").isBlank()) {
                return new Result(false, git.run(work, "rev-parse", "HEAD").strip(), files);
            }
            List<String> commit = new ArrayList<>();
            if (git.run(work, List.of(0, 1), "config", "user.email").isBlank()) {
                // no identity configured (a CI machine): commit as Broadsheet rather than fail
                commit.addAll(List.of("-c", "user.name=Broadsheet", "-c", "user.email=broadsheet@localhost"));
            }
            commit.addAll(List.of("commit", "-q", "-m", message));
            git.run(work, commit.toArray(String[]::new));
            git.run(work, "push", "-q", remote, "HEAD:refs/heads/" + branch);
            return new Result(true, git.run(work, "rev-parse", "HEAD").strip(), files);
        } finally {
            deleteTree(work);
        }
    }

    /** Empties the work tree (but not .git), copies the site in, adds .nojekyll and CNAME; returns the file count. */
    private static int replaceContent(Path work, Path site, String cname) {
        try {
            try (Stream<Path> top = Files.list(work)) {
                for (Path p : top.filter(p -> !p.getFileName().toString().equals(".git")).toList()) {
                    deleteTree(p);
                }
            }
            int files = 0;
            try (Stream<Path> walk = Files.walk(site)) {
                // the output folder's marker is for Broadsheet on this machine, not for the web
                for (Path p : walk.filter(Files::isRegularFile)
                        .filter(p -> !p.equals(site.resolve(SiteWriter.MARKER))).toList()) {
                    Path target = work.resolve(site.relativize(p).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target);
                    files++;
                }
            }
            // GitHub Pages would otherwise run Jekyll, which hides files and folders starting with _ or .
            Files.writeString(work.resolve(".nojekyll"), "");
            files++;
            if (!cname.isEmpty()) {
                Files.writeString(work.resolve("CNAME"), cname + "\n", StandardCharsets.UTF_8);
                files++;
            }
            return files;
        } catch (IOException e) {
            throw new OutputException(new Problem(SourcePosition.of(site), "cannot copy the site for publishing: " + e.getMessage()), e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
