package cn.zoneflow.domain.model.problem;

import java.time.LocalDate;

/**
 * A project's problems not solved yet: how many, and the earliest deadline among them (none while none is accepted).
 */
public record OpenProblems(long count, LocalDate nextDeadline) {
}
