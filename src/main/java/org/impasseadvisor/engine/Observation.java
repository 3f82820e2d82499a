package org.impasseadvisor.engine;

/**
 * What a leaf condition saw in a descriptor.
 *
 * @param condition the condition's canonical text
 * @param field     the descriptor field it read
 * @param observed  the value it read, or {@value #MISSING} when the caller did not send the field
 * @param result    the condition's truth value
 */
public record Observation(String condition, String field, String observed, Truth result) {

    public static final String MISSING = "missing";
}
