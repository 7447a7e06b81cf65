package com.resourcemarket.console;

import com.resourcemarket.catalogue.Grade;
import com.resourcemarket.catalogue.LifecycleAction;
import com.resourcemarket.catalogue.ResourceDtos.AdmissionOutcomeView;
import com.resourcemarket.catalogue.ResourceDtos.ResourceView;
import com.resourcemarket.catalogue.ResourceDtos.Tag;
import com.resourcemarket.catalogue.ResourceStatus;
import com.resourcemarket.catalogue.reference.TagDimension;
import com.resourcemarket.core.time.MarketTime;
import com.resourcemarket.partner.PartnerType;
import com.resourcemarket.partner.PartnerView;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.TemplateExtension;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Localised labels for domain values, used in templates as {@code {status.label}}, {@code {resource.name}}. */
@TemplateExtension
public final class ConsoleExtensions {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(MarketTime.ZONE);

    private ConsoleExtensions() {
    }

    static String label(ResourceStatus status, @TemplateAttribute("locale") Object locale) {
        ConsoleMessages m = ConsoleI18n.messages(locale);
        if (status == null) {
            return "";
        }
        return switch (status) {
            case DRAFT -> m.status_DRAFT();
            case SUBMITTED -> m.status_SUBMITTED();
            case ACTIVE -> m.status_ACTIVE();
            case REJECTED -> m.status_REJECTED();
            case SUSPENDED -> m.status_SUSPENDED();
            case RECTIFICATION -> m.status_RECTIFICATION();
            case EXITED -> m.status_EXITED();
        };
    }

    static String label(Grade grade, @TemplateAttribute("locale") Object locale) {
        ConsoleMessages m = ConsoleI18n.messages(locale);
        if (grade == null) {
            return m.grade_none();
        }
        return switch (grade) {
            case CORE -> m.grade_CORE();
            case IMPORTANT -> m.grade_IMPORTANT();
            case BASIC -> m.grade_BASIC();
        };
    }

    static String label(LifecycleAction action, @TemplateAttribute("locale") Object locale) {
        return actionLabel(action, ConsoleI18n.messages(locale));
    }

    static String actionLabel(LifecycleAction action, ConsoleMessages m) {
        return switch (action) {
            case SUBMIT -> m.action_SUBMIT();
            case APPROVE -> m.action_APPROVE();
            case REJECT -> m.action_REJECT();
            case SUSPEND -> m.action_SUSPEND();
            case RESUME -> m.action_RESUME();
            case RECTIFY -> m.action_RECTIFY();
            case RESTORE -> m.action_RESTORE();
            case EXIT -> m.action_EXIT();
        };
    }

    static String label(PartnerType type, @TemplateAttribute("locale") Object locale) {
        ConsoleMessages m = ConsoleI18n.messages(locale);
        if (type == null) {
            return "";
        }
        return switch (type) {
            case DEALER -> m.ptype_DEALER();
            case BRAND -> m.ptype_BRAND();
            case SUPPLIER -> m.ptype_SUPPLIER();
            case PLATFORM -> m.ptype_PLATFORM();
            case VENUE -> m.ptype_VENUE();
            case AGENCY -> m.ptype_AGENCY();
            case SERVICE_PROVIDER -> m.ptype_SERVICE_PROVIDER();
        };
    }

    static String label(TagDimension dimension, @TemplateAttribute("locale") Object locale) {
        ConsoleMessages m = ConsoleI18n.messages(locale);
        if (dimension == null) {
            return "";
        }
        return switch (dimension) {
            case INDUSTRY -> m.dim_INDUSTRY();
            case TYPE -> m.dim_TYPE();
            case ATTRIBUTE -> m.dim_ATTRIBUTE();
            case VALUE -> m.dim_VALUE();
        };
    }

    static String label(com.resourcemarket.partner.TagDimension dimension, @TemplateAttribute("locale") Object locale) {
        CurationMessages m = ConsoleI18n.curation(locale);
        if (dimension == null) {
            return "";
        }
        return switch (dimension) {
            case INDUSTRY -> m.pdim_INDUSTRY();
            case TYPE -> m.pdim_TYPE();
            case ATTRIBUTE -> m.pdim_ATTRIBUTE();
            case VALUE -> m.pdim_VALUE();
            case REGION -> m.pdim_REGION();
        };
    }

