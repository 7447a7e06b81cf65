-- Catalogue reference data: the resource taxonomy (channel -> category -> type) and the four-dimension tag
-- dictionary (行业-类型-属性-价值). Both are data, not code: resource managers extend them through the API.

CREATE TABLE taxonomy_nodes (
    code            VARCHAR(80)   NOT NULL,
    channel         VARCHAR(16)   NOT NULL,
    level           VARCHAR(16)   NOT NULL,
    parent_code     VARCHAR(80)   NULL,
    label_zh        VARCHAR(100)  NOT NULL,
    label_en        VARCHAR(200)  NOT NULL,
    sort_order      INT           NOT NULL DEFAULT 0,
    created_at      TIMESTAMP(6)  NOT NULL,
    updated_at      TIMESTAMP(6)  NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (code),
    KEY ix_taxonomy_nodes_parent (parent_code),
    CONSTRAINT fk_taxonomy_nodes_parent FOREIGN KEY (parent_code) REFERENCES taxonomy_nodes (code),
    CONSTRAINT ck_taxonomy_nodes_channel CHECK (channel IN ('ONLINE', 'OFFLINE')),
    CONSTRAINT ck_taxonomy_nodes_level CHECK (level IN ('CATEGORY', 'TYPE')),
    CONSTRAINT ck_taxonomy_nodes_parent CHECK ((level = 'CATEGORY' AND parent_code IS NULL)
                                            OR (level = 'TYPE' AND parent_code IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

INSERT INTO taxonomy_nodes (code, channel, level, parent_code, label_zh, label_en, sort_order, created_at, updated_at) VALUES
('online.digital-marketing',                 'ONLINE',  'CATEGORY', NULL,                        '数字营销资源', 'Digital marketing',          10, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('online.e-commerce',                        'ONLINE',  'CATEGORY', NULL,                        '电商平台资源', 'E-commerce platform',        20, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('online.tech-service',                      'ONLINE',  'CATEGORY', NULL,                        '技术服务资源', 'Technical service',          30, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('offline.physical-channel',                 'OFFLINE', 'CATEGORY', NULL,                        '实体渠道资源', 'Physical channel',           40, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('offline.service',                          'OFFLINE', 'CATEGORY', NULL,                        '服务型资源',   'Service resource',           50, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('offline.scenario',                         'OFFLINE', 'CATEGORY', NULL,                        '场景化资源',   'Scenario resource',          60, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6));

INSERT INTO taxonomy_nodes (code, channel, level, parent_code, label_zh, label_en, sort_order, created_at, updated_at) VALUES
('online.digital-marketing.content-platform', 'ONLINE',  'TYPE', 'online.digital-marketing', '内容平台',   'Content platform',      10, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('online.digital-marketing.traffic-tool',     'ONLINE',  'TYPE', 'online.digital-marketing', '流量工具',   'Traffic tool',          20, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('online.digital-marketing.data-service',     'ONLINE',  'TYPE', 'online.digital-marketing', '数据服务',   'Data service',          30, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('online.e-commerce.comprehensive',           'ONLINE',  'TYPE', 'online.e-commerce',        '综合电商',   'Comprehensive e-commerce', 10, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('online.e-commerce.vertical',                'ONLINE',  'TYPE', 'online.e-commerce',        '垂直电商',   'Vertical e-commerce',   20, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('online.e-commerce.social',                  'ONLINE',  'TYPE', 'online.e-commerce',        '社交电商',   'Social commerce',       30, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('online.tech-service.saas',                  'ONLINE',  'TYPE', 'online.tech-service',      'SaaS工具',   'SaaS tools',            10, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('online.tech-service.ai-big-data',           'ONLINE',  'TYPE', 'online.tech-service',      '智能与大数据', 'AI and big data',     20, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('offline.physical-channel.retail-terminal',  'OFFLINE', 'TYPE', 'offline.physical-channel', '零售终端',   'Retail terminal',       10, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('offline.physical-channel.industrial-park',  'OFFLINE', 'TYPE', 'offline.physical-channel', '产业园区',   'Industrial park',       20, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('offline.physical-channel.exhibition-event', 'OFFLINE', 'TYPE', 'offline.physical-channel', '展会活动',   'Exhibition and event',  30, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('offline.service.supply-chain',              'OFFLINE', 'TYPE', 'offline.service',          '供应链服务', 'Supply-chain service',  10, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('offline.service.talent-training',           'OFFLINE', 'TYPE', 'offline.service',          '人才与培训', 'Talent and training',   20, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('offline.scenario.experience-space',         'OFFLINE', 'TYPE', 'offline.scenario',         '体验空间',   'Experience space',      10, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('offline.scenario.community-space',          'OFFLINE', 'TYPE', 'offline.scenario',         '社群空间',   'Community space',       20, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6));

-- The tag dictionary. synonyms is a JSON array of strings (at most 20), searched by tag autocomplete.
CREATE TABLE tag_definitions (
    tag_key         VARCHAR(64)   NOT NULL,
    dimension       VARCHAR(16)   NOT NULL,
    label_zh        VARCHAR(100)  NOT NULL,
    label_en        VARCHAR(200)  NOT NULL,
    value_kind      VARCHAR(16)   NOT NULL,
    unit            VARCHAR(16)   NULL,
    synonyms        JSON          NOT NULL,
    created_at      TIMESTAMP(6)  NOT NULL,
    updated_at      TIMESTAMP(6)  NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (tag_key),
    KEY ix_tag_definitions_dimension (dimension),
    CONSTRAINT ck_tag_definitions_dimension CHECK (dimension IN ('INDUSTRY', 'TYPE', 'ATTRIBUTE', 'VALUE')),
    CONSTRAINT ck_tag_definitions_value_kind CHECK (value_kind IN ('FLAG', 'TEXT', 'NUMBER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

INSERT INTO tag_definitions (tag_key, dimension, label_zh, label_en, value_kind, unit, synonyms, created_at, updated_at) VALUES
-- INDUSTRY 行业
('beauty',               'INDUSTRY', '美妆',     'Beauty',               'FLAG', NULL, '["化妆品", "彩妆", "护肤", "cosmetics", "makeup", "skincare"]', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('catering',             'INDUSTRY', '餐饮',     'Catering',             'FLAG', NULL, '["餐厅", "饭店", "外卖", "restaurant", "food service", "F&B"]', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('home_appliance',       'INDUSTRY', '家电',     'Home appliances',      'FLAG', NULL, '["家用电器", "白电", "小家电", "appliances", "white goods"]', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('maternal_baby',        'INDUSTRY', '母婴',     'Maternal and baby',    'FLAG', NULL, '["孕婴", "婴童", "育儿", "mother and baby", "baby care", "infant"]', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('apparel',              'INDUSTRY', '服饰',     'Apparel',              'FLAG', NULL, '["服装", "鞋服", "时尚", "clothing", "fashion", "garments"]', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('food_beverage',        'INDUSTRY', '食品饮料', 'Food and beverage',    'FLAG', NULL, '["食品", "饮料", "快消", "酒水", "FMCG", "drinks", "snacks"]', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('consumer_electronics', 'INDUSTRY', '3C数码',   'Consumer electronics', 'FLAG', NULL, '["数码", "3C", "手机", "电子产品", "electronics", "gadgets", "digital"]', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('automotive',           'INDUSTRY', '汽车',     'Automotive',           'FLAG', NULL, '["汽车后市场", "新能源车", "车企", "cars", "auto", "vehicles"]', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('education',            'INDUSTRY', '教育',     'Education',            'FLAG', NULL, '["培训", "教培", "在线教育", "training", "e-learning", "edtech"]', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('health',               'INDUSTRY', '医疗健康', 'Health care',          'FLAG', NULL, '["医疗", "健康", "医药", "保健", "healthcare", "medical", "pharma", "wellness"]', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('home_furnishing',      'INDUSTRY', '家居',     'Home furnishing',      'FLAG', NULL, '["家具", "家装", "软装", "furniture", "home decor", "interior"]', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('sports_outdoor',       'INDUSTRY', '运动户外', 'Sports and outdoor',   'FLAG', NULL, '["运动", "户外", "健身", "体育", "sports", "outdoor", "fitness"]', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
-- TYPE 类型
('short_video_platform', 'TYPE', '短视频平台',   'Short-video platform',  'FLAG', NULL, '["短视频", "抖音", "快手", "视频号", "short video", "Douyin", "Kuaishou"]', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('social_media',         'TYPE', '社交媒体',     'Social media',          'FLAG', NULL, '["社交平台", "微博", "小红书", "微信", "social network", "Weibo", "Xiaohongshu", "WeChat"]', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('vertical_media',       'TYPE', '垂直媒体',     'Vertical media',        'FLAG', NULL, '["行业媒体", "垂类媒体", "industry media", "niche media"]', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('live_streaming',       'TYPE', '直播',         'Live streaming',        'FLAG', NULL, '["直播带货", "直播间", "主播", "live commerce", "livestream", "KOL live"]', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('search_ads',           'TYPE', '搜索广告',     'Search ads',            'FLAG', NULL, '["搜索引擎营销", "竞价排名", "SEM", "search engine marketing", "paid search"]', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('feed_ads',             'TYPE', '信息流广告',   'Feed ads',              'FLAG', NULL, '["信息流", "原生广告", "in-feed ads", "native ads"]', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('private_domain_crm',   'TYPE', '私域CRM',      'Private-domain CRM',    'FLAG', NULL, '["私域流量", "私域运营", "会员管理", "SCRM", "CRM", "private traffic", "membership"]', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('supermarket_chain',    'TYPE', '连锁商超',     'Supermarket chain',     'FLAG', NULL, '["商超", "超市", "大卖场", "KA卖场", "hypermarket", "supermarket", "grocery chain"]', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('convenience_chain',    'TYPE', '便利店连锁',   'Convenience store chain', 'FLAG', NULL, '["便利店", "社区店", "convenience store", "c-store"]', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('brand_store',          'TYPE', '品牌门店',     'Brand store',           'FLAG', NULL, '["专卖店", "旗舰店", "品牌店", "flagship store", "monobrand store"]', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('trade_fair',           'TYPE', '展会',         'Trade fair',            'FLAG', NULL, '["展览", "博览会", "交易会", "exhibition", "expo", "trade show"]', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('city_festival',        'TYPE', '城市节庆',     'City festival',         'FLAG', NULL, '["节庆活动", "城市活动", "嘉年华", "festival", "carnival", "city event"]', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('warehouse_logistics',  'TYPE', '仓储物流',     'Warehousing and logistics', 'FLAG', NULL, '["仓储", "物流", "配送", "快递", "warehousing", "logistics", "fulfilment", "3PL"]', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('popup_store',          'TYPE', '快闪店',       'Pop-up store',          'FLAG', NULL, '["快闪", "临时店", "pop-up", "popup shop"]', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('coworking',            'TYPE', '联合办公',     'Co-working space',      'FLAG', NULL, '["共享办公", "众创空间", "co-working", "shared office"]', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
-- ATTRIBUTE 属性
('female_audience_share', 'ATTRIBUTE', '女性用户占比', 'Female audience share', 'NUMBER', '%',      '["女性占比", "女性粉丝占比", "女粉比例", "female share", "female users", "women audience"]', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('followers',             'ATTRIBUTE', '粉丝数',       'Followers',             'NUMBER', 'people', '["粉丝", "粉丝量", "关注者", "订阅数", "fans", "subscribers", "audience size"]', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('cities_covered',        'ATTRIBUTE', '覆盖城市数',   'Cities covered',        'NUMBER', 'cities', '["覆盖城市", "城市覆盖", "城市数", "city coverage", "cities"]', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('store_area_m2',         'ATTRIBUTE', '门店面积',     'Store area',            'NUMBER', 'm2',     '["面积", "营业面积", "店铺面积", "平方米", "floor area", "store size", "square metres"]', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('store_count',           'ATTRIBUTE', '门店数',       'Store count',           'NUMBER', 'stores', '["门店数量", "网点数", "店数", "number of stores", "outlets", "locations"]', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('monthly_active_users',  'ATTRIBUTE', '月活用户',     'Monthly active users',  'NUMBER', 'people', '["月活", "月活跃用户", "MAU", "monthly actives"]', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('age_group',             'ATTRIBUTE', '主要年龄段',   'Main age group',        'TEXT',   NULL,     '["年龄段", "年龄层", "用户年龄", "age range", "demographic", "age bracket"]', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('exclusive_rights',      'ATTRIBUTE', '独家代理权',   'Exclusive agency rights', 'FLAG', NULL,     '["独家代理", "独家授权", "独家", "exclusive agency", "exclusivity", "sole agent"]', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
-- VALUE 价值
('avg_conversion_rate',   'VALUE', '平均转化率', 'Average conversion rate', 'NUMBER', '%',          '["转化率", "转化", "成交转化率", "conversion rate", "CVR", "conversion"]', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('daily_footfall',        'VALUE', '日均客流',   'Daily footfall',          'NUMBER', 'people/day', '["客流", "客流量", "人流量", "进店人数", "footfall", "foot traffic", "visitors per day"]', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('avg_order_value',       'VALUE', '客单价',     'Average order value',     'NUMBER', 'CNY',        '["平均客单价", "笔单价", "AOV", "basket size", "ticket size"]', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('repurchase_rate',       'VALUE', '复购率',     'Repurchase rate',         'NUMBER', '%',          '["回购率", "复购", "重复购买率", "repeat purchase rate", "retention"]', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('annual_gmv',            'VALUE', '年GMV',      'Annual GMV',              'NUMBER', 'CNY',        '["年成交额", "年销售额", "GMV", "成交总额", "annual sales", "gross merchandise value"]', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
('engagement_rate',       'VALUE', '互动率',     'Engagement rate',         'NUMBER', '%',          '["互动", "点赞率", "评论率", "engagement", "interaction rate"]', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6));
