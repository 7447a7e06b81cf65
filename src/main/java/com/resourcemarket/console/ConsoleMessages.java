package com.resourcemarket.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every label, message and error of the console. English is the default (below); Chinese (zh-CN) is in
 * {@code src/main/resources/messages/msg_zh.properties}. Templates use them as {@code {msg:key}}.
 */
@MessageBundle(value = "msg", locale = "en")
public interface ConsoleMessages {

    @Message("Resource Market Console")
    String app_name();

    @Message("Skip to content")
    String skip_to_content();

    @Message("Main menu")
    String nav_label();

    @Message("Dashboard")
    String nav_dashboard();

    @Message("Catalogue")
    String nav_catalogue();

    @Message("Admission review")
    String nav_review();

    @Message("Partners")
    String nav_partners();

    @Message("New resource")
    String nav_new_resource();

    @Message("Language")
    String lang_label();

    @Message("English")
    String lang_en();

    @Message("中文")
    String lang_zh();

    @Message("Signed in as {name}")
    String signed_in_as(String name);

    @Message("Sign out")
    String logout();

    @Message("Roles")
    String roles_label();

    @Message("Resource manager")
    String role_resource_manager();

    @Message("Finance")
    String role_finance();

    @Message("Administrator")
    String role_admin();

    @Message("Partner")
    String role_partner();

    @Message("You are signed out")
    String signed_out_title();

    @Message("Your console session has ended.")
    String signed_out_text();

    @Message("Sign in again")
    String sign_in_again();

    @Message("Something went wrong")
    String error_title();

    @Message("Your role may not do this.")
    String error_forbidden();

    @Message("Not found, or not visible to you.")
    String error_not_found();

    @Message("This conflicts with the current state of the record.")
    String error_conflict();

    @Message("This action is not allowed in the current state.")
    String error_invalid_state();

    @Message("Someone else changed this record in the meantime; reload the page and try again.")
    String error_stale();

    @Message("Some values are not valid.")
    String error_bad_request();

    @Message("The request could not be completed.")
    String error_generic();

    @Message("Details: {detail}")
    String error_detail(Object detail);

    @Message("Back to the dashboard")
    String error_back();

    @Message("Please correct the marked fields.")
    String form_has_errors();

    @Message("Saved.")
    String saved();

    @Message("Required")
    String v_required();

    @Message("At most {max} characters")
    String v_too_long(Object max);

    @Message("Invalid format")
    String v_format();

    @Message("Must be a number")
    String v_number();

    @Message("Must be between {min} and {max}")
    String v_range(Object min, Object max);

    @Message("Must be at least {min}")
    String v_min(Object min);

    @Message("Must be at most {max}")
    String v_max(Object max);

    @Message("Too many digits")
    String v_digits();

    @Message("At most {max} entries")
    String v_too_many(Object max);

    @Message("Not accepted: {detail}")
    String v_invalid(Object detail);

    @Message("Unknown tag \"{key}\": pick one from the dictionary")
    String v_unknown_tag(Object key);

    @Message("Tag \"{key}\" needs a number")
    String v_tag_needs_number(Object key);

    @Message("A reason is required for this action")
    String v_reason_required();

    @Message("Yes")
    String yes();

    @Message("No")
    String no();

    @Message("None")
    String none();

    @Message("Save")
    String save();

    @Message("Cancel")
    String cancel();

    @Message("Search")
    String search();

    @Message("Reset")
    String reset();

    @Message("Edit")
    String edit();

    @Message("Create")
    String create();

    @Message("Details")
    String details();

    @Message("Previous page")
    String previous_page();

    @Message("Next page")
    String next_page();

    @Message("First page")
    String first_page();

    @Message("Page {page}")
    String page_of(int page);

    @Message("{count} results")
    String results(long count);

    @Message("Actions")
    String actions();

    @Message("Dashboard")
    String dash_title();

    @Message("Resources")
    String dash_total();

    @Message("Active")
    String dash_active();

