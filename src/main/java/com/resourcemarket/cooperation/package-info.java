/**
 * Cooperation workflow (合作流程): from a demand and a chosen match to a signed, executed and reviewed deal.
 * Other features read it through {@link com.resourcemarket.cooperation.CooperationDirectory} and the
 * {@link com.resourcemarket.cooperation.CooperationSigning} event, never through the entity.
 */
package com.resourcemarket.cooperation;
