package com.resourcemarket.partner;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** An exact amount of money. The amount travels as a decimal string so no client turns it into a double. */
@Schema(name = "MoneyAmount", description = "An exact amount of money (decimal string, 2 fraction digits at most)")
public record MoneyAmount(
        @NotNull @DecimalMin("0.00") @Digits(integer = 16, fraction = 2)
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(type = SchemaType.STRING, maxLength = 19, pattern = "^\\d{1,16}(\\.\\d{1,2})?$",
                examples = "5000000.00") BigDecimal amount,
        @NotNull @Pattern(regexp = "^CNY$", message = "must be CNY")
        @Schema(description = "ISO 4217 currency; only CNY for now", enumeration = {"CNY"}, maxLength = 3,
                examples = "CNY") String currency) {
}
