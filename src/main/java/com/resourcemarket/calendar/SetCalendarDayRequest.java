package com.resourcemarket.calendar;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SetCalendarDay", description = "What a day of the calendar is")
public record SetCalendarDayRequest(
        @NotNull @Schema(description = "HOLIDAY (any day) or MAKEUP_WORKDAY (only a Saturday or Sunday)",
                examples = "HOLIDAY") DayKind kind,
        @NotBlank @Size(max = 100) @Pattern(regexp = "^[^\\u0000-\\u001f]*$", message = "must not contain control characters")
        @Schema(maxLength = 100, pattern = "^[^\\u0000-\\u001f]*$", examples = "国庆节") String nameZh,
        @NotBlank @Size(max = 200) @Pattern(regexp = "^[^\\u0000-\\u001f]*$", message = "must not contain control characters")
        @Schema(maxLength = 200, pattern = "^[^\\u0000-\\u001f]*$", examples = "National Day") String nameEn,
        @Min(0)
        @Schema(description = """
                The version you read when changing an existing entry (a stale one is refused with 409); leave it \
                out to add a day that has no entry yet""",
                format = "int64", minimum = "0", maximum = "9223372036854775807", examples = "0") Long version) {
}
