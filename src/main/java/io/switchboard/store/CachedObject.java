package io.switchboard.store;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A vendor object as the store keeps it: the unified model serialised to JSON, and when it was fetched. */
@Entity
@Table(name = "cached_object")
public class CachedObject extends PanacheEntityBase {

    @Id
    public String id;

    public String vendor;

    @Column(name = "object_type")
    public String objectType;

    @Column(name = "remote_id")
    public String remoteId;

    public String payload;

    @Column(name = "fetched_at")
    public Instant fetchedAt;

    /** Fetched by id (whole), or only the row of a list page. */
    public boolean complete;

    static String key(String vendor, String type, String remoteId) {
        return vendor + "/" + type + "/" + remoteId;
    }
}
