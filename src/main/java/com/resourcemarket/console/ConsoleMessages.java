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
}
