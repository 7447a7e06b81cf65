package com.resourcemarket.catalogue;

import com.resourcemarket.catalogue.ResourceDtos.EvaluationInput;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluationScoreTest {

    private static EvaluationInput input(String quality, String fit, String cost, String growth) {
        return new EvaluationInput(new BigDecimal(quality), new BigDecimal(fit), new BigDecimal(cost), new BigDecimal(growth), null);
    }

    @Test
    void defaultWeightsFromTheEvaluationModel() {
        // 90×40% + 80×30% + 70×20% + 60×10% = 36 + 24 + 14 + 6
        assertThat(EvaluationService.score(input("90", "80", "70", "60"), 40, 30, 20, 10)).isEqualByComparingTo("80.00");
    }

    @Test
    void weightsChangeTheScore() {
        assertThat(EvaluationService.score(input("90", "80", "70", "60"), 25, 25, 25, 25)).isEqualByComparingTo("75.00");
        assertThat(EvaluationService.score(input("100", "0", "0", "0"), 100, 0, 0, 0)).isEqualByComparingTo("100.00");
    }

    @Test
    void roundsHalfUpOnceToTwoDecimals() {
        // 33.33×40 + 66.67×30 + 0 + 0 = 1333.2 + 2000.1 = 3333.3 → 33.333 → 33.33
        assertThat(EvaluationService.score(input("33.33", "66.67", "0", "0"), 40, 30, 20, 10)).isEqualByComparingTo("33.33");
        // 0.05×10 = 0.5 → 0.005 → 0.01 (half up)
        assertThat(EvaluationService.score(input("0", "0", "0", "0.05"), 40, 30, 20, 10)).isEqualByComparingTo("0.01");
        assertThat(EvaluationService.score(input("0", "0", "0", "0.05"), 40, 30, 20, 10).scale()).isEqualTo(2);
    }
}
