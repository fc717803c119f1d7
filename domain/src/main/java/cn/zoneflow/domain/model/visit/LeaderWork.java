package cn.zoneflow.domain.model.visit;

/**
 * A leader in charge's work in a scope over a period (包联领导、入企服务): the projects they lead there now, the visits
 * they recorded to them and the problems they raised.
 */
public record LeaderWork(String username, String name, long projectsLed, long visits, long problemsRaised) {
}
