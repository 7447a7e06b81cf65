package com.resourcemarket.cooperation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which party wrote a review: the partner behind the demand, or the owner of the resource. */
@Schema(name = "CooperationSide", description = "DEMANDER: the partner behind the demand; OWNER: the resource's owner")
public enum ReviewSide {
    DEMANDER, OWNER
}
