package com.resourcemarket.demo;

import com.resourcemarket.catalogue.Grade;
import com.resourcemarket.catalogue.Resource;
import com.resourcemarket.catalogue.ResourceStatus;
import com.resourcemarket.catalogue.ResourceTag;
import com.resourcemarket.core.persistence.Ids;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** A deterministic, plausible demo catalogue: every taxonomy type, twenty resources each, across 20 cities. */
final class DemoResources {

    record City(String code, String provinceCode, String zh, String en, double latitude, double longitude) {
    }

    record TypeSpec(String channel, String category, String type, String[] zhNames, String[] enNames,
                    String[] flags, String capacityUnit, int capacityMin, int capacityMax, String priceUnit,
                    int priceMin, int priceMax, NumberTag[] numbers) {
    }

    record NumberTag(String dimension, String key, String unit, double min, double max) {
    }

    static final List<City> CITIES = List.of(
            new City("310000", "310000", "上海", "Shanghai", 31.2304, 121.4737),
            new City("110000", "110000", "北京", "Beijing", 39.9042, 116.4074),
            new City("440100", "440000", "广州", "Guangzhou", 23.1291, 113.2644),
            new City("440300", "440000", "深圳", "Shenzhen", 22.5431, 114.0579),
            new City("330100", "330000", "杭州", "Hangzhou", 30.2741, 120.1551),
            new City("320100", "320000", "南京", "Nanjing", 32.0603, 118.7969),
            new City("320500", "320000", "苏州", "Suzhou", 31.2989, 120.5853),
            new City("510100", "510000", "成都", "Chengdu", 30.5728, 104.0668),
            new City("420100", "420000", "武汉", "Wuhan", 30.5928, 114.3055),
            new City("610100", "610000", "西安", "Xi'an", 34.3416, 108.9398),
            new City("500000", "500000", "重庆", "Chongqing", 29.5630, 106.5516),
            new City("120000", "120000", "天津", "Tianjin", 39.3434, 117.3616),
            new City("370200", "370000", "青岛", "Qingdao", 36.0671, 120.3826),
            new City("350200", "350000", "厦门", "Xiamen", 24.4798, 118.0894),
            new City("430100", "430000", "长沙", "Changsha", 28.2282, 112.9388),
            new City("410100", "410000", "郑州", "Zhengzhou", 34.7466, 113.6254),
            new City("340100", "340000", "合肥", "Hefei", 31.8206, 117.2272),
            new City("330200", "330000", "宁波", "Ningbo", 29.8683, 121.5440),
            new City("441900", "440000", "东莞", "Dongguan", 23.0207, 113.7518),
            new City("440600", "440000", "佛山", "Foshan", 23.0215, 113.1214));

    private static final String[] INDUSTRIES = {"beauty", "catering", "home_appliance", "maternal_baby", "apparel",
            "food_beverage", "consumer_electronics", "automotive", "education", "health", "home_furnishing", "sports_outdoor"};

