package io.switchboard.store;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One page of a vendor list: the remote ids it held, in order, and the token of the next page. */
@Entity
@Table(name = "cached_list_page")
public class CachedListPage extends PanacheEntityBase {

    @Id
    public String id;

    public String vendor;

    @Column(name = "list_key")
    public String listKey;

    @Column(name = "page_token")
    public String pageToken;

    @Column(name = "member_ids")
    public String memberIds;

    @Column(name = "next_page_token")
    public String nextPageToken;

    @Column(name = "total_count")
    public Integer totalCount;

    @Column(name = "fetched_at")
    public Instant fetchedAt;
}
