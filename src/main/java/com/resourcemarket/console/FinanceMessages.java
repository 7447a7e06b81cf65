package com.resourcemarket.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Labels and messages of the finance pages and the demand matches (a bundle of its own, {@code {fin:key}}: one bundle
 * with all the console's messages outgrew what Qute's generated resolver handles). English below; Chinese (zh-CN) in
 * {@code src/main/resources/messages/fin_zh.properties}.
 */
@MessageBundle(value = "fin", locale = "en")
public interface FinanceMessages {


    @Message("Commission plans")
    String nav_plans();

    @Message("Settlement runs")
    String nav_runs();

    @Message("Statements")
    String nav_statements();

    @Message("Reports")
    String nav_reports();

    @Message("All")
    String all();

    @Message("Show")
    String filter();

    @Message("Back to the plans")
    String back_to_plans();

    @Message("Back to the statements")
    String back_to_statements();

    @Message("Must be a month written yyyy-MM")
    String v_month();

    @Message("GMV (CNY)")
    String basis_GMV();

    @Message("Order count")
    String basis_ORDER_COUNT();

    @Message("Whole (rate of the tier reached on all volume)")
    String mode_WHOLE();

    @Message("Marginal (each bracket its own rate)")
    String mode_MARGINAL();

    @Message("Cooperation")
    String scope_COOPERATION();

    @Message("Partner")
    String scope_PARTNER();

    @Message("Category")
    String scope_CATEGORY();

    @Message("Default")
    String scope_DEFAULT();

    @Message("Online platform orders")
    String ctype_ONLINE_PLATFORM_ORDER();

    @Message("Offline-driven online repurchase")
    String ctype_OFFLINE_DRIVEN_ONLINE_REPURCHASE();

    @Message("Draft")
    String sstatus_DRAFT();

    @Message("Approved")
    String sstatus_APPROVED();

    @Message("Paid")
    String sstatus_PAID();

    @Message("Disputed")
    String sstatus_DISPUTED();

    @Message("Industry tags")
    String factor_TAG_INDUSTRY();

    @Message("Type tags")
    String factor_TAG_TYPE();

    @Message("Attribute tags")
    String factor_TAG_ATTRIBUTE();

    @Message("Value tags")
    String factor_TAG_VALUE();

    @Message("Grade")
    String factor_GRADE();

    @Message("Evaluation")
    String factor_EVALUATION();

    @Message("Monthly quality")
    String factor_MONTHLY_QUALITY();

    @Message("Price")
    String factor_PRICE();

    @Message("Distance")
    String factor_DISTANCE();

    @Message("Cooperation history")
    String factor_HISTORY();

    @Message("Ranked matches")
    String match_title();

    @Message("Run matching now")
    String match_run();

    @Message("Matching done: the new ranking is below.")
    String match_done();

    @Message("Matched {when} by {who}, {count} results stored.")
    String match_run_info(String when, String who, int count);

    @Message("Each factor: its value (0–1) × its weight (share of 100 points) = its contribution; the contributions add up to the score.")
    String match_explain_help();

    @Message("Rank")
    String match_rank();

    @Message("Resource")
    String match_resource();

    @Message("Score")
    String match_score();

    @Message("Score explanation")
    String match_explanation();

    @Message("Factor")
    String match_factor();

    @Message("Value")
    String match_value();

    @Message("Weight")
    String match_weight();

    @Message("Contribution")
    String match_contribution();

    @Message("{km} km")
    String match_distance(Double km);

    @Message("No resource matches this demand.")
    String match_none();

    @Message("This demand has not been matched yet.")
    String match_never();

    @Message("Commission plans")
    String plans_title();

    @Message("New commission plan")
    String plans_new();

    @Message("No commission plans.")
    String plans_empty();

    @Message("Code")
    String plan_code();

    @Message("Capital letters, digits and _ (e.g. STANDARD_2026)")
    String plan_code_hint();

    @Message("A plan with this code exists already.")
    String plan_code_taken();

    @Message("Name")
    String plan_name();

    @Message("Active")
    String plan_active();

    @Message("Inactive")
    String plan_inactive();

    @Message("Versions")
    String plan_versions();

    @Message("Effective from")
    String plan_effective();

    @Message("Version {number}")
    String plan_version(int number);

    @Message("Contribution type")
    String plan_type();

    @Message("Rate bounds")
    String plan_bounds();

    @Message("Scope")
    String plan_scope();

    @Message("Scope key (cooperation id, partner id or category code; empty for Default)")
    String plan_scope_key();

    @Message("Volume basis")
    String plan_basis();

    @Message("Tier mode")
    String plan_mode();

    @Message("Whole: the rate of the tier reached applies to the whole volume. Marginal: each bracket earns its own rate, like tax brackets.")
    String plan_mode_hint();

    @Message("Tier table")
    String plan_tiers();

    @Message("The first tier starts at 0; each tier runs from its threshold to the next one's. Rates in percent.")
    String plan_tiers_help();

    @Message("Please correct the marked tiers.")
    String plan_tier_errors();

    @Message("Must be between {min} and {max} for this contribution type")
    String plan_rate_bounds(Object min, Object max);

    @Message("Preview")
    String plan_preview();

