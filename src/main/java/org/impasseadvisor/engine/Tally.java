package org.impasseadvisor.engine;

import java.util.Arrays;

/**
 * What one evaluation has found so far, per strategy of the catalog (by its index in catalog order): its
 * score, the first gate that withheld it, the first raised alert that pinned it, and which rules fired.
 * Arrays rather than an object per strategy keep an evaluation to a handful of allocations.
 */
final class Tally {

    private static final int NONE = -1;

    private final double[] score;
    private final int[] gate;
    private final int[] pin;
    private final boolean[] fired;

    Tally(int strategies, int rules) {
        score = new double[strategies];
        gate = new int[strategies];
        pin = new int[strategies];
        fired = new boolean[rules];
        Arrays.fill(gate, NONE);
        Arrays.fill(pin, NONE);
    }

    /** Pins a strategy at the position of the alert that raised it; the first alert to pin it wins. */
    void pin(int strategy, int position) {
        if (pin[strategy] == NONE) {
            pin[strategy] = position;
        }
    }

    void fire(int rule) {
        fired[rule] = true;
    }

    void add(int strategy, double weight) {
        score[strategy] += weight;
    }

    /** Withholds a strategy for a gate; the first gate in catalog order is the one reported. */
    void withhold(int strategy, int rule) {
        if (gate[strategy] == NONE) {
            gate[strategy] = rule;
        }
    }

    boolean fired(int rule) {
        return fired[rule];
    }

    double score(int strategy) {
        return score[strategy];
    }

    boolean scored(int strategy) {
        return score[strategy] > 0;
    }

    boolean pinned(int strategy) {
        return pin[strategy] != NONE;
    }

    /** The position of the alert that pinned the strategy; after every pinned one when none did. */
    int pinPosition(int strategy) {
        return pinned(strategy) ? pin[strategy] : Integer.MAX_VALUE;
    }

    boolean withheld(int strategy) {
        return gate[strategy] != NONE;
    }

    /** The index of the gate that withheld the strategy. */
    int gate(int strategy) {
        return gate[strategy];
    }
}
