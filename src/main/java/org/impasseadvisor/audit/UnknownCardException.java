package org.impasseadvisor.audit;

import java.util.UUID;

/** No recorded recommendation has a card with this id (never answered, or past retention). */
public class UnknownCardException extends RuntimeException {

    private final UUID cardId;

    public UnknownCardException(UUID cardId) {
        super("No card " + cardId);
        this.cardId = cardId;
    }

    public UUID cardId() {
        return cardId;
    }
}
