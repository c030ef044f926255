package org.kotkinguide.preview;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.kotkinguide.content.SourceNames;

/**
 * Watches the guide's folder and every folder under {@code content/}, {@code templates/} and
 * {@code assets/}, and hands each burst of changes to a listener, on its own thread. Folders are
 * registered again after every burst, before the listener runs: a folder deleted and made again
 * (a git checkout, a stash, an editor that saves by replacing) or a new sub-folder is watched from
 * then on, and whatever was written into it before that is in the build the burst starts.
 * The thread outlives anything the listener throws.
 */
final class SourceWatcher implements AutoCloseable {
    private static final List<String> FOLDERS = List.of("content", "templates", "assets");
    /** An editor saves in bursts (temp file, rename): changes this close together are one edit. */
    private static final long QUIET_MILLIS = 150;

    private final Path source;
    /** The name under the guide's folder that holds the output (e.g. {@code target}), if it is there: the build's own writes. */
    private final String output;

    private final Consumer<Set<String>> listener;
    private final PrintStream err;
    private final WatchService watcher;
    private final Thread watching;

    /** {@code listener} gets the changed paths, relative to {@code source}; changes to {@code output} are not the author's. */
    SourceWatcher(Path source, Path output, Consumer<Set<String>> listener, PrintStream err) {
        this.source = source.toAbsolutePath().normalize();
        Path site = output.toAbsolutePath().normalize();
        this.output = site.startsWith(this.source) && !site.equals(this.source)
                ? this.source.relativize(site).getName(0).toString()
                : null;
        this.listener = listener;
        this.err = err;
        try {
            this.watcher = FileSystems.getDefault().newWatchService();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.watching = new Thread(this::watch, "preview-watcher");
        this.watching.setDaemon(true);
    }

    void start() {
        registerFolders();
        watching.start();
    }

    private void watch() {
        try {
            while (true) {
                Set<String> changed = new TreeSet<>();
                Set<String> created = new TreeSet<>();
                WatchKey key = watcher.take();
                do {
                    Path folder = (Path) key.watchable();
                    for (WatchEvent<?> event : key.pollEvents()) {
                        Path file = event.context() instanceof Path name ? folder.resolve(name) : folder;
                        if (authored(file)) {
                            changed.add(source.relativize(file).toString());
                            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                                created.add(source.relativize(file).toString());
                            }
                        }
                    }
                    key.reset();
                } while ((key = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null);
                // a file made and gone within the burst is an editor's temporary one (saved, then renamed
                // over the chapter): no change of the author's, and not a name to show them
                changed.removeIf(name -> created.contains(name) && !Files.exists(source.resolve(name)));
                registerFolders();
                if (changed.isEmpty()) {
                    continue;
                }
                try {
                    listener.accept(changed);
                } catch (Throwable e) {
                    // the listener reports its own failures; this thread must live on to see the fix
                    err.println("preview: " + e);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Whether a change is the author's: a name the build can read ({@link SourceNames}), so not a hidden
     * file ({@code .git}, the build's staging folders) nor an editor's swap or backup file, which an
     * editor writes every few seconds while the author types; and not the output.
     */
    private boolean authored(Path file) {
        if (file.equals(source)) {
            return true;
        }
        Path relative = source.relativize(file);
        return SourceNames.isSource(relative) && !relative.getName(0).toString().equals(output);
    }

    /** Every folder under the watched ones (registering one already watched changes nothing), and the guide's folder. */
    private void registerFolders() {
        register(source);
        for (String top : FOLDERS) {
            Path folder = source.resolve(top);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(Files::isDirectory).forEach(this::register);
            } catch (IOException | UncheckedIOException e) {
                // a folder deleted while walked: its parent's event brings the watcher back here
                err.println("preview: cannot watch " + folder + ": " + e.getMessage());
            }
        }
    }

    private void register(Path folder) {
        try {
            folder.register(
                    watcher,
                    StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException e) {
            err.println("preview: cannot watch " + folder + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        watching.interrupt();
    }
}
