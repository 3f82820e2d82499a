package org.impasseadvisor.records;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * What a clinician reported about one strategy of one recommendation. Outcome, reason and channel are kept
 * as the codes the application layer gives them.
 */
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

    /** The outcome's code, e.g. {@code OVERRIDDEN}. */
    @Column(name = "outcome", nullable = false, length = 20)
    public String outcome;

    /** Why the strategy was overridden, as a code, or null. */
    @Column(name = "reason", length = 30)
    public String reason;

    @Column(name = "comment", length = MAX_COMMENT_LENGTH)
    public String comment;

    /** How the feedback arrived, as a code: {@code REST} or {@code CDS_HOOKS}. */
    @Column(name = "channel", nullable = false, length = 20)
    public String channel;

    /** The client's Idempotency-Key, when it sent one. */
    @Column(name = "idempotency_key", length = 255)
    public String idempotencyKey;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
