package org.impasseadvisor.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.impasseadvisor.descriptor.RootCause;

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

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 20)
    public Channel channel;

    /** The calling client's id when it authenticated, never a patient's. */
    @Column(name = "client_id", length = 100)
    public String clientId;

    /** The descriptor's coded signals as text, e.g. {@code concerns=[PTSD];client.ageGroup=ADULT}. */
    @Column(name = "signals", nullable = false, length = 2000)
    public String signals;

    @ElementCollection
    @CollectionTable(name = "recommendation_root_cause", joinColumns = @JoinColumn(name = "recommendation_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "root_cause", nullable = false, length = 40)
    public Set<RootCause> rootCauses = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "recommended_strategy", joinColumns = @JoinColumn(name = "recommendation_id"))
    public List<ReturnedStrategy> strategies = new ArrayList<>();
}
