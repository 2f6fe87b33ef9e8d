package io.switchboard.sandbox.gladly;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.switchboard.testing.VendorStubs;

@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class GladlyAnswersSandboxTest extends GladlySandboxTestSupport {

    @Test
    void listsEnglishAnswersSortedByNameByDefault() {
        JsonPath answers = given()
                .when().get(ANSWERS + "/answers")
                .then()
                .statusCode(200)
                .body("$", hasSize(12))
                .body("language", everyItem(equalTo("en-us")))
                .body("updatedAt", everyItem(matchesPattern(RFC_3339_MILLIS)))
                .body("bodyHtml", everyItem(startsWith("<")))
                .body("[0].name", equalTo("Caring for waterproof jackets"))
                .extract().jsonPath();

        List<String> names = answers.getList("name");
        assertEquals(names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), names);
        Map<String, Object> first = answers.getMap("[0]");
        assertEquals(List.of("id", "name", "bodyHtml", "language", "updatedAt"), List.copyOf(first.keySet()));
    }

    @Test
    void listsAnswersInAnotherLanguageUnderTheSameIds() {
        List<String> english = given().when().get(ANSWERS + "/answers").then().extract().jsonPath().getList("id");

        given()
                .queryParam("lng", "es-419")
                .when().get(ANSWERS + "/answers")
                .then()
                .statusCode(200)
                .body("$", hasSize(4))
                .body("language", everyItem(equalTo("es-419")))
                .body("id", everyItem(is(in(english))))
                .body("name", contains("Cómo restablecer tu contraseña", "Política de devoluciones",
                        "Rastrear tu pedido", "Tiempos y costos de envío"));
        given()
                .queryParam("lng", "fr-fr")
                .when().get(ANSWERS + "/answers")
                .then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void getsOneAnswerPerLanguage() {
        String id = given().when().get(ANSWERS + "/answers").then().extract()
                .path("find { it.name == 'Return policy' }.id");
        String englishOnly = given().when().get(ANSWERS + "/answers").then().extract()
                .path("find { it.name == 'Gift cards' }.id");

        given()
                .when().get(ANSWERS + "/answers/{id}", id)
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("name", equalTo("Return policy"))
                .body("language", equalTo("en-us"))
                .body("bodyHtml", equalTo("<p>Unused gear can be returned within <b>60 days</b> of delivery.</p>"));
        given()
                .queryParam("lng", "es-419")
                .when().get(ANSWERS + "/answers/{id}", id)
                .then()
                .statusCode(200)
                .body("name", equalTo("Política de devoluciones"))
                .body("language", equalTo("es-419"));
        given()
                .queryParam("lng", "es-419")
                .when().get(ANSWERS + "/answers/{id}", englishOnly)
                .then()
                .statusCode(404)
                .body("errors[0].attr", equalTo("answerId"))
                .body("errors[0].code", equalTo("not_exist"));
        given()
                .when().get(ANSWERS + "/answers/{id}", "1grfSzATQLa334VDLCWc4A")
                .then().statusCode(404).body("errors", hasSize(1));
    }

    @Test
    void searchesByNameAndTextReturningIdsAndNames() {
        JsonPath hits = given()
                .queryParam("q", "shipping")
                .queryParam("lng", "en-us")
                .when().get(ANSWERS + "/answers-search")
                .then()
                .statusCode(200)
                .body("name", contains("International shipping", "Shipping times and costs", "Tracking your order"))
                .extract().jsonPath();
        List<Map<String, Object>> list = hits.getList("$");
        list.forEach(hit -> assertEquals(List.of("id", "name"), List.copyOf(hit.keySet())));

        given()
                .queryParam("q", "return label")
                .when().get(ANSWERS + "/answers-search")
                .then()
                .statusCode(200)
                .body("name", contains("Printing a return label"));
        given()
                .queryParam("q", "contraseña")
                .queryParam("lng", "es-419")
                .when().get(ANSWERS + "/answers-search")
                .then()
                .statusCode(200)
                .body("name", contains("Cómo restablecer tu contraseña"));
        given()
                .queryParam("q", "snowshoes")
                .when().get(ANSWERS + "/answers-search")
                .then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void searchNeedsAQuery() {
        given()
                .when().get(ANSWERS + "/answers-search")
                .then()
                .statusCode(400)
                .body("errors[0].attr", equalTo("q"))
                .body("errors[0].code", equalTo("blank"));
        assertThat(given().queryParam("q", " ").when().get(ANSWERS + "/answers-search").statusCode(),
                equalTo(400));
    }
}
