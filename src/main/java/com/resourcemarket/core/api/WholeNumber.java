package com.resourcemarket.core.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * A count parameter kept as text (limit, offset, topN): only a whole number in ASCII digits. {@code @Min}/{@code @Max}
 * read "1.5" or "1e2" as numbers in range, which {@code Integer.parseInt} then refused with a 500; this closes that gap
 * for every parameter that carries it, so the answer is a 400 naming the parameter.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WholeNumber.Validator.class)
public @interface WholeNumber {

    String message() default "{com.resourcemarket.core.api.WholeNumber.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<WholeNumber, String> {

        // At most 9 digits: always inside an int, so parsing after validation cannot fail.
        private static final Pattern WHOLE = Pattern.compile("^\\s*\\+?[0-9]{1,9}\\s*$");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || WHOLE.matcher(value).matches();
        }
    }
}
