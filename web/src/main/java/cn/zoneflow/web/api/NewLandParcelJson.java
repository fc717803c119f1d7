package cn.zoneflow.web.api;

import cn.zoneflow.domain.application.NewLandParcel;
import cn.zoneflow.domain.model.land.RegionalAssessment;
import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.shared.ReadCommand;
import jakarta.json.JsonObject;
import java.math.BigDecimal;

/**
 * The body of 登记标准地 read into a {@link NewLandParcel}: figures made into quantities, the day into a date and
 * the assessments, named as the zones name them, into their kinds; what cannot be read is refused under its field.
 */
final class NewLandParcelJson {

    private NewLandParcelJson() {
    }

    static ReadCommand<NewLandParcel> read(JsonObject body) {
        InputReader reader = new InputReader();
        NewLandParcel parcel = new NewLandParcel(JsonFields.text(body, "code"), JsonFields.text(body, "zone"),
                quantity(reader, body, "areaMu"),
                reader.optional("soldOn", JsonFields.text(body, "soldOn"), InputReader::parseDate).orElse(null),
                quantity(reader, body, "investmentIntensity"), quantity(reader, body, "outputPerMu"),
                quantity(reader, body, "taxPerMu"), quantity(reader, body, "energyPerOutput"),
                JsonFields.list(reader, body, "assessments", RegionalAssessment::named));
        return ReadCommand.of(parcel, reader);
    }

    private static BigDecimal quantity(InputReader reader, JsonObject body, String field) {
        return reader.optional(field, JsonFields.text(body, field), InputReader::parseQuantity).orElse(null);
    }
}