    @Message("Awaiting review")
    String dash_waiting();

    @Message("In rectification")
    String dash_rectification();

    @Message("Resources by status")
    String dash_by_status();

    @Message("Resources by grade")
    String dash_by_grade();

    @Message("Resources by type")
    String dash_by_channel();

    @Message("Resources in rectification (3-month period)")
    String dash_rectification_list();

    @Message("Resources")
    String dash_count();

    @Message("Catalogue")
    String cat_title();

    @Message("Full text (Chinese or English)")
    String cat_text();

    @Message("Names, descriptions and tag labels, e.g. 美妆 or beauty")
    String cat_text_hint();

    @Message("Channel")
    String cat_channel();

    @Message("Any")
    String cat_any();

    @Message("Status")
    String cat_status();

    @Message("Grade")
    String cat_grade();

    @Message("Type")
    String cat_type();

    @Message("Region code")
    String cat_region();

    @Message("e.g. EAST_CHINA or 310000")
    String cat_region_hint();

    @Message("Tag filter")
    String cat_tag();

    @Message("key=value, key>=n, key<=n or key=from..to, e.g. followers>=100000")
    String cat_tag_hint();

    @Message("Order")
    String cat_sort();

    @Message("Relevance")
    String sort_RELEVANCE();

    @Message("Newest")
    String sort_NEWEST();

    @Message("Evaluation score")
    String sort_SCORE();

    @Message("Name")
    String sort_NAME();

    @Message("Refine")
    String cat_facets();

    @Message("By type")
    String facet_type();

    @Message("By grade")
    String facet_grade();

    @Message("By region")
    String facet_region();

    @Message("No resources match.")
    String cat_empty();

    @Message("Name")
    String col_name();

    @Message("Type")
    String col_type();

    @Message("Grade")
    String col_grade();

    @Message("Status")
    String col_status();

    @Message("Score")
    String col_score();

    @Message("Regions")
    String col_regions();

    @Message("Owner")
    String col_owner();

    @Message("Online")
    String channel_ONLINE();

    @Message("Offline")
    String channel_OFFLINE();

    @Message("Draft")
    String status_DRAFT();

    @Message("Submitted")
    String status_SUBMITTED();

    @Message("Active")
    String status_ACTIVE();

    @Message("Rejected")
    String status_REJECTED();

    @Message("Suspended")
    String status_SUSPENDED();

    @Message("Rectification")
    String status_RECTIFICATION();

    @Message("Exited")
    String status_EXITED();

    @Message("Core")
    String grade_CORE();

    @Message("Important")
    String grade_IMPORTANT();

    @Message("Basic")
    String grade_BASIC();

    @Message("Not graded")
    String grade_none();

    @Message("Submit for review")
    String action_SUBMIT();

    @Message("Approve")
    String action_APPROVE();

    @Message("Reject")
    String action_REJECT();

    @Message("Suspend")
    String action_SUSPEND();

    @Message("Resume")
    String action_RESUME();

    @Message("Start rectification")
    String action_RECTIFY();

    @Message("End rectification (restore)")
    String action_RESTORE();

    @Message("Exit the catalogue")
    String action_EXIT();

    @Message("{action}: \"{name}\" — are you sure?")
    String confirm_action(Object action, Object name);

    @Message("New resource")
    String res_new_title();

    @Message("Edit {name}")
    String res_edit_title(Object name);

    @Message("Owner partner")
    String res_owner();

    @Message("Choose a partner")
    String res_owner_pick();

    @Message("Choose a type")
    String res_type_pick();

    @Message("Name (Chinese)")
    String res_name_zh();

    @Message("Name (English)")
    String res_name_en();

    @Message("Description")
    String res_description();

    @Message("Region codes")
    String res_regions();

    @Message("Comma separated, e.g. CN, EAST_CHINA, 310000")
    String res_regions_hint();

    @Message("Latitude (offline resources)")
    String res_latitude();

