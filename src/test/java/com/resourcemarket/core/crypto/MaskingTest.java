package com.resourcemarket.core.crypto;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTest {

    @Test
    void mainlandMobileKeepsFirstThreeAndLastFour() {
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masking.phone(" 138-1234-5678 ")).isEqualTo("138****5678");
        assertThat(Masking.phone("138 1234 5678")).isEqualTo("138****5678");
    }

    @Test
    void chinaCountryCodeIsKept() {
        assertThat(Masking.phone("+8613812345678")).isEqualTo("+86 138****5678");
        assertThat(Masking.phone("+86 138 1234 5678")).isEqualTo("+86 138****5678");
        assertThat(Masking.phone("008613812345678")).isEqualTo("+86 138****5678");
        assertThat(Masking.phone("8613812345678")).isEqualTo("+86 138****5678");
    }

    @Test
    void landlinesAndOtherCountries() {
        assertThat(Masking.phone("021-62345678")).isEqualTo("021****5678");
        assertThat(Masking.phone("+14155552671")).isEqualTo("+141****2671");
        assertThat(Masking.phone("+852 2123 4567")).isEqualTo("+852****4567");
    }

    @Test
    void shortPhoneFallsBackToGeneric() {
        assertThat(Masking.phone("12345")).isEqualTo("1***5");
        assertThat(Masking.phone("110")).doesNotContain("110");
    }

    @Test
    void chineseIdNumber() {
        assertThat(Masking.idNumber("11010519491231002X")).isEqualTo("110105********002X");
        assertThat(Masking.idNumber("310104198001011234")).isEqualTo("310104********1234");
    }

    @Test
    void otherIdNumbersFallBackToGeneric() {
        assertThat(Masking.idNumber("E12345678")).isEqualTo("E1*****78");
        assertThat(Masking.idNumber("110105491231002")).doesNotContain("491231");
    }

    @Test
    void email() {
        assertThat(Masking.email("wang.fang@huadong-appliance.example.com")).isEqualTo("w***@huadong-appliance.example.com");
        assertThat(Masking.email("no-at-sign")).doesNotContain("at-sig");
    }

    @Test
    void genericFallback() {
        assertThat(Masking.generic("ab")).isEqualTo("***");
        assertThat(Masking.generic("a")).isEqualTo("***");
        assertThat(Masking.generic("abcd")).isEqualTo("a***d");
        assertThat(Masking.generic("王芳芳芳")).isEqualTo("王***芳");
        assertThat(Masking.generic("abcdefghijklmnopqrstuvwxyz")).isEqualTo("abcd" + "*".repeat(18) + "wxyz");
        assertThat(Masking.generic("")).isEmpty();
    }

    @Test
    void nullStaysNull() {
        assertThat(Masking.phone(null)).isNull();
        assertThat(Masking.idNumber(null)).isNull();
        assertThat(Masking.email(null)).isNull();
        assertThat(Masking.generic(null)).isNull();
    }
}
