package io.switchboard.vendor.gbtalk;

import static io.switchboard.testing.Awaits.failure;
import static io.switchboard.testing.GbTalkStubs.assertFailure;
import static io.switchboard.testing.GbTalkStubs.function;
import static io.switchboard.testing.GbTalkStubs.stub;
import static io.switchboard.testing.JsonResponses.json;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.SwitchboardException;
import io.switchboard.testing.VendorStubs;
import io.switchboard.vendor.ConversationSource.ConversationQuery;
import io.switchboard.vendor.CustomerSource.CustomerQuery;

/** How GB Talk's failures reach callers: always a SwitchboardException with the contract's code. */
@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class GbTalkErrorsTest {

    @Inject
    GbTalkAdapter adapter;

    @BeforeEach
    void resetStubs() {
        VendorStubs.reset();
    }

    @Test
    void aFunctionsRefusalIsRejectedWithItsCode() {
        stub(function("get-users"), json(200, "{\"success\": false, \"response\": \"invalid-user-type\"}"));

        SwitchboardException e = failure(adapter.listCustomers(new CustomerQuery(null, null), null));

        assertFailure(e, ErrorCode.VENDOR_REJECTED);
        assertTrue(e.getMessage().contains("invalid-user-type"), e.getMessage());
    }

    @Test
    void anInvalidTokenIsAnAuthenticationFailure() {
        stub(function("get-users"), json(401, """
                {"status": "error", "response": "invalid-token", "message": "Invalid token"}
                """));
        // the concurrent who-is-online call succeeds, so the refused token is what fails
        stub("get-online-users", "get-online-users-agents.json");

        assertFailure(failure(adapter.listAgents(null)), ErrorCode.VENDOR_AUTH_FAILED);
    }

    @Test
    void aMissingTokenIsAnAuthenticationFailure() {
        stub(function("saved-replies"), json(401, """
                {"status": "error", "response": "token-not-found", "message": "Token not found"}
                """));

        assertFailure(failure(adapter.getAnswers(Set.of("hello"))), ErrorCode.VENDOR_AUTH_FAILED);
    }

    @Test
    void aMissingArgumentIsRejectedWithTheCodeNotTheMessage() {
        stub(function("get-notes"), json(400, """
                {"status": "error", "response": "missing-argument", "message": "Missing argument: conversation_id"}
                """));

        SwitchboardException e = failure(adapter.listNotes("946"));

        assertFailure(e, ErrorCode.VENDOR_REJECTED);
        assertTrue(e.getMessage().contains("missing-argument"), e.getMessage());
        assertFalse(e.getMessage().contains("Missing argument"), e.getMessage());
    }

    @Test
    void anUnknownFunctionIsRejectedNotNotFound() {
        stub(function("get-articles-categories"), json(404, """
                {"status": "error", "response": "function-not-found", "message": "Function not found"}
                """));

        SwitchboardException e = failure(adapter.listCategories());

        assertFailure(e, ErrorCode.VENDOR_REJECTED);
        assertTrue(e.getMessage().contains("function-not-found"), e.getMessage());
    }

    @Test
    void aDatabaseErrorInPlaceOfRowsIsUnavailableAndNotShown() {
        stub(function("get-conversations"), json(200, """
                {"success": true, "response": "You have an error in your SQL syntax near 'LIMIT 0,100'"}
                """));

        SwitchboardException e = failure(adapter.listConversations(new ConversationQuery(null, null), null));

        assertFailure(e, ErrorCode.VENDOR_UNAVAILABLE);
        assertFalse(e.getMessage().contains("SQL"), e.getMessage());
    }

    @Test
    void aDatabaseErrorInPlaceOfAConversationIsUnavailable() {
        stub(function("get-conversation"), json(200, """
                {"success": true, "response": "Table sb_messages is marked as crashed"}
                """));

        assertFailure(failure(adapter.getConversations(Set.of("946"))), ErrorCode.VENDOR_UNAVAILABLE);
    }

    @Test
    void malformedJsonIsUnavailable() {
        stub(function("get-users"), json(200, "{\"success\": true, \"response\": [{\"id\": \"1\""));

        assertFailure(failure(adapter.getCustomers(Set.of("1"))), ErrorCode.VENDOR_UNAVAILABLE);
    }

    @Test
    void rowsOfTheWrongShapeAreUnavailable() {
        stub(function("saved-replies"), json(200, "{\"success\": true, \"response\": 42}"));

        assertFailure(failure(adapter.getAnswers(Set.of("hello"))), ErrorCode.VENDOR_UNAVAILABLE);
    }

    @Test
    void aServerErrorPageIsUnavailable() {
        stub(function("get-users"), WireMock.aResponse().withStatus(500).withHeader("Content-Type", "text/html")
                .withBody("<html><body>Fatal error: Allowed memory size exhausted</body></html>"));
        // listing agents also asks who is online, concurrently: that call succeeds, so the 500 is what fails
        stub("get-online-users", "get-online-users-agents.json");

        assertFailure(failure(adapter.listAgents(null)), ErrorCode.VENDOR_UNAVAILABLE);
    }

    @Test
    void aFailingAssigneeLookupFailsTheList() {
        stub("get-conversations", "get-conversations.json");
        stub(function("get-agents-in-conversation"), json(200, "{\"success\": false, \"response\": \"error\"}"));

        assertFailure(failure(adapter.listConversations(new ConversationQuery(null, null), null)),
                ErrorCode.VENDOR_REJECTED);
    }
}
