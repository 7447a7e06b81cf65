package com.resourcemarket.notification;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.UnknownHostException;

import static org.assertj.core.api.Assertions.assertThat;

/** The SSRF guard's address classification (IP literals: no DNS needed). */
class WebhookAddressGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "0.0.0.0", "10.0.0.1", "10.255.255.255", "172.16.0.1", "172.31.255.1",
            "192.168.1.1", "169.254.169.254", "100.64.0.1", "100.127.255.254", "224.0.0.1", "239.255.255.250",
            "255.255.255.255", "240.0.0.1", "192.0.0.8", "198.18.0.1", "192.0.2.1",
            "::1", "::", "fe80::1", "fe80::1%1", "fc00::1", "fd12:3456::1", "fec0::1", "ff02::1", "ff05::2",
            "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "::127.0.0.1", "64:ff9b::7f00:1",
            "64:ff9b::a9fe:a9fe", "2002:7f00:1::1", "2002:c0a8:101::1", "2001:db8::1"})
    void refusesNonPublicAddresses(String literal) throws UnknownHostException {
        assertThat(WebhookAddressGuard.isBlocked(InetAddress.getByName(literal))).as(literal).isTrue();
        assertThat(WebhookAddressGuard.refusalOf(literal.contains(":") ? "[" + literal + "]" : literal)).as(literal).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "93.184.216.34", "172.32.0.1", "100.128.0.1", "192.169.0.1",
            "2001:4860:4860::8888", "2606:4700:4700::1111", "64:ff9b::808:808", "2002:808:808::1"})
    void allowsPublicAddresses(String literal) throws UnknownHostException {
        assertThat(WebhookAddressGuard.isBlocked(InetAddress.getByName(literal))).as(literal).isFalse();
        assertThat(WebhookAddressGuard.refusalOf(literal.contains(":") ? "[" + literal + "]" : literal)).as(literal).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "no-such-host.invalid"})
    void refusesNamesThatResolveToLoopbackOrNotAtAll(String host) {
        assertThat(WebhookAddressGuard.refusalOf(host)).as(host).isPresent();
    }
}
