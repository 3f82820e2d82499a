package org.impasseadvisor.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** One strategy as it was returned in a recommendation: its rank, its score and, for CDS Hooks, its card. */
@Embeddable
public class ReturnedStrategy {

    @Column(name = "strategy_id", nullable = false, length = 80)
    public String strategyId;

    @Column(name = "strategy_rank", nullable = false)
    public int rank;

    @Column(name = "score", nullable = false)
    public double score;

    @Column(name = "card_id")
    public UUID cardId;

    protected ReturnedStrategy() {
    }

    public ReturnedStrategy(String strategyId, int rank, double score, UUID cardId) {
        this.strategyId = strategyId;
        this.rank = rank;
        this.score = score;
        this.cardId = cardId;
    }
}
