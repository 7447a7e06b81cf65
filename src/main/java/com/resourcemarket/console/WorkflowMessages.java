package com.resourcemarket.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Labels and messages of the plan editor with several rules and versions, the contribution types and partner holds pages,
 * and the cooperation workflow steps ({@code {wf:key}}). A bundle of its own: one bundle with every console message
 * outgrew what Qute's generated resolver handles (see {@link FinanceMessages}). English below; Chinese (zh-CN) in
 * {@code src/main/resources/messages/wf_zh.properties}.
 */
@MessageBundle(value = "wf", locale = "en")
public interface WorkflowMessages {

    @Message("Rules")
    String rules_title();

    @Message("One rule per contribution type and scope (Default, Category, Partner, Cooperation: the most specific one applies); each has its own tier table.")
    String rules_help();

    @Message("Add at least one rule.")
    String rules_required();

    @Message("Rule")
    String rule_title();

    @Message("Add a rule")
    String rule_add();

    @Message("Remove this rule")
    String rule_remove();

    @Message("Must be a percentage from 0 to 100 with at most 4 decimals")
    String rate_percent();

    @Message("Unknown contribution type")
    String rule_unknown_type();

    @Message("Leave empty for the Default scope")
    String rule_scope_key_forbidden();

    @Message("Required for this scope")
    String rule_scope_key_required();

    @Message("Must be an id (UUID) for this scope")
    String rule_scope_key_uuid();

    @Message("Another rule of this plan has the same contribution type and scope.")
    String rule_duplicate();

    @Message("The first tier starts at 0")
    String tier_first_zero();

    @Message("Must be above the previous tier's threshold")
    String tier_ascending();

    @Message("Must be a whole number of orders")
    String tier_whole_orders();

    @Message("Pick a contribution type to see its rate bounds.")
    String bounds_pick_type();

    @Message("New version")
    String version_new();

    @Message("New version of {code}")
    String version_new_title(String code);

    @Message("Pre-filled from version {number}, effective from {when}. Saving adds a version; existing versions never change.")
    String version_based_on(int number, String when);

    @Message("yyyy-MM-dd, from 00:00 Beijing time; after the latest version's date. Cooperations signed from then on use the new version; those signed earlier keep theirs.")
    String version_effective_hint();

    @Message("Must be after the latest version's effective date ({when})")
    String version_effective_after(String when);

    @Message("Must be a date from 1970-01-02 to 2037-12-31")
    String effective_range();

    @Message("Save the new version")
    String version_save();

    @Message("New version saved.")
    String version_saved();

    @Message("Version")
    String version_no();

    @Message("State")
    String version_state();

    @Message("Rules")
    String version_rules();

    @Message("Created by")
    String version_created_by();

    @Message("Created at")
    String version_created_at();

    @Message("In force")
    String version_IN_FORCE();

    @Message("Scheduled")
    String version_SCHEDULED();

    @Message("Superseded")
    String version_SUPERSEDED();

    @Message("Deactivate")
    String plan_deactivate();

    @Message("Deactivate plan {code}? No new cooperation can be signed with it; cooperations already signed keep it.")
    String plan_deactivate_confirm(String code);

    @Message("Deactivating stops new signings with this plan. It cannot be reactivated here.")
    String plan_deactivate_hint();

    @Message("Plan deactivated: no new cooperation can be signed with it.")
    String plan_deactivated();

    @Message("This plan is inactive: no new cooperation can be signed with it. Cooperations already bound keep their version.")
    String plan_inactive_hint();

    @Message("Contribution types")
    String types_title();

    @Message("The kinds of contribution that earn commission and their rate bounds: every tier rate of a rule must lie inside its type's bounds.")
    String types_intro();

    @Message("Minimum rate")
    String type_min();

    @Message("Maximum rate")
    String type_max();

    @Message("any")
    String type_no_bound();

    @Message("Add a contribution type")
    String type_add();

    @Message("The name as finance reads it, e.g. 直播带货订单 live-stream orders")
    String type_name_hint();

    @Message("Minimum rate (%)")
    String type_min_percent();

    @Message("Maximum rate (%)")
    String type_max_percent();

    @Message("Optional; in percent (5 = 5 %). Rules saved later must keep their rates inside.")
    String type_bound_hint();

    @Message("Contribution type added.")
    String type_added();

    @Message("Capital letters, digits and _, starting with a letter (e.g. LIVE_STREAM_ORDER)")
    String type_code_format();

    @Message("A contribution type with this code exists already.")
    String type_code_taken();

    @Message("The minimum must not be above the maximum")
    String type_min_above_max();

    @Message("Partner holds")
    String holds_title();

    @Message("Nothing is payable to a partner on hold: its latest draft statement is recomputed at once (payable 0, the balance carried forward) and again when the hold is released.")
    String holds_intro();

    @Message("No partner is on hold.")
    String holds_empty();

    @Message("Reason")
    String hold_reason();

    @Message("By")
    String hold_by();

    @Message("Since")
    String hold_since();

    @Message("Hold a partner's payouts")
    String hold_add();

    @Message("Hold payouts")
    String hold_submit();

    @Message("Hold every payout of this partner?")
    String hold_confirm();

    @Message("Release")
    String hold_release();

    @Message("Release the hold on {partner}? Its latest draft statement becomes payable again.")
    String hold_release_confirm(String partner);

    @Message("Partner on hold: nothing is payable to it until released.")
    String hold_done();

    @Message("Hold released.")
    String hold_released();

    @Message("Pick a registered partner")
    String hold_unknown_partner();

    @Message("Workflow steps")
    String coop_steps();

    @Message("The steps open to resource managers in this status. Each asks for confirmation; reviews are the parties' own.")
    String coop_steps_hint();

    @Message("Read only: finance takes no step in a cooperation.")
    String coop_read_only();

    @Message("No step is open to you in this status.")
    String coop_no_steps();

    @Message("{step}: take this step now?")
    String coop_confirm(String step);

    @Message("Done: {step}.")
    String coop_step_done(String step);

    @Message("Unknown workflow step.")
    String coop_unknown_step();

    @Message("\"{step}\" is not possible while the cooperation is {status}; the page shows what is possible now.")
    String coop_illegal_step(String step, String status);

    @Message("Reason")
    String coop_reason();

    @Message("A reason is required for this step")
    String coop_reason_required();

    @Message("The cancellation ends a dispute between the parties")
    String coop_dispute();

    @Message("Signed terms")
    String coop_terms_title();

    @Message("Price")
    String coop_price();

    @Message("Currency")
    String coop_currency_label();

    @Message("Quantity")
    String coop_quantity();

    @Message("Unit")
    String coop_unit();

    @Message("Start date")
    String coop_start();

    @Message("End date")
    String coop_end();

    @Message("Must not be before the start date")
    String coop_end_before_start();

    @Message("Must be an ISO 4217 currency code such as CNY")
    String coop_currency();

    @Message("Commission plan")
    String coop_plan();

    @Message("None (no commission)")
    String coop_plan_none();

    @Message("The version in force at signing is bound to the cooperation.")
    String coop_plan_hint();

    @Message("This plan cannot be used for this signing (inactive, or no version in force yet)")
    String coop_plan_refused();
}