    static final List<TypeSpec> TYPES = List.of(
            new TypeSpec("ONLINE", "online.digital-marketing", "online.digital-marketing.content-platform",
                    new String[] {"美妆短视频号", "母婴种草社区", "数码测评频道", "美食探店账号", "家居改造视频号"},
                    new String[] {"beauty short-video account", "mother & baby seeding community", "gadget review channel",
                            "food discovery account", "home makeover video account"},
                    new String[] {"short_video_platform", "social_media", "live_streaming"}, "audience", 50_000, 5_000_000,
                    "campaign", 5_000, 80_000, new NumberTag[] {new NumberTag("ATTRIBUTE", "followers", "people", 60_000, 3_000_000),
                    new NumberTag("ATTRIBUTE", "female_audience_share", "%", 30, 90),
                    new NumberTag("VALUE", "avg_conversion_rate", "%", 1, 8)}),
            new TypeSpec("ONLINE", "online.digital-marketing", "online.digital-marketing.traffic-tool",
                    new String[] {"搜索广告代投", "信息流广告位", "私域CRM工具", "社群裂变工具"},
                    new String[] {"search ads management", "feed ad slots", "private-domain CRM tool", "community growth tool"},
                    new String[] {"search_ads", "feed_ads", "private_domain_crm"}, "impressions/day", 100_000, 10_000_000,
                    "month", 3_000, 50_000, new NumberTag[] {new NumberTag("VALUE", "engagement_rate", "%", 1, 12),
                    new NumberTag("ATTRIBUTE", "monthly_active_users", "people", 10_000, 2_000_000)}),
            new TypeSpec("ONLINE", "online.digital-marketing", "online.digital-marketing.data-service",
                    new String[] {"消费者画像系统", "行业数据库", "门店客流分析", "竞品监测服务"},
                    new String[] {"consumer profiling system", "industry database", "store footfall analytics", "competitor monitoring"},
                    new String[] {"vertical_media"}, "queries/day", 1_000, 200_000, "year", 20_000, 300_000,
                    new NumberTag[] {new NumberTag("ATTRIBUTE", "cities_covered", "cities", 5, 300)}),
            new TypeSpec("ONLINE", "online.e-commerce", "online.e-commerce.comprehensive",
                    new String[] {"综合电商旗舰店", "大促会场资源位", "品牌专区"},
                    new String[] {"marketplace flagship store", "shopping festival slot", "brand zone"},
                    new String[] {"live_streaming"}, "orders/day", 500, 50_000, "month", 10_000, 200_000,
                    new NumberTag[] {new NumberTag("VALUE", "annual_gmv", "CNY", 1_000_000, 500_000_000),
                    new NumberTag("VALUE", "avg_order_value", "CNY", 50, 2_000)}),
            new TypeSpec("ONLINE", "online.e-commerce", "online.e-commerce.vertical",
                    new String[] {"母婴垂直电商", "美妆垂直电商", "家电垂直商城"},
                    new String[] {"mother & baby vertical shop", "beauty vertical shop", "appliance vertical mall"},
                    new String[] {"vertical_media"}, "orders/day", 100, 10_000, "month", 5_000, 80_000,
                    new NumberTag[] {new NumberTag("VALUE", "repurchase_rate", "%", 10, 60),
                    new NumberTag("VALUE", "avg_order_value", "CNY", 80, 3_000)}),
            new TypeSpec("ONLINE", "online.e-commerce", "online.e-commerce.social",
                    new String[] {"小程序商城", "直播带货间", "社群团购"},
                    new String[] {"mini-program shop", "live-stream shop", "community group buying"},
                    new String[] {"live_streaming", "social_media"}, "orders/day", 50, 20_000, "campaign", 2_000, 60_000,
                    new NumberTag[] {new NumberTag("ATTRIBUTE", "followers", "people", 60_000, 2_000_000),
                    new NumberTag("VALUE", "avg_conversion_rate", "%", 1, 10)}),
            new TypeSpec("ONLINE", "online.tech-service", "online.tech-service.saas",
                    new String[] {"门店管理SaaS", "会员营销SaaS", "电子发票SaaS"},
                    new String[] {"store management SaaS", "loyalty marketing SaaS", "e-invoice SaaS"},
                    new String[] {"private_domain_crm"}, "seats", 10, 5_000, "year", 3_000, 100_000,
                    new NumberTag[] {new NumberTag("ATTRIBUTE", "monthly_active_users", "people", 1_000, 500_000)}),
            new TypeSpec("ONLINE", "online.tech-service", "online.tech-service.ai-big-data",
                    new String[] {"智能客服", "商品推荐引擎", "销量预测服务"},
                    new String[] {"AI customer service", "product recommendation engine", "sales forecasting service"},
                    new String[] {}, "requests/day", 10_000, 5_000_000, "year", 30_000, 500_000,
                    new NumberTag[] {new NumberTag("VALUE", "avg_conversion_rate", "%", 1, 6)}),
            new TypeSpec("OFFLINE", "offline.physical-channel", "offline.physical-channel.retail-terminal",
                    new String[] {"连锁超市门店", "便利店网点", "品牌专卖店", "大卖场堆头"},
                    new String[] {"supermarket chain store", "convenience store outlet", "brand store", "hypermarket end cap"},
                    new String[] {"supermarket_chain", "convenience_chain", "brand_store"}, "people/day", 800, 20_000,
                    "month", 2_000, 60_000, new NumberTag[] {new NumberTag("ATTRIBUTE", "store_area_m2", "m2", 40, 8_000),
                    new NumberTag("VALUE", "daily_footfall", "people/day", 800, 20_000),
                    new NumberTag("ATTRIBUTE", "cities_covered", "cities", 1, 40)}),
            new TypeSpec("OFFLINE", "offline.physical-channel", "offline.physical-channel.industrial-park",
                    new String[] {"产业园展示厅", "园区招商位", "创新孵化基地"},
                    new String[] {"industrial park showroom", "park investment slot", "innovation incubator"},
                    new String[] {}, "m2", 200, 20_000, "year", 50_000, 800_000,
                    new NumberTag[] {new NumberTag("ATTRIBUTE", "store_area_m2", "m2", 200, 20_000)}),
            new TypeSpec("OFFLINE", "offline.physical-channel", "offline.physical-channel.exhibition-event",
                    new String[] {"行业博览会展位", "城市美食节摊位", "品牌快闪活动"},
                    new String[] {"trade fair booth", "city food festival stall", "brand pop-up event"},
                    new String[] {"trade_fair", "city_festival"}, "visitors", 5_000, 300_000, "event", 8_000, 200_000,
                    new NumberTag[] {new NumberTag("VALUE", "daily_footfall", "people/day", 2_000, 80_000)}),
            new TypeSpec("OFFLINE", "offline.service", "offline.service.supply-chain",
                    new String[] {"区域仓储中心", "冷链物流", "质检认证服务", "供应链金融"},
                    new String[] {"regional warehouse", "cold-chain logistics", "inspection & certification", "supply-chain finance"},
                    new String[] {"warehouse_logistics"}, "pallets", 100, 50_000, "month", 5_000, 150_000,
                    new NumberTag[] {new NumberTag("ATTRIBUTE", "cities_covered", "cities", 1, 120)}),
            new TypeSpec("OFFLINE", "offline.service", "offline.service.talent-training",
                    new String[] {"导购培训营", "直播主播培训", "门店店长研修"},
                    new String[] {"sales staff bootcamp", "live-stream host training", "store manager programme"},
                    new String[] {}, "seats", 20, 500, "course", 2_000, 40_000,
                    new NumberTag[] {new NumberTag("VALUE", "repurchase_rate", "%", 20, 70)}),
            new TypeSpec("OFFLINE", "offline.scenario", "offline.scenario.experience-space",
                    new String[] {"品牌体验店", "沉浸式展厅", "快闪店空间"},
                    new String[] {"brand experience store", "immersive showroom", "pop-up store space"},
                    new String[] {"popup_store", "brand_store"}, "people/day", 300, 8_000, "week", 5_000, 90_000,
                    new NumberTag[] {new NumberTag("ATTRIBUTE", "store_area_m2", "m2", 40, 3_000),
                    new NumberTag("VALUE", "daily_footfall", "people/day", 300, 8_000)}),
            new TypeSpec("OFFLINE", "offline.scenario", "offline.scenario.community-space",
                    new String[] {"社区沙龙场地", "联合办公空间", "社区活动中心"},
                    new String[] {"community salon venue", "co-working space", "community centre"},
                    new String[] {"coworking"}, "seats", 20, 600, "day", 500, 10_000,
                    new NumberTag[] {new NumberTag("VALUE", "daily_footfall", "people/day", 50, 2_000)}));

