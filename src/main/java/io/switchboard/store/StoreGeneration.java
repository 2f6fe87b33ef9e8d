package io.switchboard.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The store's change counter, shared by every replica through the database. Switchboard raises it after each change
 * that makes an earlier answer wrong (the upkeep of a write, an eviction); in-memory copies made from the store are
 * tagged with the value read before they were made, and are valid only while it has not moved. Plain JDBC in
 * auto-commit: one indexed row, read once per cached answer.
 */
@ApplicationScoped
public class StoreGeneration {

    @Inject
    DataSource dataSource;

    /** The current value; throws {@link StoreUnavailableException} when the store cannot be read. */
    public long current() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select generation from store_generation where id = 1");
                ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                throw new StoreUnavailableException("the store has no generation row", null);
            }
            return row.getLong(1);
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot read the store generation", e);
        }
    }

    /** Moves the counter on, so that every replica drops what it made from the store before now. */
    public void advance() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update store_generation set generation = generation + 1 where id = 1")) {
            update.executeUpdate();
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot advance the store generation", e);
        }
    }

    /** The store could not be reached or read. */
    public static final class StoreUnavailableException extends RuntimeException {

        StoreUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
