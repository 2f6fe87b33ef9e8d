package io.switchboard.sandbox.gbtalk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.switchboard.sandbox.gbtalk.GbTalkStore.ConversationView;
import io.switchboard.sandbox.gbtalk.GbTalkStore.Posted;

/** The seed is the same on every start and keeps the invariants the sandbox's answers rely on. */
class GbTalkSeedTest {

    @Test
    void seedsTheSameDataEveryTime() {
        GbTalkStore first = seeded();
        GbTalkStore second = seeded();
        assertEquals(first.users(), second.users());
        assertEquals(first.conversations(), second.conversations());
        assertEquals(first.articles(), second.articles());
        first.reset();
        assertEquals(second.users(), first.users());
        assertEquals(second.conversations(), first.conversations());
    }

    @Test
    void conversationsKeepTheirInvariants() {
        GbTalkStore store = seeded();
        Set<Integer> statuses = new HashSet<>();
        for (ConversationView view : store.conversations()) {
            statuses.add(view.conversation().statusCode());
            int count = view.messages().size();
            assertTrue(count >= 2 && count <= 8, "conversation " + view.conversation().id() + ": " + count);
            assertEquals(view.customer().id(), view.messages().get(0).author().id(), "the customer opens");
            Posted last = view.lastMessage().orElseThrow();
            if (view.conversation().statusCode() == 2) {
                assertEquals(view.customer().id(), last.author().id());
            }
            if (view.conversation().statusCode() == 1) {
                assertTrue(last.author().isAgent());
            }
            assertTrue(!view.messages().get(0).message().creationTime()
                    .isBefore(view.conversation().creationTime()));
            assertTrue(last.message().creationTime().isBefore(GbTalkSeed.NOW));
        }
        assertEquals(Set.of(0, 1, 2, 3, 4), statuses);
        assertEquals(GbTalkSeed.CONVERSATIONS, store.conversations().size());
    }

    @Test
    void usersHaveUniqueEmailsAndTokens() {
        GbTalkStore store = seeded();
        Set<String> emails = new HashSet<>();
        Set<String> tokens = new HashSet<>();
        store.users().forEach(user -> {
            assertNotNull(user.creationTime());
            assertTrue(user.email() == null || emails.add(user.email()), user.email());
            assertTrue(tokens.add(user.token()));
        });
        assertEquals(GbTalkSeed.AGENTS + GbTalkSeed.CUSTOMERS, store.users().size());
    }

    private static GbTalkStore seeded() {
        GbTalkStore store = new GbTalkStore();
        store.reset();
        return store;
    }
}
