package cn.zoneflow.domain.model.project;

import cn.zoneflow.domain.model.warning.Light;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.Keyword;
import cn.zoneflow.domain.model.shared.Stage;

/**
 * What a project list is narrowed to; a null criterion does not narrow. City and zone are given as stored
 * (division code, zone id) — the API and the screens resolve what users type. The keyword is looked for in the
 * project's code, name and enterprise; the light is the project's worst warning (green: none); open problems are
 * problems raised for it and not solved yet; the leader is the user name of the leader's account in charge of it.
 */
public record ProjectFilter(
        String cityCode,
        Long zoneId,
        Stage stage,
        String industryCode,
        Boolean strategicEmerging,
        Boolean industrial,
        Amount minInvestment,
        Amount maxInvestment,
        Boolean underCommitment,
        Boolean fullAgency,
        Boolean onStandardLand,
        Keyword keyword,
        Light light,
        Boolean openProblems,
        String leader) {

    public static final ProjectFilter NONE = new ProjectFilter(null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null);
}
