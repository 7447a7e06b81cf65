package com.resourcemarket.partner;

import com.resourcemarket.core.crypto.Masking;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "Contact", description = """
        A contact person. E-mail, phone and ID number are masked (脱敏, e.g. 138****5678) unless the caller is the \
        partner itself or a resource manager/admin who asked for reveal=true (which is audited).""")
public record ContactView(
        @Schema(format = "uuid", maxLength = 36, examples = "0190d3c4-6f7a-7b8c-9d0e-1f2a3b4c5d6e") UUID id,
        @Schema(maxLength = 100, pattern = PartnerPatterns.TEXT, examples = "王芳") String name,
        @Schema(maxLength = 100, pattern = PartnerPatterns.TEXT, examples = "采购经理") String title,
        @Schema(maxLength = 254, pattern = "^[^\\s@]+@[^\\s@]+$", examples = "w***@huadong-appliance.example.com") String email,
        @Schema(maxLength = 40, pattern = "^[+\\d* -]*$", examples = "138****5678") String phone,
        @Schema(maxLength = 18, pattern = "^[\\dX*]*$", examples = "110105********002X") String idNumber,
        @Schema(description = "True when e-mail, phone and ID number are masked", examples = "true") boolean masked) {

    static ContactView of(PartnerContact contact, boolean reveal) {
        if (reveal) {
            return new ContactView(contact.contactId, contact.name, contact.title, contact.email, contact.phone,
                    contact.idNumber, false);
        }
        return new ContactView(contact.contactId, contact.name, contact.title, Masking.email(contact.email),
                Masking.phone(contact.phone), Masking.idNumber(contact.idNumber), true);
    }
}
