package dev.kantor.floor.callin;

/**
 * Someone who could be called in to a short queue.
 *
 * @param holdsRequiredSkills whether they hold every skill the queue asks for at its least level
 * @param skillScore          the sum of their levels in the skills the queue asks for
 * @param languages           how many of the business's languages they speak
 * @param minutesThisWeek     the minutes of their published shifts this week
 * @param maxMinutesPerWeek   the most paid minutes a week their contract allows; null when unknown
 */
public record CallInCandidate(
        long employeeId,
        String name,
        boolean holdsRequiredSkills,
        int skillScore,
        int languages,
        long minutesThisWeek,
        Integer maxMinutesPerWeek) {}
