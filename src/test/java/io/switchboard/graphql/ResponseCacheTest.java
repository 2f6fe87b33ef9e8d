package io.switchboard.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.switchboard.testing.GraphQL.query;
import static io.switchboard.testing.JsonResponses.file;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.store.StoreFills;
import io.switchboard.testing.EndToEndTestSupport;
import io.switchboard.testing.ResponseCacheHits;
import io.switchboard.testing.VendorStubs;

/**
 * The response cache end to end: a repeated query is answered from memory, with the same answer, without the vendor
 * and without the store; a write through this replica or another (seen as the store generation moving on) retires the
 * answers; answers with errors or live state are never replayed.
 */
@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class ResponseCacheTest extends EndToEndTestSupport {

    private static final String AGENTS = "/api/external/v1/agents";
    private static final String VADIM = "5475272c-3bc0-40e9-83c4-0a1cd50bc721";
    private static final String CREATED = "c2e53dee-ad8d-45dc-909a-465746932f11";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String BLINGER_AGENTS = """
            {
              agents(vendor: BLINGER) { edges { node { id name status } } totalCount }
            }
            """;

    private static final String ONE_AGENT = """
            query($id: ID!) {
              agent(id: $id) { id name status active }
            }
            """;

    @Inject
    DataSource dataSource;

    @Inject
    StoreFills fills;

    WireMockServer blinger;

    @BeforeEach
    void findTheStub() {
        blinger = VendorStubs.blinger();
    }

    @Test
    void aRepeatedQueryIsAnsweredFromMemoryWithTheSameAnswer() throws Exception {
        blinger.stubFor(get(urlEqualTo(AGENTS)).willReturn(file("agents.json")));
        double hitsBefore = ResponseCacheHits.count();

        String first = query(BLINGER_AGENTS).body("errors", nullValue())
                .body("data.agents.totalCount", is(3))
                .body("data.agents.edges[0].node.name", is("Vadim Belorusov"))
                .extract().asString();
        // Rows dropped behind the service's back, without the generation moving: only memory can answer now.
        sql("delete from cached_list_page", "delete from cached_object");
        String second = query(BLINGER_AGENTS).extract().asString();
        String third = query(BLINGER_AGENTS).extract().asString();

        assertEquals(JSON.readTree(first), JSON.readTree(second), "the replayed answer is the executed one");
        assertEquals(second, third, "and it is replayed whole every time");
        blinger.verify(1, getRequestedFor(urlEqualTo(AGENTS)));
        assertEquals(hitsBefore + 2, ResponseCacheHits.count());
    }

    @Test
    void aWriteThroughAnotherReplicaRetiresTheAnswers() throws SQLException {
        blinger.stubFor(get(urlEqualTo(AGENTS)).willReturn(file("agents.json")));
        query(BLINGER_AGENTS).body("data.agents.totalCount", is(3));
        query(BLINGER_AGENTS).body("data.agents.totalCount", is(3));
        blinger.verify(1, getRequestedFor(urlEqualTo(AGENTS)));

        // Another replica created an agent: its upkeep dropped the cached list and moved the generation on.
        fills.await(); // after this replica's copy of the list was stored
        blinger.stubFor(get(urlEqualTo(AGENTS)).willReturn(file("write-agents-with-created.json")));
        sql("delete from cached_list_page", "update store_generation set generation = generation + 1");

        query(BLINGER_AGENTS).body("errors", nullValue())
                .body("data.agents.totalCount", is(4))
                .body("data.agents.edges[3].node.id", is("gid://blinger/Agent/" + CREATED));
        blinger.verify(2, getRequestedFor(urlEqualTo(AGENTS)));
    }

    @Test
    void aMutationThroughThisReplicaRetiresTheAnswers() {
        blinger.stubFor(get(urlEqualTo(AGENTS + "/" + CREATED)).willReturn(file("write-agent-created.json")));
        query(ONE_AGENT, Map.of("id", "gid://blinger/Agent/" + CREATED)).body("data.agent.status", is("ONLINE"));
        query(ONE_AGENT, Map.of("id", "gid://blinger/Agent/" + CREATED)).body("data.agent.status", is("ONLINE"));

        blinger.stubFor(put(urlEqualTo(AGENTS + "/" + CREATED)).willReturn(file("write-agent-updated.json")));
        query("""
                mutation { updateAgent(id: "gid://blinger/Agent/%s", input: {status: OFFLINE}) { id } }
                """.formatted(CREATED)).body("errors", nullValue());

        query(ONE_AGENT, Map.of("id", "gid://blinger/Agent/" + CREATED))
                .body("data.agent.name", is("Vadim B. Belorusov"))
                .body("data.agent.status", is("OFFLINE"));
        blinger.verify(1, getRequestedFor(urlEqualTo(AGENTS + "/" + CREATED)));
    }

    @Test
    void eachSetOfVariablesHasItsOwnAnswer() {
        blinger.stubFor(get(urlEqualTo(AGENTS + "/" + CREATED)).willReturn(file("write-agent-created.json")));
        blinger.stubFor(get(urlEqualTo(AGENTS + "/" + VADIM)).willReturn(file("agent.json")));
        double hitsBefore = ResponseCacheHits.count();

        query(ONE_AGENT, Map.of("id", "gid://blinger/Agent/" + CREATED))
                .body("data.agent.id", is("gid://blinger/Agent/" + CREATED));
        query(ONE_AGENT, Map.of("id", "gid://blinger/Agent/" + VADIM))
                .body("data.agent.id", is("gid://blinger/Agent/" + VADIM));
        query(ONE_AGENT, Map.of("id", "gid://blinger/Agent/" + CREATED))
                .body("data.agent.id", is("gid://blinger/Agent/" + CREATED));

        assertEquals(hitsBefore + 1, ResponseCacheHits.count());
    }

    @Test
    void anAnswerWithAnErrorIsNeverReplayed() {
        blinger.stubFor(get(urlEqualTo(AGENTS + "/gone")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"status\": 404}")));

        for (int i = 0; i < 2; i++) {
            query(ONE_AGENT, Map.of("id", "gid://blinger/Agent/gone"))
                    .body("errors[0].extensions.code", is("NOT_FOUND"));
        }
        blinger.verify(2, getRequestedFor(urlEqualTo(AGENTS + "/gone")));
    }

    @Test
    void anAnswerWithLiveStateIsNeverReplayed() {
        blinger.stubFor(get(urlEqualTo(AGENTS)).willReturn(file("agents.json")));
        double hitsBefore = ResponseCacheHits.count();

        for (int i = 0; i < 2; i++) {
            query("{ vendors { vendor circuit } agents(vendor: BLINGER) { totalCount } }")
                    .body("errors", nullValue())
                    .body("data.vendors[0].circuit", notNullValue())
                    .body("data.agents.totalCount", is(3));
        }
        assertEquals(hitsBefore, ResponseCacheHits.count());
    }

    private void sql(String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.executeUpdate(sql);
            }
        }
    }
}
