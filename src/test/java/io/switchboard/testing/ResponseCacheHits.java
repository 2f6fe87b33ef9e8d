package io.switchboard.testing;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How many GraphQL requests the response cache has answered so far, as {@code /q/metrics} reports it. */
public final class ResponseCacheHits {

    private static final Pattern HITS = Pattern.compile(
            "switchboard_graphql_response_cache_total\\{[^}]*result=\"hit\"[^}]*} ([0-9.]+)");

    private ResponseCacheHits() {
    }

    public static double count() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher hit = HITS.matcher(metrics);
        return hit.find() ? Double.parseDouble(hit.group(1)) : 0;
    }
}
