package io.switchboard.vendor.resilience;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.switchboard.testing.GraphQL.query;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.testing.StoreReset;
import io.switchboard.testing.VendorStubs;

/** Switchboard itself never sends Gladly more than its documented 10 requests per second per method. */
@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class GladlyThrottleTest {

    @Inject
    StoreReset storeReset;

    @BeforeEach
    void reset() {
        storeReset.clear();
        VendorStubs.reset();
        VendorStubs.gladly().stubFor(get(urlPathMatching("/api/v1/customer-profiles/c[0-9]+"))
                .willReturn(okJson("{\"id\":\"c\",\"name\":\"Priya Raman\"}")));
    }

    @Test
    void theEleventhGetInOneSecondWaitsForItsSlot() {
        String aliases = IntStream.range(0, 15)
                .mapToObj(i -> "c" + i + ": customer(id: \"gid://gladly/Customer/c" + i + "\") { name }")
                .collect(Collectors.joining("\n"));
        query("{ " + aliases + " }").body("errors", nullValue());

        List<Long> sent = VendorStubs.gladly().getAllServeEvents().stream()
                .map(ServeEvent::getRequest).map(r -> r.getLoggedDate().getTime()).sorted().toList();
        assertEquals(15, sent.size());
        for (int i = 10; i < sent.size(); i++) {
            long window = sent.get(i) - sent.get(i - 10);
            assertTrue(window >= 990, "requests " + (i - 10) + " and " + i + " were " + window + " ms apart");
        }
    }
}
