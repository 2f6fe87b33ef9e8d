package io.switchboard.sandbox.blinger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.switchboard.testing.VendorAuth;
import io.switchboard.testing.VendorStubs;

@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class BlingerSandboxTest {

    private static final String AGENTS = "/sandbox/blinger/api/external/v1/agents";
    private static final String AVATAR_PATH = "/[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{64}\\.jpeg";
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void aRequestWithoutTheTokenIsUnauthorized() {
        given().when().get(AGENTS)
                .then().statusCode(401).contentType(ContentType.JSON).body("status", equalTo(401));
        given().header("Authorization", "wrong-token").when().get(AGENTS + "/any")
                .then().statusCode(401).body("status", equalTo(401));
        // Blinger takes the token as is: a scheme in front of it is a different value.
        given().header("Authorization", "Bearer " + VendorStubs.BLINGER_TOKEN).when().get(AGENTS)
                .then().statusCode(401);
    }

    @Test
    void theAgentListIsSeededAndShapedAsDocumented() {
        authorized().when().get(AGENTS)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("status", equalTo(200))
                .body("data.size()", greaterThanOrEqualTo(6))
                .body("data.id", everyItem(matchesPattern(UUID)))
                .body("data.status", hasItem("online"))
                .body("data.status", hasItem("offline"))
                .body("data.active", hasItem(false))
                .body("data.name", hasItem("Marta Kowalczyk"))
                .body("data[0].serviceUserId", notNullValue())
                .body("data[0].createdAt", notNullValue())
                .body("data[0].updatedAt", notNullValue())
                .body("data[0].avatar.type", equalTo("image"))
                .body("data[0].avatar.id", matchesPattern(UUID))
                .body("data[0].avatar.meta.width", equalTo(400))
                .body("data[0].avatar.info.mimeType", equalTo("image/jpeg"))
                .body("data[0].avatar.info.path", matchesPattern(AVATAR_PATH))
                .body("data[0].avatar.url", hasKey("120x120"))
                .body("data[0].avatar.url", hasKey("520x400"))
                .body("data[0].avatar.url.default", startsWith("https://"));
    }

    @Test
    void oneAgentIsServedByIdAndAnUnknownIdIsNotFound() {
        String id = authorized().when().get(AGENTS)
                .then().statusCode(200).extract().path("data[1].id");

        authorized().when().get(AGENTS + "/" + id)
                .then().statusCode(200)
                .body("status", equalTo(200))
                .body("data.id", equalTo(id))
                .body("data.name", equalTo("Tobias Lindqvist"))
                .body("data.status", equalTo("offline"));
        authorized().when().get(AGENTS + "/no-such-agent")
                .then().statusCode(404).contentType(ContentType.JSON)
                .body("status", equalTo(404))
                .body("data", nullValue());
    }

    @Test
    void anAgentCanBeCreatedAndUpdated() {
        Map<String, Object> created = authorized()
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Noor Haddad", "serviceUserId", "crm-2001", "status", "online", "active", true,
                        "avatar", "https://images.sandbox.test/noor.png"))
                .when().post(AGENTS)
                .then().statusCode(200)
                .body("status", equalTo(200))
                .body("data.id", matchesPattern(UUID))
                .body("data.name", equalTo("Noor Haddad"))
                .body("data.avatar.url.default", startsWith("https://"))
                .extract().path("data");
        String id = (String) created.get("id");

        authorized().contentType(ContentType.JSON)
                .body(Map.of("status", "offline", "active", false))
                .when().put(AGENTS + "/" + id)
                .then().statusCode(200)
                .body("data.status", equalTo("offline"))
                .body("data.active", equalTo(false))
                .body("data.name", equalTo("Noor Haddad"));
        authorized().when().get(AGENTS)
                .then().body("data.findAll { it.id == '" + id + "' }", hasSize(1));
    }

    @Test
    void writesAreValidatedAndAuthorized() {
        given().contentType(ContentType.JSON).body(Map.of("name", "Nobody"))
                .when().post(AGENTS).then().statusCode(401);
        authorized().contentType(ContentType.JSON)
                .body(Map.of("name", "Ola", "status", "away"))
                .when().post(AGENTS).then().statusCode(400).body("status", equalTo(400));
        authorized().contentType(ContentType.JSON)
                .body(Map.of("status", "online"))
                .when().post(AGENTS).then().statusCode(400);
        authorized().contentType(ContentType.JSON)
                .body(Map.of("status", "online"))
                .when().put(AGENTS + "/no-such-agent").then().statusCode(404);
        authorized().when().get(AGENTS)
                .then().body("data.name", everyItem(notNullValue()))
                .body("data.findAll { it.name == 'Ola' }", equalTo(List.of()));
    }

    @Test
    void aNewAgentTakesTheDefaultsAndIsServedAfterwards() {
        String id = authorized().contentType(ContentType.JSON)
                .body(Map.of("name", "Amara Diallo"))
                .when().post(AGENTS)
                .then().statusCode(200)
                .body("data.status", equalTo("offline"))
                .body("data.active", equalTo(true))
                .body("data.avatar", nullValue())
                .body("data.createdAt", notNullValue())
                .extract().path("data.id");

        authorized().when().get(AGENTS + "/" + id)
                .then().statusCode(200)
                .body("data.name", equalTo("Amara Diallo"));
    }

    @Test
    void aNewAvatarUrlBecomesAnAvatarBlingerHosts() {
        String id = authorized().contentType(ContentType.JSON)
                .body(Map.of("name", "Jonas Berg", "avatar", "https://images.sandbox.test/jonas-1.png"))
                .when().post(AGENTS)
                .then().statusCode(200).extract().path("data.id");
        String before = authorized().when().get(AGENTS + "/" + id)
                .then().extract().path("data.avatar.url.default");

        String after = authorized().contentType(ContentType.JSON)
                .body(Map.of("avatar", "https://images.sandbox.test/jonas-2.png"))
                .when().put(AGENTS + "/" + id)
                .then().statusCode(200)
                .body("data.name", equalTo("Jonas Berg"))
                .body("data.avatar.info.path", matchesPattern(AVATAR_PATH))
                .extract().path("data.avatar.url.default");

        assertNotEquals(before, after);
        authorized().contentType(ContentType.JSON)
                .body(Map.of("avatar", "not a url"))
                .when().put(AGENTS + "/" + id).then().statusCode(400).body("status", equalTo(400));
        authorized().contentType(ContentType.JSON)
                .body(Map.of("name", "Ftp Avatar", "avatar", "ftp://images.sandbox.test/a.png"))
                .when().post(AGENTS).then().statusCode(400);
        authorized().when().get(AGENTS + "/" + id)
                .then().body("data.avatar.url.default", equalTo(after));
    }

    /** A request carrying the configured token, as Blinger expects it: the bare token, no scheme. */
    private static RequestSpecification authorized() {
        return given().header("Authorization", VendorAuth.BLINGER);
    }
}
