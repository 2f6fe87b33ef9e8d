package io.switchboard.store;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One mutation run under a client mutation id: pending, done with its result, or failed with its error. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord extends PanacheEntityBase {

    public enum State {
        PENDING,
        DONE,
        FAILED
    }

    @Id
    public String id;

    @Column(name = "input_hash")
    public String inputHash;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public State state;

    @Column(name = "result_type")
    public String resultType;

    public String result;

    @Column(name = "error_code")
    public String errorCode;

    @Column(name = "error_vendor")
    public String errorVendor;

    @Column(name = "error_message")
    public String errorMessage;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "expires_at")
    public Instant expiresAt;
}
