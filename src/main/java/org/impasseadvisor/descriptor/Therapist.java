package org.impasseadvisor.descriptor;

import java.util.Set;

/**
 * What is known about the therapist.
 *
 * @param trainedIn methods the therapist is trained in; null when unknown, empty when none
 */
public record Therapist(Set<Training> trainedIn) {

    public static final Therapist UNKNOWN = new Therapist(null);

    public Therapist {
        trainedIn = EnumSets.copyOrNull(trainedIn, Training.class, "therapist.trainedIn");
    }
}
