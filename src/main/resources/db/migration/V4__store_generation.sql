-- One counter for the whole store, raised after every change Switchboard makes to what it has served (a write's
-- upkeep, an eviction). Every replica reads it before replaying an answer from its in-memory response cache and
-- replays only answers made under the current value, so a write through one replica is seen by all of them.
create table store_generation (
    id integer primary key,
    generation bigint not null
);

insert into store_generation (id, generation) values (1, 0);
