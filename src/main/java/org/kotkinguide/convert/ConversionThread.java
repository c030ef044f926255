package org.kotkinguide.convert;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work that converts (a PDF, the handouts and the EPUB) on a daemon thread of its own, for the thread
 * that started it to take the result of or to wait out. JRuby cannot stop a conversion halfway, so a
 * caller that no longer wants it still waits for it to end: what it writes into may be deleted next.
 *
 * @param <T> what the work hands back
 */
public final class ConversionThread<T> {
    private final String name;
    private final FutureTask<T> work;

    /** Starts {@code work} at once, on a thread called {@code name}. */
    public ConversionThread(String name, Callable<T> work) {
        this.name = name;
        this.work = new FutureTask<>(work);
        Thread thread = new Thread(this.work, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Its result, once it has ended; what it threw is thrown again as it was. */
    public T result() throws IOException {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Waits for it to end, dropping its result or what it threw (a failure said elsewhere comes first). */
    public void awaitEnd() {
        boolean interrupted = false;
        while (true) {
            try {
                work.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                break;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
