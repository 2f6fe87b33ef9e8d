package io.switchboard.sandbox.gladly;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.switchboard.testing.VendorStubs;

@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class GladlyAgentsAndTopicsSandboxTest extends GladlySandboxTestSupport {

    @Test
    void listsAgentsAsGladlyDoes() {
        List<Map<String, Object>> agents = asApiUser()
                .when().get(API + "/agents")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("$", hasSize(8))
                .body("id", everyItem(matchesPattern("[A-Za-z0-9_-]{22}")))
                .body("emailAddress", everyItem(matchesPattern("[a-z.]+@trailhead-supply\\.com")))
                .body("name", hasItem("Lena Ortiz"))
                .extract().jsonPath().getList("$");
        agents.forEach(agent -> assertEquals(List.of("id", "name", "emailAddress"), List.copyOf(agent.keySet())));
    }

    @Test
    void getsOneAgent() {
        Map<String, Object> first = asApiUser().when().get(API + "/agents").then().extract().jsonPath()
                .getMap("[0]");

        asApiUser()
                .when().get(API + "/agents/{id}", first.get("id"))
                .then()
                .statusCode(200)
                .body("id", equalTo(first.get("id")))
                .body("name", equalTo(first.get("name")))
                .body("emailAddress", equalTo(first.get("emailAddress")));
    }

    @Test
    void anUnknownAgentIsNotFound() {
        asApiUser()
                .when().get(API + "/agents/{id}", "WmeA3Y51Q5ayCAaZ1AotIA")
                .then()
                .statusCode(404)
                .contentType(ContentType.JSON)
                .body("errors", hasSize(1))
                .body("errors[0].attr", equalTo("agentId"))
                .body("errors[0].code", equalTo("not_exist"))
                .body("errors[0].detail", equalTo("agent does not exist"));
    }

    @Test
    void listsTopicsWithNestingAndDisabledOnes() {
        List<Map<String, Object>> topics = asApiUser()
                .when().get(API + "/topics")
                .then()
                .statusCode(200)
                .body("$", hasSize(6))
                .body("name", hasItem("Shipping delay"))
                .extract().jsonPath().getList("$");

        Map<String, Object> lost = topics.stream().filter(t -> t.get("name").equals("Lost parcel")).findFirst()
                .orElseThrow();
        Map<String, Object> shipping = topics.stream().filter(t -> t.get("name").equals("Shipping delay"))
                .findFirst().orElseThrow();
        assertEquals(shipping.get("id"), lost.get("parentId"));
        assertThat(shipping, not(hasKey("parentId")));
        assertEquals(false, shipping.get("disabled"));
        assertEquals(1, topics.stream().filter(t -> Boolean.TRUE.equals(t.get("disabled"))).count());
    }

    @Test
    void getsOneTopicOrNotFound() {
        String id = asApiUser().when().get(API + "/topics").then().extract().path("find { it.name == 'Billing' }.id");

        asApiUser()
                .when().get(API + "/topics/{id}", id)
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("name", equalTo("Billing"))
                .body("disabled", equalTo(false));
        asApiUser()
                .when().get(API + "/topics/{id}", "Tp1aB2cD3eF4gH5iJ6kL7m")
                .then()
                .statusCode(404)
                .body("errors[0].attr", equalTo("topicId"))
                .body("errors[0].code", equalTo("not_exist"));
    }
}