    private DemoResources() {
    }

    static List<Resource> generate(List<UUID> owners, int perType) {
        Random random = new Random(20_261_123L);
        List<Resource> resources = new ArrayList<>();
        for (TypeSpec spec : TYPES) {
            for (int i = 0; i < perType; i++) {
                City city = CITIES.get(random.nextInt(CITIES.size()));
                int name = random.nextInt(spec.zhNames().length);
                Resource resource = new Resource();
                resource.id = Ids.newId();
                resource.channel = spec.channel();
                resource.categoryCode = spec.category();
                resource.typeCode = spec.type();
                resource.ownerPartnerId = owners.get(random.nextInt(owners.size()));
                resource.nameZh = city.zh() + spec.zhNames()[name] + (i + 1) + "号";
                resource.nameEn = city.en() + " " + spec.enNames()[name] + " No." + (i + 1);
                resource.description = "位于" + city.zh() + "的" + spec.zhNames()[name] + "，服务华东及全国品牌合作。"
                        + " A " + spec.enNames()[name] + " based in " + city.en() + ", open to brand partnerships.";
                if ("OFFLINE".equals(spec.channel())) {
                    resource.latitude = BigDecimal.valueOf(city.latitude() + (random.nextDouble() - 0.5) * 0.2).setScale(6, RoundingMode.HALF_UP);
                    resource.longitude = BigDecimal.valueOf(city.longitude() + (random.nextDouble() - 0.5) * 0.2).setScale(6, RoundingMode.HALF_UP);
                    resource.regions.add(city.code());
                } else {
                    resource.regions.add(random.nextInt(3) == 0 ? city.provinceCode() : "CN");
                }
                resource.capacityAmount = BigDecimal.valueOf(spec.capacityMin() + random.nextInt(spec.capacityMax() - spec.capacityMin()));
                resource.capacityUnit = spec.capacityUnit();
                resource.priceAmount = BigDecimal.valueOf((spec.priceMin() + random.nextInt(spec.priceMax() - spec.priceMin())) / 100 * 100L)
                        .setScale(2, RoundingMode.UNNECESSARY);
                resource.priceCurrency = "CNY";
                resource.priceUnit = spec.priceUnit();
                resource.availableFrom = LocalDate.of(2026, 1 + random.nextInt(6), 1);
                resource.availableTo = resource.availableFrom.plusMonths(6 + random.nextInt(18));
                resource.tags.add(flag("INDUSTRY", INDUSTRIES[random.nextInt(INDUSTRIES.length)]));
                if (spec.flags().length > 0) {
                    resource.tags.add(flag("TYPE", spec.flags()[random.nextInt(spec.flags().length)]));
                }
                for (NumberTag number : spec.numbers()) {
                    ResourceTag tag = flag(number.dimension(), number.key());
                    tag.numberValue = BigDecimal.valueOf(number.min() + random.nextDouble() * (number.max() - number.min()))
                            .setScale(number.max() > 1000 ? 0 : 1, RoundingMode.HALF_UP);
                    tag.unit = number.unit();
                    resource.tags.add(tag);
                }
                int roll = random.nextInt(100);
                resource.status = roll < 80 ? ResourceStatus.ACTIVE : roll < 88 ? ResourceStatus.SUBMITTED
                        : roll < 93 ? ResourceStatus.DRAFT : roll < 97 ? ResourceStatus.RECTIFICATION : ResourceStatus.SUSPENDED;
                resource.grade = resource.status == ResourceStatus.DRAFT ? null
                        : Grade.values()[random.nextInt(10) < 2 ? 0 : random.nextInt(10) < 5 ? 1 : 2];
                resource.evaluationScore = resource.status == ResourceStatus.DRAFT ? null
                        : BigDecimal.valueOf(45 + random.nextInt(5_500) / 100.0).setScale(2, RoundingMode.HALF_UP);
                resources.add(resource);
            }
        }
        return resources;
    }

    private static ResourceTag flag(String dimension, String key) {
        ResourceTag tag = new ResourceTag();
        tag.dimension = dimension;
        tag.key = key;
        return tag;
    }
}
