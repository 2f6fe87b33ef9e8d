-- Idempotency records: a mutation retried with the same clientMutationId within 24 h answers the first result
-- without calling the vendor again. Portable SQL (PostgreSQL and H2 in PostgreSQL mode).
create table idempotency_record (
    id           varchar(300)  not null primary key,  -- <mutation>:<clientMutationId>
    input_hash   varchar(64)   not null,               -- sha-256 of the mutation's arguments
    state        varchar(16)   not null,               -- PENDING, DONE or FAILED
    result_type  varchar(64),
    result       varchar,
    error_code   varchar(32),
    error_vendor varchar(16),
    error_message varchar(1000),
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null
);
create index ix_idempotency_expires on idempotency_record (expires_at);
