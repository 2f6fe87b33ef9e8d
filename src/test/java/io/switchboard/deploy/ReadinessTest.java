package io.switchboard.deploy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsStringIgnoringCase;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.testing.VendorStubs;

/**
 * The probes the Kubernetes manifests use: readiness covers the service and its store (the datasource check), never
 * the vendors, so a vendor outage does not take every replica out of the Service at once.
 */
@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class ReadinessTest {

    @BeforeEach
    void everyVendorIsDown() {
        VendorStubs.reset();
        for (WireMockServer server : new WireMockServer[] { VendorStubs.gladly(), VendorStubs.gbtalk(),
                VendorStubs.blinger(), VendorStubs.gaglers() }) {
            server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(503)));
        }
    }

    @Test
    void readinessChecksTheStoreAndNoVendor() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItem(containsStringIgnoringCase("database")))
                .body("checks.name", everyItem(not(containsStringIgnoringCase("gladly"))))
                .body("checks.name", everyItem(not(containsStringIgnoringCase("vendor"))));
        for (WireMockServer server : new WireMockServer[] { VendorStubs.gladly(), VendorStubs.gbtalk(),
                VendorStubs.blinger(), VendorStubs.gaglers() }) {
            server.verify(0, anyRequestedFor(anyUrl()));
        }
    }

    @Test
    void livenessAndStartupAreUp() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
        given().when().get("/q/health/started").then().statusCode(200).body("status", is("UP"));
    }
}