    static String label(com.resourcemarket.demand.DemandStatus status, @TemplateAttribute("locale") Object locale) {
        ConsoleMessages m = ConsoleI18n.messages(locale);
        return switch (status) {
            case SUBMITTED -> m.dstatus_SUBMITTED();
            case MATCHED -> m.dstatus_MATCHED();
            case IN_COOPERATION -> m.dstatus_IN_COOPERATION();
            case FULFILLED -> m.dstatus_FULFILLED();
            case CANCELLED -> m.dstatus_CANCELLED();
            case EXPIRED -> m.dstatus_EXPIRED();
        };
    }

    static String label(com.resourcemarket.cooperation.CooperationStatus status, @TemplateAttribute("locale") Object locale) {
        ConsoleMessages m = ConsoleI18n.messages(locale);
        return switch (status) {
            case PROPOSED -> m.cstatus_PROPOSED();
            case ACCEPTED -> m.cstatus_ACCEPTED();
            case NEGOTIATING -> m.cstatus_NEGOTIATING();
            case SIGNED -> m.cstatus_SIGNED();
            case EXECUTING -> m.cstatus_EXECUTING();
            case REVIEWED -> m.cstatus_REVIEWED();
            case CLOSED -> m.cstatus_CLOSED();
            case DECLINED -> m.cstatus_DECLINED();
            case CANCELLED -> m.cstatus_CANCELLED();
        };
    }

    static String label(com.resourcemarket.cooperation.CooperationAction action, @TemplateAttribute("locale") Object locale) {
        ConsoleMessages m = ConsoleI18n.messages(locale);
        return switch (action) {
            case PROPOSE -> m.caction_PROPOSE();
            case ACCEPT -> m.caction_ACCEPT();
            case DECLINE -> m.caction_DECLINE();
            case START_NEGOTIATION -> m.caction_START_NEGOTIATION();
            case SIGN -> m.caction_SIGN();
            case START_EXECUTION -> m.caction_START_EXECUTION();
            case REVIEW -> m.caction_REVIEW();
            case CLOSE -> m.caction_CLOSE();
            case CANCEL -> m.caction_CANCEL();
        };
    }

    static String channelLabel(String channel, @TemplateAttribute("locale") Object locale) {
        ConsoleMessages m = ConsoleI18n.messages(locale);
        return "OFFLINE".equals(channel) ? m.channel_OFFLINE() : "ONLINE".equals(channel) ? m.channel_ONLINE() : "";
    }

    static String gradeLabel(ResourceView resource, @TemplateAttribute("locale") Object locale) {
        return label(resource.grade(), locale);
    }

    static String statusLabel(ResourceView resource, @TemplateAttribute("locale") Object locale) {
        return label(resource.status(), locale);
    }

    static String score(ResourceView resource) {
        return plain(resource.evaluationScore());
    }

    static String name(ResourceView resource, @TemplateAttribute("locale") Object locale) {
        return ConsoleI18n.isZh(locale) ? resource.nameZh() : resource.nameEn();
    }

    static String otherName(ResourceView resource, @TemplateAttribute("locale") Object locale) {
        return ConsoleI18n.isZh(locale) ? resource.nameEn() : resource.nameZh();
    }

    static String name(PartnerView partner, @TemplateAttribute("locale") Object locale) {
        return ConsoleI18n.isZh(locale) ? partner.nameZh() : partner.nameEn();
    }

    static String label(Tag tag, @TemplateAttribute("locale") Object locale) {
        return ConsoleI18n.isZh(locale) ? tag.labelZh() : tag.labelEn();
    }

    static String dimensionLabel(Tag tag, @TemplateAttribute("locale") Object locale) {
        try {
            return label(TagDimension.valueOf(tag.dimension()), locale);
        } catch (IllegalArgumentException | NullPointerException e) {
            return String.valueOf(tag.dimension());
        }
    }

    /** A tag's value as shown: the number with its unit, the text, or nothing for a flag. */
    static String shown(Tag tag) {
        if (tag.numberValue() != null) {
            return tag.numberValue().stripTrailingZeros().toPlainString() + (tag.unit() == null ? "" : " " + tag.unit());
        }
        return tag.textValue() == null ? "" : tag.textValue();
    }

    static String reason(AdmissionOutcomeView outcome, @TemplateAttribute("locale") Object locale) {
        return ConsoleI18n.isZh(locale) ? outcome.reasonZh() : outcome.reasonEn();
    }

    static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }

    static String url(String text) {
        return text == null ? "" : URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
