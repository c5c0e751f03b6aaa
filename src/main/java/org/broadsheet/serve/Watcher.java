package org.broadsheet.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches a site's inputs with the JDK's WatchService: the config file, and the sources, content and templates
 * folders with everything below them (folders created later included). Changes are reported in batches, once the
 * files have been quiet for a moment, because editors save in several steps. The listener runs on the watcher's
 * own thread, so builds never overlap; changes made during a build come in the next batch.
 */
public final class Watcher implements Closeable {

    /** How long the files must be quiet before a batch is reported. */
    static final long QUIET_MILLIS = 60;
    /** A batch is reported after this long even if saving goes on. */
    static final long MAX_WAIT_MILLIS = 1000;

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Path configFile;
    private final Consumer<ChangeSet> listener;
    private final Consumer<RuntimeException> failure;
    private volatile List<Path> trees;
    private final Thread thread;

    /**
     * @param configFile the config file; its folder is watched, but not what is below it
     * @param trees folders watched with everything below them; those that do not exist yet are picked up when
     *        created in the config's folder
     * @param listener gets each batch of changes
     * @param failure gets what the listener threw; the watcher keeps going
     */
    public Watcher(Path configFile, List<Path> trees, Consumer<ChangeSet> listener, Consumer<RuntimeException> failure) {
        this.configFile = configFile.toAbsolutePath().normalize();
        this.listener = listener;
        this.failure = failure;
        try {
            this.service = configFile.getFileSystem().newWatchService();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        watch(trees);
        this.thread = new Thread(this::run, "broadsheet-watcher");
        thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    /** Watches these folders from now on (after a config change moved them); folders already watched stay. */
    public synchronized void watch(List<Path> newTrees) {
        this.trees = newTrees.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        register(configFile.getParent());
        for (Path tree : trees) {
            if (Files.isDirectory(tree)) {
                registerTree(tree);
            }
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException ignored) {
            // closing only stops the thread
        }
        thread.interrupt();
    }

    private void run() {
        try {
            while (true) {
                Set<Path> changed = new LinkedHashSet<>();
                boolean overflow = drain(service.take(), changed);
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MILLIS);
                WatchKey next;
                while (System.nanoTime() < deadline && (next = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    overflow |= drain(next, changed);
                }
                ChangeSet batch = overflow ? ChangeSet.all() : ChangeSet.of(changed);
                if (!batch.isEmpty()) {
                    try {
                        listener.accept(batch);
                    } catch (RuntimeException e) {
                        failure.accept(e);
                    }
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the thread ends
        }
    }

    /** Collects the relevant paths of one key's events; true when events were lost. */
    private synchronized boolean drain(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        boolean overflow = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                overflow = true;
                continue;
            }
            if (folder == null) {
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (!relevant(path)) {
                continue;
            }
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                // files saved into a new folder before it was registered would be missed: take them all
                try (Stream<Path> walk = Files.walk(path)) {
                    registerTree(path);
                    walk.filter(Files::isRegularFile).filter(this::relevant).forEach(changed::add);
                } catch (IOException | UncheckedIOException e) {
                    overflow = true;
                }
            }
            changed.add(path);
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return overflow;
    }

    /** The config file and what is in the watched trees; not editors' backup, swap and hidden files. */
    private boolean relevant(Path path) {
        if (path.equals(configFile)) {
            return true;
        }
        String name = path.getFileName().toString();
        if (name.startsWith(".") || name.startsWith("#") || name.endsWith("~") || name.endsWith(".swp")
                || name.endsWith(".swx") || name.endsWith(".tmp") || name.equals("4913")) {
            return false;
        }
        return trees.stream().anyMatch(path::startsWith);
    }

    private void registerTree(Path tree) {
        try {
            Files.walkFileTree(tree, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(tree) && dir.getFileName().toString().startsWith(".")) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    register(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // deleted while we looked: its event follows
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void register(Path folder) {
        if (folders.containsValue(folder)) {
            return;
        }
        try {
            folders.put(folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
