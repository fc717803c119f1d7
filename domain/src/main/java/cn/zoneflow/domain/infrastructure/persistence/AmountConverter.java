package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.shared.Amount;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;

/** Stores an {@link Amount} as its exact DECIMAL value in 万元. */
@Converter(autoApply = true)
public class AmountConverter implements AttributeConverter<Amount, BigDecimal> {

    @Override
    public BigDecimal convertToDatabaseColumn(Amount amount) {
        return amount == null ? null : amount.wan();
    }

    @Override
    public Amount convertToEntityAttribute(BigDecimal wan) {
        return wan == null ? null : Amount.ofWan(wan);
    }
}
