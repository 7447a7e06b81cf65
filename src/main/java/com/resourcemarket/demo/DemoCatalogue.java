package com.resourcemarket.demo;

import com.resourcemarket.catalogue.Resource;
import com.resourcemarket.catalogue.ResourceChanged;
import jakarta.enterprise.event.Event;
import com.resourcemarket.partner.Partner;
import com.resourcemarket.partner.PartnerType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.UUID;

/**
 * Loads the demo catalogue of the local stack (partners and 300+ resources across every type) once, when
 * {@code resource-market.demo-data.enabled} is true (only in the %local profile). Tests never use it.
 */
@ApplicationScoped
public class DemoCatalogue {

    private static final Logger LOG = Logger.getLogger(DemoCatalogue.class);

    static final List<DemoPartner> PARTNERS = List.of(
            new DemoPartner("8a0f5b7e-2c41-4d8e-9b3a-5d6f1e2a7c01", "华东家电联合经销", "Huadong Appliance Dealers", PartnerType.DEALER),
            new DemoPartner("c2d9e4f1-7a3b-4e6c-8f15-9b0a3d7e4c02", "美妆短视频", "Beauty Clip", PartnerType.PLATFORM),
            new DemoPartner("0b6e2a43-58c1-4f0e-a1d2-3c4b5a697e03", "乐享连锁超市", "Lexiang Supermarkets", PartnerType.VENUE),
            new DemoPartner("1c7f3b54-69d2-4a1f-b2e3-4d5c6b7a8f04", "星辰会展", "Xingchen Exhibitions", PartnerType.AGENCY),
            new DemoPartner("2d804c65-7ae3-4b2a-83f4-5e6d7c8b9a05", "云途供应链", "Yuntu Supply Chain", PartnerType.SERVICE_PROVIDER),
            new DemoPartner("3e915d76-8bf4-4c3b-94a5-6f7e8d9cab06", "智汇SaaS", "Zhihui SaaS", PartnerType.SUPPLIER),
            new DemoPartner("4fa26e87-9c05-4d4c-a5b6-708f9eadbc07", "潮品母婴", "Chaopin Mother & Baby", PartnerType.BRAND),
            new DemoPartner("50b37f98-ad16-4e5d-b6c7-8190afbecd08", "绿谷产业园", "Green Valley Industrial Park", PartnerType.VENUE));

    record DemoPartner(String id, String nameZh, String nameEn, PartnerType type) {
    }

    @Inject
    Event<ResourceChanged> changes;

    @ConfigProperty(name = "resource-market.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        int loaded = QuarkusTransaction.requiringNew().call(() -> {
            for (DemoPartner demo : PARTNERS) {
                if (Partner.findById(UUID.fromString(demo.id())) == null) {
                    Partner partner = new Partner();
                    partner.id = UUID.fromString(demo.id());
                    partner.nameZh = demo.nameZh();
                    partner.nameEn = demo.nameEn();
                    partner.type = demo.type();
                    partner.persist();
                }
            }
            if (Resource.count() > 0) {
                return 0;
            }
            List<Resource> resources = DemoResources.generate(PARTNERS.stream().map(p -> UUID.fromString(p.id())).toList(), 21);
            for (Resource resource : resources) {
                resource.persist();
                changes.fire(new ResourceChanged(resource.id)); // indexed once this commits
            }
            return resources.size();
        });
        if (loaded > 0) {
            LOG.infof("Loaded the demo catalogue: %d partners, %d resources", PARTNERS.size(), loaded);
        }
    }
}
