package io.switchboard.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Handler;

/**
 * Reads of the store generation, shared by concurrent requests without weakening what any of them sees: a request
 * is answered by a read that started after it arrived, so it sees every write committed before it came, exactly as
 * with a read of its own. At most one read runs at a time; requests that arrive while it runs wait for the next
 * one, which starts when it ends and answers all of them. Under load the store sees one read per read's duration
 * instead of one per request.
 */
final class GenerationReads {

    private final Supplier<Future<Long>> read;
    private List<Handler<AsyncResult<Long>>> running;
    private List<Handler<AsyncResult<Long>>> waiting;

    GenerationReads(Supplier<Future<Long>> read) {
        this.read = read;
    }

    /** Calls the handler with the result of a read that starts after this call. */
    void await(Handler<AsyncResult<Long>> handler) {
        synchronized (this) {
            if (running != null) {
                if (waiting == null) {
                    waiting = new ArrayList<>();
                }
                waiting.add(handler);
                return;
            }
            running = new ArrayList<>();
            running.add(handler);
        }
        launch();
    }

    private void launch() {
        Future<Long> result;
        try {
            result = read.get();
        } catch (RuntimeException e) {
            result = Future.failedFuture(e);
        }
        result.onComplete(this::finished);
    }

    private void finished(AsyncResult<Long> result) {
        List<Handler<AsyncResult<Long>>> answered;
        boolean again;
        synchronized (this) {
            answered = running;
            running = waiting;
            waiting = null;
            again = running != null;
        }
        answered.forEach(handler -> handler.handle(result));
        if (again) {
            launch();
        }
    }
}
