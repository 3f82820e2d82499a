package org.impasseadvisor.records;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A CDS Hooks card as it was answered: which recommendation and strategy it carried, found again by its id. */
@Entity
@Table(name = "recommendation_card")
public class RecommendationCard extends PanacheEntityBase {

    @Id
    @Column(name = "card_id")
    public UUID cardId;

    @Column(name = "recommendation_id", nullable = false)
    public UUID recommendationId;

    @Column(name = "strategy_id", nullable = false, length = 80)
    public String strategyId;
}
