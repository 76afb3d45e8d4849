package dev.kantor.assessment.taking;

import java.time.Instant;

import dev.kantor.assessment.instrument.Answers;
import dev.kantor.assessment.instrument.Result;
import dev.kantor.assessment.instrument.Scoring;

/** One set of answers as stored: an employee's or a candidate's, with when and in which language. */
public record StoredResponse(
        long id, Long employeeId, Long candidateId, Answers answers, String language, Instant takenAt) {

    public Result result() {
        return Scoring.score(answers);
    }
}
