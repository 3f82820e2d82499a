package org.impasseadvisor.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** What a clinician reported about one strategy of one recommendation. */
@Entity
@Table(name = "feedback")
public class Feedback extends PanacheEntityBase {

    public static final int MAX_COMMENT_LENGTH = 500;

    @Id
    public UUID id;

    @Column(name = "recommendation_id", nullable = false)
    public UUID recommendationId;

    @Column(name = "strategy_id", nullable = false, length = 80)
    public String strategyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 20)
    public Outcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", length = 30)
    public OverrideReason reason;

    @Column(name = "comment", length = MAX_COMMENT_LENGTH)
    public String comment;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 20)
    public Channel channel;

    /** The client's Idempotency-Key, when it sent one. */
    @Column(name = "idempotency_key", length = 255)
    public String idempotencyKey;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
