package io.switchboard.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.vertx.core.AsyncResult;
import io.vertx.core.Promise;

/** Shared reads of the store generation: every caller gets a read that started after it asked, and no more reads. */
class GenerationReadsTest {

    private final List<Promise<Long>> started = new ArrayList<>();
    private final GenerationReads reads = new GenerationReads(() -> {
        Promise<Long> read = Promise.promise();
        started.add(read);
        return read.future();
    });

    @Test
    void aCallerWhoArrivesDuringARunningReadWaitsForTheNextOne() {
        List<AsyncResult<Long>> first = new ArrayList<>();
        List<AsyncResult<Long>> second = new ArrayList<>();
        List<AsyncResult<Long>> third = new ArrayList<>();

        reads.await(first::add);
        reads.await(second::add); // the running read started before this caller came
        reads.await(third::add);
        assertEquals(1, started.size());

        started.get(0).complete(7L);
        assertEquals(7L, first.get(0).result());
        assertTrue(second.isEmpty(), "the read that started earlier does not answer a later caller");
        assertEquals(2, started.size(), "one read starts for everyone who waited");

        started.get(1).complete(8L);
        assertEquals(8L, second.get(0).result());
        assertEquals(8L, third.get(0).result());
        assertEquals(2, started.size());
    }

    @Test
    void afterAQuietSpellTheNextCallerStartsAFreshRead() {
        List<AsyncResult<Long>> answers = new ArrayList<>();
        reads.await(answers::add);
        started.get(0).complete(1L);

        reads.await(answers::add);
        assertEquals(2, started.size());
        started.get(1).complete(2L);
        assertEquals(List.of(1L, 2L), answers.stream().map(AsyncResult::result).toList());
    }

    @Test
    void aFailedReadFailsItsCallersAndTheNextReadStillRuns() {
        List<AsyncResult<Long>> first = new ArrayList<>();
        List<AsyncResult<Long>> second = new ArrayList<>();
        reads.await(first::add);
        reads.await(second::add);

        started.get(0).fail(new IllegalStateException("store down"));
        assertTrue(first.get(0).failed());
        started.get(1).complete(3L);
        assertEquals(3L, second.get(0).result());
    }

    @Test
    void aReadThatThrowsIsAFailedRead() {
        GenerationReads throwing = new GenerationReads(() -> {
            throw new IllegalStateException("no connection");
        });
        List<AsyncResult<Long>> answers = new ArrayList<>();

        throwing.await(answers::add);
        throwing.await(answers::add);

        assertEquals(2, answers.size());
        assertTrue(answers.stream().allMatch(AsyncResult::failed));
    }
}
