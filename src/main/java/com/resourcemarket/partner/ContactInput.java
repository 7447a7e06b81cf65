package com.resourcemarket.partner;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "ContactInput", description = """
        A contact person as written. E-mail, phone and ID number are stored encrypted. To keep an existing \
        contact's stored e-mail, phone or ID number unchanged (e.g. when you only see masked values), send the \
        contact's id and omit those fields; masked values (with *) are refused.""")
public record ContactInput(
        @Schema(description = "Id of an existing contact of this partner; omit for a new contact", format = "uuid",
                maxLength = 36, examples = "0190d3c4-6f7a-7b8c-9d0e-1f2a3b4c5d6e") UUID id,
        @NotBlank @Size(max = 100) @Pattern(regexp = PartnerPatterns.TEXT, message = "must not contain control characters")
        @Schema(maxLength = 100, pattern = PartnerPatterns.TEXT, examples = "王芳") String name,
        @Size(max = 100) @Pattern(regexp = PartnerPatterns.TEXT, message = "must not contain control characters")
        @Schema(maxLength = 100, pattern = PartnerPatterns.TEXT, examples = "采购经理") String title,
        @Size(max = 254) @Email @Pattern(regexp = PartnerPatterns.EMAIL, message = "must be an e-mail address (masked values cannot be written back)")
        @Schema(format = "email", maxLength = 254, pattern = PartnerPatterns.EMAIL,
                examples = "wang.fang@huadong-appliance.example.com") String email,
        @Size(max = 32) @Pattern(regexp = PartnerPatterns.PHONE, message = "must be a phone number such as 13812345678 or +86 21 6234 5678")
        @Schema(maxLength = 32, pattern = PartnerPatterns.PHONE, examples = "13812345678") String phone,
        @Size(max = 18) @Pattern(regexp = PartnerPatterns.ID_NUMBER, message = "must be an 18-character resident ID number")
        @Schema(description = "Chinese resident ID number (居民身份证号码, 18 characters, checksum verified)",
                maxLength = 18, pattern = PartnerPatterns.ID_NUMBER, examples = "11010519491231002X") String idNumber) {
}
