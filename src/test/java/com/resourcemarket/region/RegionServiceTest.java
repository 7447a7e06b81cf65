package com.resourcemarket.region;

import com.resourcemarket.testsupport.LocalStackTestResource;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Region validation and upward expansion (what a resource serving a city also serves for search). */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class RegionServiceTest {

    @Inject
    RegionService regions;

    @Test
    void cityExpandsToProvinceGroupAndNationwide() {
        assertThat(regions.expandUpwards(List.of("320500")))
                .containsExactly("320500", "320000", "EAST_CHINA", "CN");
        assertThat(regions.expandUpwards(List.of("440300")))
                .containsExactly("440300", "440000", "SOUTH_CHINA", "CN");
    }

    @Test
    void municipalityAndGroupExpand() {
        assertThat(regions.expandUpwards(List.of("310000"))).containsExactly("310000", "EAST_CHINA", "CN");
        assertThat(regions.expandUpwards(List.of("NORTHWEST"))).containsExactly("NORTHWEST", "CN");
        assertThat(regions.expandUpwards(List.of("CN"))).containsExactly("CN");
        assertThat(regions.expandUpwards(List.of())).isEmpty();
    }

    @Test
    void severalCodesExpandWithoutDuplicates() {
        assertThat(regions.expandUpwards(List.of("320500", "330200", "440300", "320000")))
                .containsExactlyInAnyOrder("320500", "320000", "330200", "330000", "EAST_CHINA",
                        "440300", "440000", "SOUTH_CHINA", "CN");
    }

    @Test
    void groupMembershipFollowsTheUsualConvention() {
        Map<String, String> expected = Map.of("110000", "NORTH_CHINA", "150000", "NORTH_CHINA", "210000", "NORTHEAST",
                "370000", "EAST_CHINA", "410000", "CENTRAL_CHINA", "450000", "SOUTH_CHINA", "810000", "SOUTH_CHINA",
                "500000", "SOUTHWEST", "540000", "SOUTHWEST", "610000", "NORTHWEST");
        expected.forEach((province, group) -> assertThat(regions.expandUpwards(List.of(province))).contains(group));
    }

    @Test
    void validateAcceptsKnownCodes() {
        assertThatCode(() -> regions.validate("regions", List.of("CN", "EAST_CHINA", "310000", "320500")))
                .doesNotThrowAnyException();
        assertThatCode(() -> regions.validate("regions", null)).doesNotThrowAnyException();
    }

    @Test
    void validateNamesTheUnknownCodesField() {
        HttpProblem problem = catchThrowableOfType(HttpProblem.class,
                () -> regions.validate("regions", List.of("310000", "999999")));
        assertThat(problem.getStatusCode()).isEqualTo(400);
        assertThat(problem.getParameters().get("violations").toString()).contains("regions[1]").contains("999999");
        assertThat(regions.exists("320500")).isTrue();
        assertThat(regions.exists("320599")).isFalse();
        assertThat(regions.exists(null)).isFalse();
    }
}
