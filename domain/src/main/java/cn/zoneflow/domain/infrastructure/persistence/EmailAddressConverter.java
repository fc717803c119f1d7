package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.user.EmailAddress;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an {@link EmailAddress} as its text. */
@Converter(autoApply = true)
public class EmailAddressConverter implements AttributeConverter<EmailAddress, String> {

    @Override
    public String convertToDatabaseColumn(EmailAddress address) {
        return address == null ? null : address.value();
    }

    @Override
    public EmailAddress convertToEntityAttribute(String text) {
        return text == null ? null : EmailAddress.of(text);
    }
}