    @Message("Computed on the server with the settlement's own tier calculator (rounded once, HALF_UP to 0.01 CNY).")
    String plan_preview_help();

    @Message("Volume (GMV, CNY)")
    String plan_preview_volume();

    @Message("Orders (for the order-count basis)")
    String plan_preview_orders();

    @Message("Compute")
    String plan_preview_run();

    @Message("Fill in a valid tier table and volume first.")
    String plan_preview_invalid();

    @Message("Volume {volume} CNY gives commission {commission} CNY (tier {tier} reached).")
    String plan_preview_result(Object volume, Object commission, Object tier);

    @Message("Volume {volume} CNY in {orders} orders gives commission {commission} CNY (tier {tier} reached).")
    String plan_preview_result_orders(Object volume, Object orders, Object commission, Object tier);

    @Message("Tier")
    String tier_no();

    @Message("From")
    String tier_from();

    @Message("From (CNY)")
    String tier_from_cny();

    @Message("From (orders)")
    String tier_from_orders();

    @Message("Rate")
    String tier_rate();

    @Message("Rate (%)")
    String tier_rate_percent();

    @Message("Add a tier")
    String tier_add();

    @Message("Remove")
    String tier_remove();

    @Message("Settlement runs")
    String runs_title();

    @Message("Settle a month")
    String runs_start();

    @Message("No settlement runs yet.")
    String runs_empty();

    @Message("Month")
    String run_period();

    @Message("yyyy-MM, a calendar month in Asia/Shanghai time; months are settled in order.")
    String run_period_hint();

    @Message("Settle this month? Its statements are produced at once and the month is closed for new events.")
    String run_confirm();

    @Message("This month cannot be settled now (it is being settled, an earlier month is not settled, or a later one is).")
    String run_conflict();

    @Message("Month settled.")
    String run_done();

    @Message("Statements")
    String run_statements();

    @Message("Lines")
    String run_lines();

    @Message("Events")
    String run_events();

    @Message("Started by")
    String run_started_by();

    @Message("Completed")
    String run_completed();

    @Message("Statements")
    String statements_title();

    @Message("No statements.")
    String statements_empty();

    @Message("Statement {period}")
    String stmt_title(String period);

    @Message("Partner")
    String stmt_partner();

    @Message("Lines total")
    String stmt_lines_total();

    @Message("Brought forward")
    String stmt_brought();

    @Message("Balance")
    String stmt_balance();

    @Message("Held")
    String stmt_held();

    @Message("Payable")
    String stmt_payable();

    @Message("Carried forward")
    String stmt_carried();

    @Message("Dispute")
    String stmt_dispute();

    @Message("Resolution")
    String stmt_resolution();

    @Message("produced by")
    String stmt_created_by();

    @Message("approved by")
    String stmt_approved_by();

    @Message("Payout reference")
    String stmt_payout_reference();

    @Message("Approve")
    String stmt_approve();

    @Message("Approve this statement?")
    String stmt_approve_confirm();

    @Message("Four-eyes rule: someone other than the person who started the run approves.")
    String stmt_four_eyes_hint();

    @Message("Four-eyes rule: you started this settlement run, so another finance user must approve the statement.")
    String stmt_four_eyes();

    @Message("Mark paid")
    String stmt_pay();

    @Message("Mark this statement as paid?")
    String stmt_pay_confirm();

    @Message("Resolve the dispute")
    String stmt_resolve();

    @Message("No actions in this status.")
    String stmt_no_actions();

    @Message("Lines")
    String stmt_lines();

    @Message("Cooperation")
    String stmt_cooperation();

    @Message("Rule")
    String stmt_rule();

    @Message("No rule: no commission")
    String stmt_no_rule();

    @Message("Volume")
    String stmt_volume();

    @Message("Orders")
    String stmt_orders();

    @Message("Tier")
    String stmt_tier();

    @Message("Rates")
    String stmt_rates();

    @Message("Commission")
    String stmt_commission();

    @Message("Clawback")
    String stmt_clawback();

    @Message("Total")
    String stmt_total();

    @Message("Hold")
    String stmt_hold();

    @Message("Reason for the hold")
    String stmt_hold_reason();

    @Message("Release")
    String stmt_release();

    @Message("Commission reports")
    String reports_title();

    @Message("Nothing settled in these months.")
    String reports_empty();

    @Message("From month")
    String report_from();

    @Message("To month")
    String report_to();

    @Message("Months must be yyyy-MM, from not after to, at most 10 years: showing the last 12 months.")
    String report_range_error();

    @Message("Commission (CNY)")
    String report_commission();

    @Message("Commission per month")
    String report_by_month();

    @Message("Commission per contribution type")
    String report_by_type();

    @Message("Commission per partner")
    String report_by_partner();

    @Message("Downloads")
    String report_exports();

    @Message("CSV (lines)")
    String report_csv();

    @Message("XLSX (lines)")
    String report_xlsx();

    @Message("CSV (events)")
    String report_events_csv();

    @Message("Must be a date written yyyy-MM-dd")
    String v_date();

    @Message("Effective from (date)")
    String plan_effective_from();

    @Message("yyyy-MM-dd, from 00:00 Beijing time; empty: now. Cooperations signed from then on use this plan version.")
    String plan_effective_hint();
}
