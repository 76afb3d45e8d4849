package dev.kantor.bench.timefold;

import java.util.function.Function;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;

/** The rules the patterns do not already keep, each a small named constraint. */
public class TfConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            uncoveredInterval(factory),
            tooManyShiftsInWeek(factory),
            tooManyPaidMinutesInWeek(factory),
            restTooShort(factory),
            paidMinutes(factory)
        };
    }

    Constraint uncoveredInterval(ConstraintFactory factory) {
        return factory.forEach(TfAgentDay.class)
                .flattenLast(d -> d.getPattern().duty())
                .groupBy(Function.identity(), count())
                .complement(TfSlot.class, slot -> 0)
                .filter((slot, onDuty) -> onDuty < slot.required())
                .penalizeLong(HardSoftLongScore.ONE_HARD, (slot, onDuty) -> slot.required() - onDuty)
                .asConstraint("Uncovered interval");
    }

    Constraint tooManyShiftsInWeek(ConstraintFactory factory) {
        return factory.forEach(TfAgentDay.class)
                .groupBy(TfAgentDay::getAgent, TfAgentDay::getWeek, TfAgentDay::getMaxShiftsPerWeek, count())
                .filter((agent, week, most, n) -> n > most)
                .penalizeLong(HardSoftLongScore.ONE_HARD, (agent, week, most, n) -> (n - most) * 20L)
                .asConstraint("Too many shifts in a week");
    }

    Constraint tooManyPaidMinutesInWeek(ConstraintFactory factory) {
        return factory.forEach(TfAgentDay.class)
                .groupBy(
                        TfAgentDay::getAgent,
                        TfAgentDay::getWeek,
                        TfAgentDay::getMaxPaidPerWeek,
                        sum(d -> d.getPattern().paidMinutes()))
                .filter((agent, week, most, paid) -> paid > most)
                .penalizeLong(HardSoftLongScore.ONE_HARD, (agent, week, most, paid) -> (long) paid - most)
                .asConstraint("Too many paid minutes in a week");
    }

    Constraint restTooShort(ConstraintFactory factory) {
        return factory.forEach(TfAgentDay.class)
                .join(
                        TfAgentDay.class,
                        Joiners.equal(TfAgentDay::getAgent),
                        Joiners.equal(d -> d.getDay() + 1, TfAgentDay::getDay))
                .filter((first, next) ->
                        next.getPattern().startMinute() - first.getPattern().endMinute() < first.getRestMinutes())
                .penalizeLong(HardSoftLongScore.ONE_HARD, (first, next) -> 20L)
                .asConstraint("Rest too short");
    }

    Constraint paidMinutes(ConstraintFactory factory) {
        return factory.forEach(TfAgentDay.class)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, d -> d.getPattern().paidMinutes())
                .asConstraint("Paid minutes");
    }
}
