package io.switchboard.vendor.gladly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class GladlyErrorBodyTest {

    @Test
    void readsTheDocumentedArrayForm() {
        GladlyErrorBody body = GladlyErrorBody.parse("""
                {"errors":[{"attr":"assignee.inboxId","code":"blank",
                "detail":"'inboxId' cannot be blank when updating assignee"}]}""");

        assertEquals(List.of(new GladlyErrorBody.Error("assignee.inboxId", "blank",
                "'inboxId' cannot be blank when updating assignee", null)), body.errors());
        assertEquals("assignee.inboxId: 'inboxId' cannot be blank when updating assignee", body.reason());
    }

    @Test
    void readsErrorsAsASingleObject() {
        GladlyErrorBody body = GladlyErrorBody.parse("""
                {"errors":{"attr":"customerId","code":"not_exist","detail":"customer does not exist"}}""");

        assertEquals("customerId: customer does not exist", body.reason());
    }

    @Test
    void readsABareArray() {
        assertEquals("invalid id", GladlyErrorBody.parse("[{\"code\":\"invalid\",\"detail\":\"invalid id\"}]")
                .reason());
    }

    @Test
    void readsABareErrorObject() {
        assertEquals("name: taken", GladlyErrorBody.parse("{\"attr\":\"name\",\"code\":\"taken\"}").reason());
    }

    @Test
    void fallsBackToTheCodeAndJoinsSeveralErrors() {
        GladlyErrorBody body = GladlyErrorBody.parse("""
                {"errors":[{"attr":"id","code":"taken","meta":{"id":"x"}},{"code":"too_long"},{"attr":"name"}]}""");

        assertEquals("id: taken; too_long; invalid name", body.reason());
    }

    @Test
    void findsWhereAMergedObjectMoved() {
        GladlyErrorBody body = GladlyErrorBody.parse("""
                {"errors":[{"attr":"customerId","code":"moved","detail":"customer id has changed",
                "meta":{"old":"cst-old","new":"cst-new"}}]}""");

        assertEquals("cst-new", body.movedTo());
    }

    @Test
    void noBodyOrAnUnreadableOneSaysNothing() {
        for (String unreadable : new String[] { null, "", "  ", "<html>Bad gateway</html>", "{\"errors\":",
                "\"just a string\"", "{\"errors\":[1,2]}", "{\"message\":\"other shape\"}", "null" }) {
            GladlyErrorBody body = GladlyErrorBody.parse(unreadable);
            assertTrue(body.errors().isEmpty(), unreadable);
            assertNull(body.reason(), unreadable);
            assertNull(body.movedTo(), unreadable);
        }
    }
}
