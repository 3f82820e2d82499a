package org.impasseadvisor.cdshooks.cards;

import java.util.List;

/** The answer to a service call; {@code {"cards":[]}} is "no advice". */
public record CardsResponse(List<Card> cards) {

    public static final CardsResponse NONE = new CardsResponse(List.of());

    public CardsResponse {
        cards = List.copyOf(cards);
    }
}
