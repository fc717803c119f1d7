package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.enterprise.CreditCode;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link CreditCode} as its eighteen characters. */
@Converter(autoApply = true)
public class CreditCodeConverter implements AttributeConverter<CreditCode, String> {

    @Override
    public String convertToDatabaseColumn(CreditCode code) {
        return code == null ? null : code.value();
    }

    @Override
    public CreditCode convertToEntityAttribute(String text) {
        return text == null ? null : CreditCode.of(text);
    }
}
