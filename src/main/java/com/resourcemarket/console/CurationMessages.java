package com.resourcemarket.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Labels and messages of the catalogue growth KPI on the dashboard, the resource form's contact phone and the partner
 * detail and edit pages (a bundle of its own, {@code {cur:key}}, like {@link FinanceMessages}: one bundle with all the
 * console's messages outgrows what Qute's generated resolver handles). English below; Chinese (zh-CN) in
 * {@code src/main/resources/messages/cur_zh.properties}.
 */
@MessageBundle(value = "cur", locale = "en")
public interface CurationMessages {

    @Message("Catalogue growth")
    String growth_title();

    @Message("Growth over 12 months (target ≥ 30 %)")
    String growth_yoy();

    @Message("New quality resources in {month} (target ≥ 20)")
    String growth_quality_month(String month);

    @Message("New resources in {month}")
    String growth_new_month(String month);

    @Message("Exits in {month}")
    String growth_exited_month(String month);

    @Message("In the catalogue at month end")
    String growth_net();

    @Message("New quality resources a month, average (target ≥ 20)")
    String growth_avg_quality();

    @Message("Months {from} to {to} (China time). New: first approval; quality: graded Core or Important; in the catalogue: approved and not exited.")
    String growth_period(String from, String to);

    @Message("Growth per month")
    String growth_chart();

    @Message("New")
    String growth_series_new();

    @Message("New quality")
    String growth_series_quality();

    @Message("Exited")
    String growth_series_exited();

    @Message("In the catalogue")
    String growth_series_net();

    @Message("By channel, last 12 months")
    String growth_by_channel();

    @Message("Channel")
    String col_channel();

    @Message("New")
    String col_new();

    @Message("New quality")
    String col_quality();

    @Message("Exited")
    String col_exited();

    @Message("At start")
    String col_at_start();

    @Message("At end")
    String col_at_end();

    @Message("Growth")
    String col_growth();

    @Message("All")
    String channel_all();

    @Message("Stored: {masked}. Leave empty to keep it, or type a new number.")
    String res_phone_stored(String masked);

    @Message("No phone number stored.")
    String res_phone_none();

    @Message("Remove the stored phone number")
    String res_phone_remove();

    @Message("Partner {name}")
    String partner_title(String name);

    @Message("Edit partner {name}")
    String partner_edit_title(String name);

    @Message("Edit")
    String partner_edit();

    @Message("Back to the partners")
    String partner_back();

    @Message("Annual purchase")
    String partner_purchase();

    @Message("Annual purchase (amount)")
    String partner_purchase_amount();

    @Message("Currency")
    String partner_currency();

    @Message("Tags")
    String partner_tags();

    @Message("One tag a row: dimension, key (lower_snake_case), value. Empty rows are ignored.")
    String partner_tags_hint();

    @Message("No tags.")
    String partner_no_tags();

    @Message("Dimension")
    String tag_dimension();

    @Message("Key")
    String partner_tag_key();

    @Message("Value")
    String partner_tag_value();

    @Message("Contacts")
    String partner_contacts();

    @Message("E-mail, phone and ID number are stored encrypted and shown masked: leave them empty to keep the stored values, or type new ones.")
    String partner_contacts_hint();

    @Message("No contacts.")
    String partner_no_contacts();

    @Message("Name")
    String contact_name();

    @Message("Title")
    String contact_title();

    @Message("E-mail")
    String contact_email();

    @Message("Phone")
    String contact_phone();

    @Message("ID number")
    String contact_id_number();

    @Message("Remove this contact")
    String contact_remove();

    @Message("New contact (optional)")
    String contact_new();

    @Message("Stored: {value}")
    String contact_stored(String value);

    @Message("This changes the partner type from {from} to {to}: tick the box below to confirm.")
    String partner_type_confirm(String from, String to);

    @Message("I confirm the change of type")
    String partner_type_confirm_box();

    @Message("Last changed")
    String partner_updated();

    @Message("Version")
    String partner_version();

    @Message("Partner id")
    String partner_id();

    @Message("Industry")
    String pdim_INDUSTRY();

    @Message("Type")
    String pdim_TYPE();

    @Message("Attribute")
    String pdim_ATTRIBUTE();

    @Message("Value")
    String pdim_VALUE();

    @Message("Region")
    String pdim_REGION();
}
