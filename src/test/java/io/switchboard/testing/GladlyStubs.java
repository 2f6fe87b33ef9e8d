package io.switchboard.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

/**
 * Gladly's REST API on its WireMock stub: GETs answered only when they carry the test credentials, and the
 * requests Gladly should have received, with those credentials.
 */
public final class GladlyStubs {

    /** Where the API lives on the stub; paths below are relative to it. */
    public static final String API = "/api/v1";

    private GladlyStubs() {
    }

    /** Answers GETs of this API path that carry the test credentials (a call without them finds no stub). */
    public static void stubGet(String path, ResponseDefinitionBuilder response) {
        VendorStubs.gladly().stubFor(get(urlPathEqualTo(API + path))
                .withHeader("Authorization", equalTo(VendorAuth.GLADLY))
                .willReturn(response));
    }

    /** The request, sent with the test credentials. */
    public static RequestPatternBuilder authorized(RequestPatternBuilder request) {
        return request.withHeader("Authorization", equalTo(VendorAuth.GLADLY));
    }

    /** GETs of this API path sent with the test credentials, for WireMock's {@code verify}. */
    public static RequestPatternBuilder authorizedGet(String path) {
        return authorized(getRequestedFor(urlPathEqualTo(API + path)));
    }
}
