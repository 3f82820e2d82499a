package org.impasseadvisor.records;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A recommendation as it was answered: when, by which catalog, for which signals, with which strategies.
 * It holds no patient identifier and no free text.
 */
@Entity
@Table(name = "recommendation_record")
public class RecommendationRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "catalog_version", nullable = false, length = 20)
    public String catalogVersion;

    @Column(name = "catalog_hash", nullable = false, length = 64)
    public String catalogHash;

    /** How the recommendation was asked for, as a code: {@code REST} or {@code CDS_HOOKS}. */
    @Column(name = "channel", nullable = false, length = 20)
    public String channel;

    /** The calling client's id when it authenticated, never a patient's. */
    @Column(name = "client_id", length = 100)
    public String clientId;

    /** The descriptor's coded signals as text, e.g. {@code concerns=[PTSD];client.ageGroup=ADULT}. */
    @Column(name = "signals", nullable = false, length = 2000)
    public String signals;

    /** The descriptor's root causes, as the names of {@link org.impasseadvisor.descriptor.RootCause}. */
    @Column(name = "root_causes", nullable = false)
    public String[] rootCauses;

    /** The ids of the returned strategies, in rank order: the first is ranked first. */
    @Column(name = "strategy_ids", nullable = false)
    public String[] strategyIds;
}
