-- Whether a cached object is whole (fetched by id) or only the shorter row a list page carried (GB Talk list rows
-- have no title, search results shortened contents, ...). Lookups by id serve only whole copies.
alter table cached_object add column complete boolean default true not null;
