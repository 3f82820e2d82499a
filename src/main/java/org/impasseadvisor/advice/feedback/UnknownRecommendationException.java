package org.impasseadvisor.advice.feedback;

import java.util.UUID;

/** No recommendation with this id was answered (or it has been purged). */
public class UnknownRecommendationException extends RuntimeException {

    public UnknownRecommendationException(UUID id) {
        super("no recommendation " + id, null, false, false);
    }
}