    @Message("Longitude (offline resources)")
    String res_longitude();

    @Message("Capacity")
    String res_capacity();

    @Message("Capacity amount")
    String res_capacity_amount();

    @Message("Capacity unit")
    String res_capacity_unit();

    @Message("Price")
    String res_price();

    @Message("Price amount")
    String res_price_amount();

    @Message("Currency")
    String res_price_currency();

    @Message("Price per")
    String res_price_unit();

    @Message("Contact name")
    String res_contact_name();

    @Message("Contact phone")
    String res_contact_phone();

    @Message("Tags (industry · type · attribute · value)")
    String res_tags();

    @Message("Type to search the tag dictionary; numeric tags take a number in the unit shown.")
    String res_tags_help();

    @Message("Tag")
    String tag_key();

    @Message("Value")
    String tag_value();

    @Message("Unit")
    String tag_unit();

    @Message("Add a tag")
    String tag_add();

    @Message("Remove")
    String tag_remove();

    @Message("Dimension")
    String tag_dimension();

    @Message("Industry")
    String dim_INDUSTRY();

    @Message("Type")
    String dim_TYPE();

    @Message("Attribute")
    String dim_ATTRIBUTE();

    @Message("Value")
    String dim_VALUE();

    @Message("{name}")
    String res_detail_title(Object name);

    @Message("Facts")
    String res_facts();

    @Message("Status: {status}")
    String res_status_now(Object status);

    @Message("Evaluation score")
    String res_score();

    @Message("Version")
    String res_version();

    @Message("Admission check")
    String res_admission();

    @Message("No admission check yet (the resource has not been submitted).")
    String res_admission_none();

    @Message("Passed all rules")
    String res_admission_passed();

    @Message("Failed at least one rule")
    String res_admission_failed();

    @Message("Rule")
    String rule_subject();

    @Message("Result")
    String rule_result();

    @Message("Explanation")
    String rule_reason();

    @Message("Pass")
    String rule_pass();

    @Message("Fail")
    String rule_fail();

    @Message("Lifecycle")
    String res_lifecycle();

    @Message("Lifecycle actions")
    String res_lifecycle_actions();

    @Message("Reason")
    String res_reason();

    @Message("Required for reject, suspend, rectification and exit")
    String res_reason_hint();

    @Message("History")
    String res_history();

    @Message("When")
    String hist_when();

    @Message("Who")
    String hist_who();

    @Message("From")
    String hist_from();

    @Message("To")
    String hist_to();

    @Message("Action")
    String hist_action();

    @Message("Grade")
    String res_grade();

    @Message("Reason for the grade")
    String res_grade_reason();

    @Message("Set grade")
    String res_grade_save();

    @Message("Grade history")
    String res_grade_history();

    @Message("Evaluation (quality 40%, match fit 30%, cost 20%, growth 10%)")
    String res_evaluation();

    @Message("Resource quality")
    String eval_quality();

    @Message("Match fit")
    String eval_match_fit();

    @Message("Cooperation cost")
    String eval_cost();

    @Message("Growth potential")
    String eval_growth();

    @Message("Note")
    String eval_note();

    @Message("Weighted score")
    String eval_score();

    @Message("Record evaluation")
    String eval_save();

    @Message("Not evaluated yet.")
    String eval_none();

    @Message("0 to 100")
    String eval_hint();

    @Message("Admission review")
    String review_title();

    @Message("Submitted resources waiting for a decision, with each admission rule's result.")
    String review_intro();

    @Message("Nothing is waiting for review.")
    String review_empty();

    @Message("Partners")
    String partners_title();

    @Message("Register a partner")
    String partners_new();

    @Message("Name (Chinese)")
    String partner_name_zh();

    @Message("Name (English)")
    String partner_name_en();

    @Message("Kind")
    String partner_type();

    @Message("Region codes")
    String partner_regions();

    @Message("Registered")
    String partner_created();

    @Message("No partners yet.")
    String partners_empty();

