package com.resourcemarket.catalogue.reference;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filter of the admission-rule listing. */
public class AdmissionRuleQuery {

    @QueryParam("typeCode")
    @Size(max = 80)
    @Pattern(regexp = TaxonomyCodes.PATTERN, message = "must be a taxonomy code such as online.e-commerce.social")
    @Parameter(description = "Only the rules of this resource type",
            schema = @Schema(type = SchemaType.STRING, maxLength = 80, pattern = TaxonomyCodes.PATTERN))
    public String typeCode;
}
