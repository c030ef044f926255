package org.kotkinguide.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;

/**
 * Pages passed through the {@link PublishedHtml allowlist} on the other cores while the thread that
 * laid them out goes on with the next page: the templates are not safe across threads, the allowlist
 * is, and in a cold build its parse, walk and write of each page took half or more of laying the
 * pages out. What is done with each cleaned page (written, kept) runs on the thread that added it, in
 * the order the pages were added, so the site is the same as one page after another makes it.
 */
public final class AllowlistQueue {
    /** What is done with a page once cleaned; {@code dropped} is what the allowlist had to leave out. */
    public interface Then {
        void accept(String cleaned, List<String> dropped) throws IOException;
    }

    /** Pages waiting to be taken at most: the oldest is then taken (and cleaned here if no core has begun it). */
    private static final int AHEAD = 16;

    private static final class Holder {
        static final ExecutorService CORES =
                Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors() - 1), work -> {
                    Thread thread = new Thread(work, "allowlist");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    private record Pending(FutureTask<String> cleaning, List<String> dropped, Then then) {}

    private final PublishedHtml allowlist;
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();

    public AllowlistQueue(PublishedHtml allowlist) {
        this.allowlist = allowlist;
    }

    /**
     * Cleans {@code html} on another core; {@code then} runs on this thread, here or in a later call,
     * after every page added before it. What an earlier page's {@code then} throws is thrown from here.
     */
    public void add(String html, Then then) throws IOException {
        List<String> dropped = new ArrayList<>();
        FutureTask<String> cleaning = new FutureTask<>(() -> allowlist.clean(html, dropped));
        pending.add(new Pending(cleaning, dropped, then));
        Holder.CORES.execute(cleaning);
        while (!pending.isEmpty()
                && (pending.size() > AHEAD || pending.peek().cleaning().isDone())) {
            takeOldest();
        }
    }

    /** Takes every page still waiting, cleaning here those no other core has begun. */
    public void finish() throws IOException {
        while (!pending.isEmpty()) {
            takeOldest();
        }
    }

    private void takeOldest() throws IOException {
        Pending oldest = pending.remove();
        // cleans it here unless a core has taken it (then run() returns at once); while that core is at it,
        // this thread cleans the next pages no core has begun, rather than wait
        oldest.cleaning().run();
        for (Pending next : pending) {
            if (oldest.cleaning().isDone()) {
                break;
            }
            next.cleaning().run();
        }
        String cleaned;
        try {
            cleaned = oldest.cleaning().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a page was cleaned", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new UncheckedIOException(new IOException(e.getCause()));
        }
        oldest.then().accept(cleaned, oldest.dropped());
    }
}
