-- The cache store. Portable SQL: the same script runs on PostgreSQL and on H2 in PostgreSQL mode.

-- One vendor object (agent, customer, conversation, ...) as the unified model's JSON.
create table cached_object (
    id          varchar(600)  not null primary key,  -- <vendor>/<Type>/<remoteId>
    vendor      varchar(16)   not null,
    object_type varchar(32)   not null,
    remote_id   varchar(512)  not null,
    payload     varchar       not null,
    fetched_at  timestamp with time zone not null,
    constraint uk_cached_object_key unique (vendor, object_type, remote_id)
);
create index ix_cached_object_type on cached_object (vendor, object_type);

-- One page of a vendor list: which objects it held, in order, and where the next page starts.
create table cached_list_page (
    id              varchar(64)   not null primary key,  -- sha-256 of vendor, list key and page token
    vendor          varchar(16)   not null,
    list_key        varchar(1000) not null,
    page_token      varchar(200)  not null,               -- '' for the first page
    member_ids      varchar       not null,               -- JSON array of remote ids
    next_page_token varchar(200),
    total_count     integer,
    fetched_at      timestamp with time zone not null
);
create index ix_cached_list_page_key on cached_list_page (vendor, list_key);
