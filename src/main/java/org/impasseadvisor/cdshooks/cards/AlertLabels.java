package org.impasseadvisor.cdshooks.cards;

import java.util.Arrays;
import java.util.Locale;
import org.impasseadvisor.engine.AlertRule;

/**
 * The few words that open an alert card's summary, taken from the alert itself so that an alert added
 * to the catalog needs nothing here: the first sentence of its message when that sentence is short and
 * carries every word of its code (so {@code IMMINENT_SUICIDE_RISK} always says "imminent"), else the
 * code in words.
 */
final class AlertLabels {

    private static final int MAX_LABEL = 80;

    private AlertLabels() {
    }

    static String of(AlertRule alert) {
        String sentence = firstSentence(alert.message());
        String letters = sentence.toLowerCase(Locale.ROOT);
        boolean carriesCode = Arrays.stream(alert.code().toLowerCase(Locale.ROOT).split("_"))
                .map(word -> word.replaceAll("[^a-z]", ""))
                .filter(word -> !word.isEmpty())
                .allMatch(letters::contains);
        if (carriesCode && sentence.length() <= MAX_LABEL) {
            return sentence;
        }
        String words = alert.code().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String firstSentence(String message) {
        int end = message.indexOf(". ");
        String sentence = end < 0 ? message : message.substring(0, end);
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }

    /**
     * An alert card's summary: the label, then the strategy's title without a lead-in of its own
     * ("Therapist safety: seek …" → "Seek …"), so the summary does not say its topic twice.
     */
    static String summary(AlertRule alert, String strategyTitle) {
        int colon = strategyTitle.indexOf(": ");
        String action = colon < 0 ? strategyTitle : strategyTitle.substring(colon + 2);
        return of(alert) + " — " + Character.toUpperCase(action.charAt(0)) + action.substring(1);
    }
}
