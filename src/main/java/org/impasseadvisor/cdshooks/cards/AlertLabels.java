package org.impasseadvisor.cdshooks.cards;

import java.util.Map;

/** The few words that open an alert card's summary, by alert code. */
final class AlertLabels {

    private static final Map<String, String> LABELS = Map.of(
            "SUICIDE_RISK", "Suicide risk high",
            "PHQ9_ITEM9_POSITIVE", "PHQ-9 item 9 positive",
            "THERAPIST_SAFETY", "Therapist safety concern");

    private AlertLabels() {
    }

    /** A known label, or the code in words for an alert added to the catalog later. */
    static String of(String code) {
        String label = LABELS.get(code);
        if (label != null) {
            return label;
        }
        String words = code.toLowerCase().replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
