package dev.kantor.floor.breaks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.kantor.floor.breaks.BreakAnswer.Verdict;
import dev.kantor.support.OnPostgres;

import org.junit.jupiter.api.RepeatedTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Breaks through the API on a real PostgreSQL server, with two agents asking at once for the last slot. */
@OnPostgres
class BreaksApiPostgresTest extends BreaksApiContract {

    /**
     * Three agents on a queue that needs two: one may go now, not two. Agus and Putu ask at the same
     * moment; exactly one is told yes, the other is offered a later start.
     */
    @RepeatedTest(3)
    void twoAgentsAskingAtOnceForTheLastSlotGetOneYes() throws Exception {
        long kevin = employee("kevin.tanoto@sinarmaju.example");
        jdbc.sql("delete from floor_break where employee_id = ?").param(kevin).update();
        day(2, agus, putu, kevin);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Verdict>> answers = new ArrayList<>();
            for (long someone : List.of(agus, putu)) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return breaks.ask(someone, null).answer().verdict();
                }));
            }
            start.countDown();
            List<Verdict> verdicts = new ArrayList<>();
            for (Future<Verdict> answer : answers) {
                verdicts.add(answer.get());
            }
            assertThat(verdicts).containsExactlyInAnyOrder(Verdict.YES, Verdict.LATER);
        } finally {
            pool.shutdownNow();
        }
    }
}
