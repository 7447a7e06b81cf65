package com.resourcemarket.catalogue.reference;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Contract-only type: one synonym of a tag. */
@Schema(name = "TagSynonym", type = SchemaType.STRING, maxLength = 64, pattern = "^[^\\u0000-\\u001f]+$",
        examples = "化妆品")
final class Synonym {

    static final int MAX_LENGTH = 64;
    static final int MAX_COUNT = 20;

    private Synonym() {
    }
}
