package cn.zoneflow.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whose address a request carries, with a reverse proxy in front of ZoneFlow or without. */
class ClientAddressTest {

    private final ClientAddress behindProxies = new ClientAddress("10.0.0.5, 10.0.0.6");

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertThat(new ClientAddress(null).of("203.0.113.7", "198.51.100.1")).isEqualTo("203.0.113.7");
    }

    @Test
    void aTrustedProxyPassesOnTheLastAddressThatIsNotOneOfTheProxies() {
        assertThat(behindProxies.of("10.0.0.5", "198.51.100.1")).isEqualTo("198.51.100.1");
        assertThat(behindProxies.of("10.0.0.5", "192.0.2.9, 198.51.100.1, 10.0.0.6"))
                .as("what the client itself wrote in front is not believed").isEqualTo("198.51.100.1");
        assertThat(behindProxies.of("10.0.0.6", "2001:db8::1")).isEqualTo("2001:db8::1");
    }

    @Test
    void aHeaderFromAnyoneElseOrOneThatIsNoAddressCountsForNothing() {
        assertThat(behindProxies.of("203.0.113.7", "198.51.100.1")).isEqualTo("203.0.113.7");
        assertThat(behindProxies.of("10.0.0.5", "<script>")).isEqualTo("10.0.0.5");
        assertThat(behindProxies.of("10.0.0.5", null)).isEqualTo("10.0.0.5");
    }
}
