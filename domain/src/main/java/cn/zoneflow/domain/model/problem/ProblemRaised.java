package cn.zoneflow.domain.model.problem;

/**
 * A problem was raised and waits for its zone to accept it.
 *
 * @param raiser the user name of who raised it, who confirms its answer
 */
public record ProblemRaised(long problemId, long projectId, String projectCode, long zoneId, String raiser) {
}
