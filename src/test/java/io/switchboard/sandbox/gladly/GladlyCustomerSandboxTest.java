package io.switchboard.sandbox.gladly;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.switchboard.testing.VendorStubs;

@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class GladlyCustomerSandboxTest extends GladlySandboxTestSupport {

    @Test
    void getsAProfileWithEveryDocumentedField() {
        Map<String, Object> profile = asApiUser()
                .when().get(API + "/customer-profiles/{id}", GladlySeed.MERGED_INTO_CUSTOMER_ID)
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("id", equalTo(GladlySeed.MERGED_INTO_CUSTOMER_ID))
                .body("name", equalTo("Priya Raman"))
                .body("image", equalTo("https://images.example.com/avatars/priya-raman.jpg"))
                .body("address", equalTo("12 Alder Row, Portland, OR 97205"))
                .body("emails", hasSize(1))
                .body("emails[0].original", equalTo("Priya.Raman@example.com"))
                .body("emails[0].normalized", equalTo("priya.raman@example.com"))
                .body("emails[0].primary", equalTo(true))
                .body("phones[0].original", equalTo("(503) 555-0101"))
                .body("phones[0].normalized", equalTo("+15035550101"))
                .body("phones[0].regionCode", equalTo("US"))
                .body("phones[0].type", equalTo("MOBILE"))
                .body("phones[0].smsPreference", equalTo("ON"))
                .body("phones[0].primary", equalTo(true))
                .body("customAttributes.loyaltyTier", equalTo("bronze"))
                .body("customAttributes.memberNumber", equalTo("M-55100"))
                .body("customAttributes.lifetimeValue", equalTo("79.19"))
                .body("createdAt", equalTo("2023-03-06T09:00:00.000Z"))
                .body("updatedAt", equalTo("2023-03-26T09:00:00.000Z"))
                .extract().jsonPath().getMap("$");
        // absent values are left out, not sent as null
        assertThat(profile, not(hasKey("externalCustomerId")));
        assertThat(profile, not(hasKey("externalCustomerIds")));
        assertThat((Map<?, ?>) ((List<?>) profile.get("phones")).get(0), not(hasKey("extension")));
    }

    @Test
    void anUnknownProfileIsNotFound() {
        asApiUser()
                .when().get(API + "/customer-profiles/{id}", "cst-20240311-0042")
                .then()
                .statusCode(404)
                .body("errors", hasSize(1))
                .body("errors[0].attr", equalTo("customerId"))
                .body("errors[0].code", equalTo("not_exist"));
    }

    @Test
    void aMergedProfileAnswersMovedWithTheNewId() {
        asApiUser()
                .redirects().follow(false)
                .when().get(API + "/customer-profiles/{id}", GladlySeed.MERGED_CUSTOMER_ID)
                .then()
                .statusCode(301)
                .contentType(ContentType.JSON)
                .header("Location", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].attr", equalTo("customerId"))
                .body("errors[0].code", equalTo("moved"))
                .body("errors[0].detail", equalTo("customer id has changed"))
                .body("errors[0].meta.old", equalTo(GladlySeed.MERGED_CUSTOMER_ID))
                .body("errors[0].meta.new", equalTo(GladlySeed.MERGED_INTO_CUSTOMER_ID));
    }

    @Test
    void findsProfilesByEmailIgnoringCase() {
        asApiUser()
                .queryParam("email", "PRIYA.RAMAN@example.COM")
                .when().get(API + "/customer-profiles")
                .then()
                .statusCode(200)
                .header(GladlySandboxResource.LIMITED_DATA_HEADER, nullValue())
                .body("$", hasSize(1))
                .body("[0].id", equalTo(GladlySeed.MERGED_INTO_CUSTOMER_ID))
                .body("[0].emails[0].normalized", equalTo("priya.raman@example.com"));
    }

    @Test
    void findsProfilesByE164PhoneNewestUpdateFirst() {
        JsonPath found = asApiUser()
                .queryParam("phoneNumber", GladlySeed.SHARED_OFFICE_PHONE)
                .when().get(API + "/customer-profiles")
                .then()
                .statusCode(200)
                .body("$", hasSize(3))
                .extract().jsonPath();

        List<String> updated = found.getList("updatedAt");
        assertEquals(updated.stream().sorted(Comparator.comparing(Instant::parse).reversed()).toList(), updated);
        List<String> expected = store.customers().stream()
                .filter(c -> c.phones().stream().anyMatch(p -> GladlySeed.SHARED_OFFICE_PHONE.equals(p.normalized())))
                .map(c -> c.id()).toList();
        assertThat(found.getList("id", String.class), containsInAnyOrder(expected.toArray()));
        assertEquals("OFFICE", found.getString("[0].phones.find { it.normalized == '"
                + GladlySeed.SHARED_OFFICE_PHONE + "' }.type"));
    }

    @Test
    void aPlusLeftUnescapedIsASpaceAndMatchesNothing() {
        asApiUser()
                .urlEncodingEnabled(false)
                .queryParam("phoneNumber", "+15035550101")
                .when().get(API + "/customer-profiles")
                .then().statusCode(200).body("$", hasSize(0));
        asApiUser()
                .urlEncodingEnabled(false)
                .queryParam("phoneNumber", "%2B15035550101")
                .when().get(API + "/customer-profiles")
                .then().statusCode(200).body("[0].id", equalTo(GladlySeed.MERGED_INTO_CUSTOMER_ID));
    }

    @Test
    void findsProfilesByLegacyExternalId() {
        asApiUser()
                .queryParam("externalCustomerId", "SHOP-41003")
                .when().get(API + "/customer-profiles")
                .then()
                .statusCode(200)
                .body("$", hasSize(1))
                .body("[0].externalCustomerId", equalTo("SHOP-41003"));
    }

    @Test
    void findsNothingAsAnEmptyList() {
        asApiUser()
                .queryParam("email", "nobody@example.com")
                .when().get(API + "/customer-profiles")
                .then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void requiresExactlyOneCriterion() {
        asApiUser()
                .when().get(API + "/customer-profiles")
                .then()
                .statusCode(400)
                .body("errors", hasSize(1))
                .body("errors[0].code", equalTo("invalid"));
        asApiUser()
                .queryParam("email", "priya.raman@example.com")
                .queryParam("phoneNumber", "+15035550101")
                .when().get(API + "/customer-profiles")
                .then()
                .statusCode(400)
                .body("errors[0].code", equalTo("invalid"));
        asApiUser()
                .queryParam("email", "")
                .when().get(API + "/customer-profiles")
                .then().statusCode(400);
        asApiUser()
                .queryParam("email", " ")
                .when().get(API + "/customer-profiles")
                .then()
                .statusCode(400)
                .body("errors[0].attr", equalTo("email"))
                .body("errors[0].code", equalTo("blank"));
    }
}
