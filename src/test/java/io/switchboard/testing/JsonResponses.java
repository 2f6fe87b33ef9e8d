package io.switchboard.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/** WireMock answers with a JSON body, as every vendor sends them: a fixture file of the vendor's, or a literal. */
public final class JsonResponses {

    private JsonResponses() {
    }

    /** HTTP 200 with {@code src/test/resources/<vendor>/__files/<fixture>} as the body. */
    public static ResponseDefinitionBuilder file(String fixture) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBodyFile(fixture);
    }

    public static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}
