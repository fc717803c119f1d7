package cn.zoneflow.web.api;

import cn.zoneflow.domain.application.ProjectDetails;
import cn.zoneflow.domain.application.ReserveProject;
import cn.zoneflow.domain.application.SignedProject;
import cn.zoneflow.domain.model.enterprise.CreditCode;
import cn.zoneflow.domain.model.project.ProjectCode;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.shared.ReadCommand;
import jakarta.json.JsonObject;
import java.time.LocalDate;

/**
 * The body of 登记签约项目 read into a {@link SignedProject} (or of 储备项目入库 into a {@link ReserveProject}): codes,
 * amounts, dates and 是/否 flags made into their values, each value that cannot be read refused under its field name
 * for the registration to report with the rest.
 */
final class SignedProjectJson {

    private final JsonObject body;
    private final InputReader reader = new InputReader();

    private SignedProjectJson(JsonObject body) {
        this.body = body;
    }

    static ReadCommand<SignedProject> read(JsonObject body) {
        return new SignedProjectJson(body).read();
    }

    /** 入库: the same details and contact as a signed project, without a signing day or planned dates. */
    static ReadCommand<ReserveProject> readReserve(JsonObject body) {
        SignedProjectJson json = new SignedProjectJson(body);
        return ReadCommand.of(new ReserveProject(json.details(), json.text("contactPerson"),
                json.text("contactPhone")), json.reader);
    }

    private ReadCommand<SignedProject> read() {
        SignedProject signed = new SignedProject(details(), text("contactPerson"), text("contactPhone"),
                date("plannedStartDate"), date("plannedProductionDate"), date("plannedEffectiveDate"), date("signedOn"));
        return ReadCommand.of(signed, reader);
    }

    private ProjectDetails details() {
        return new ProjectDetails(
                reader.optional("code", text("code"), ProjectCode::of).orElse(null),
                text("name"),
                text("enterpriseName"),
                reader.optional("creditCode", text("creditCode"), CreditCode::of).orElse(null),
                text("zone"),
                text("industry"),
                flag("strategicEmerging"),
                flag("industrial"),
                amount("totalInvestment"),
                amount("expectedAnnualOutput"),
                flag("underCommitment"),
                flag("fullAgency"),
                text("landParcelCode"));
    }

    private String text(String field) {
        return JsonFields.text(body, field);
    }

    private boolean flag(String field) {
        return reader.flag(field, text(field));
    }

    private Amount amount(String field) {
        return reader.optional(field, text(field), Amount::ofWan).orElse(null);
    }

    private LocalDate date(String field) {
        return reader.optional(field, text(field), InputReader::parseDate).orElse(null);
    }
}
