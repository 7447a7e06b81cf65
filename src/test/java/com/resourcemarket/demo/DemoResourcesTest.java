package com.resourcemarket.demo;

import com.resourcemarket.catalogue.Resource;
import com.resourcemarket.catalogue.ResourceStatus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo catalogue is plausible: 300+ resources, every type, bilingual names, offline ones located. */
class DemoResourcesTest {

    private final List<Resource> resources = DemoResources.generate(
            DemoCatalogue.PARTNERS.stream().map(p -> UUID.fromString(p.id())).toList(), 21);

    @Test
    void coversEveryTypeWithAtLeast300Resources() {
        assertThat(resources).hasSizeGreaterThanOrEqualTo(300);
        assertThat(resources.stream().map(r -> r.typeCode).collect(Collectors.toSet())).hasSize(15);
        assertThat(resources.stream().filter(r -> r.status == ResourceStatus.ACTIVE).count()).isGreaterThan(200);
    }

    @Test
    void namesAreBilingualAndOfflineResourcesHaveCoordinates() {
        assertThat(resources).allSatisfy(r -> {
            assertThat(r.nameZh).matches(".*[\\u4e00-\\u9fff].*");
            assertThat(r.nameEn).matches("[\\x20-\\x7e]+");
            assertThat(r.tags).isNotEmpty();
            assertThat(r.regions).isNotEmpty();
            if ("OFFLINE".equals(r.channel)) {
                assertThat(r.latitude).isNotNull();
                assertThat(r.longitude).isNotNull();
            }
        });
    }

    @Test
    void isDeterministic() {
        List<Resource> again = DemoResources.generate(DemoCatalogue.PARTNERS.stream().map(p -> UUID.fromString(p.id())).toList(), 21);
        assertThat(again.stream().map(r -> r.nameZh).toList()).isEqualTo(resources.stream().map(r -> r.nameZh).toList());
    }
}