    @Message("Dealer")
    String ptype_DEALER();

    @Message("Brand")
    String ptype_BRAND();

    @Message("Supplier")
    String ptype_SUPPLIER();

    @Message("Platform")
    String ptype_PLATFORM();

    @Message("Venue")
    String ptype_VENUE();

    @Message("Agency / MCN")
    String ptype_AGENCY();

    @Message("Service provider")
    String ptype_SERVICE_PROVIDER();

    @Message("Demands")
    String nav_demands();

    @Message("Cooperations")
    String nav_cooperations();

    @Message("Match accuracy (target ≥ 85%)")
    String kpi_accuracy();

    @Message("Docking cycle, working days (target ≤ 7)")
    String kpi_cycle();

    @Message("Demands submitted {from} to {to}")
    String kpi_period(Object from, Object to);

    @Message("No data yet")
    String kpi_no_data();

    @Message("Match accuracy by category (%)")
    String kpi_by_category();

    @Message("Percent")
    String kpi_percent();

    @Message("Demands")
    String demands_title();

    @Message("Demand")
    String demand_title_col();

    @Message("Partner")
    String demand_partner();

    @Message("Regions")
    String demand_regions();

    @Message("Budget")
    String demand_budget();

    @Message("Quantity")
    String demand_quantity();

    @Message("Window")
    String demand_window();

    @Message("Docking manager")
    String demand_manager();

    @Message("Status history")
    String demand_history();

    @Message("Cooperations for this demand")
    String demand_cooperations();

    @Message("No demands.")
    String demands_empty();

    @Message("Cooperations")
    String coops_title();

    @Message("Cooperation {id}")
    String coop_title(Object id);

    @Message("Demand")
    String coop_demand();

    @Message("Resource")
    String coop_resource();

    @Message("Demander")
    String coop_demander();

    @Message("Resource owner")
    String coop_owner();

    @Message("Match score")
    String coop_score();

    @Message("Terms")
    String coop_terms();

    @Message("Signed")
    String coop_signed();

    @Message("Disputed")
    String coop_disputed();

    @Message("Reviews")
    String coop_reviews();

    @Message("Timeline")
    String coop_timeline();

    @Message("No cooperations.")
    String coops_empty();

    @Message("Submitted")
    String dstatus_SUBMITTED();

    @Message("Matched")
    String dstatus_MATCHED();

    @Message("In cooperation")
    String dstatus_IN_COOPERATION();

    @Message("Fulfilled")
    String dstatus_FULFILLED();

    @Message("Cancelled")
    String dstatus_CANCELLED();

    @Message("Expired")
    String dstatus_EXPIRED();

    @Message("Proposed")
    String cstatus_PROPOSED();

    @Message("Accepted")
    String cstatus_ACCEPTED();

    @Message("Negotiating")
    String cstatus_NEGOTIATING();

    @Message("Signed")
    String cstatus_SIGNED();

    @Message("Executing")
    String cstatus_EXECUTING();

    @Message("Reviewed")
    String cstatus_REVIEWED();

    @Message("Closed")
    String cstatus_CLOSED();

    @Message("Declined")
    String cstatus_DECLINED();

    @Message("Cancelled")
    String cstatus_CANCELLED();

    @Message("Propose")
    String caction_PROPOSE();

    @Message("Accept")
    String caction_ACCEPT();

    @Message("Decline")
    String caction_DECLINE();

    @Message("Start negotiation")
    String caction_START_NEGOTIATION();

    @Message("Sign")
    String caction_SIGN();

    @Message("Start execution")
    String caction_START_EXECUTION();

    @Message("Review")
    String caction_REVIEW();

    @Message("Close")
    String caction_CLOSE();

    @Message("Cancel")
    String caction_CANCEL();

    // --- finance and matching ---

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
    String match_run_info(Object when, Object who, Object count);

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
    String match_distance(Object km);

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
    String plan_version(Object number);

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
    String stmt_title(Object period);

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
