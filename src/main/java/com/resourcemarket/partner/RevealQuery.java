package com.resourcemarket.partner;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** {@code ?reveal=true|false}, kept as validated text so a bad value is a 400 naming the parameter. */
public class RevealQuery {

    @QueryParam("reveal")
    @DefaultValue("false")
    @Pattern(regexp = "^(true|false)$", message = "must be true or false")
    @Parameter(description = """
            Resource managers and admins: show contacts' e-mail, phone and ID number unmasked. Every reveal is \
            recorded (who, when). Others get 403; a partner always sees its own contacts in full.""",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    public String reveal;

    boolean requested() {
        return "true".equals(reveal);
    }
}
