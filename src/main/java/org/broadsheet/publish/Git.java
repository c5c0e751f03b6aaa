package org.broadsheet.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.broadsheet.error.OutputException;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;

/** Runs the git command line in a folder; a failure becomes a message, about the remote, with git's explanation. */
final class Git {

    private final SourcePosition remote;

    Git(String remote) {
        this.remote = SourcePosition.of(Path.of(remote));
    }

    String run(Path dir, String... args) {
        return run(dir, List.of(0), args);
    }

    /** Runs {@code git args…} in {@code dir}; returns standard output when the exit code is one of {@code ok}. */
    String run(Path dir, List<Integer> ok, String... args) {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().put("GIT_TERMINAL_PROMPT", "0"); // fail rather than wait for a password nobody types
        builder.environment().put("LC_ALL", "C");
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            String out = read(process.getInputStream());
            int code = process.waitFor();
            if (!ok.contains(code)) {
                throw new OutputException(new Problem(remote, "git " + args[0] + " failed (exit " + code + "): "
                        + err.join().strip().replace('\n', ' ')), null);
            }
            return out;
        } catch (IOException e) {
            throw new OutputException(new Problem(remote, "cannot run git (" + e.getMessage() + "); install git and make sure it is on the PATH"), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutputException(new Problem(remote, "interrupted while running git"), e);
        }
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
