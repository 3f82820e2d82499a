package org.impasseadvisor.cdshooks.cards;

/** Card summaries: one line, shortened at a word to stay under the spec's 140 characters. */
final class Summaries {

    private Summaries() {
    }

    static String fit(String text) {
        String line = text.replaceAll("\\s+", " ").trim();
        int max = Card.MAX_SUMMARY - 1;
        if (line.length() <= max) {
            return line;
        }
        int cut = line.lastIndexOf(' ', max - 1);
        return line.substring(0, cut > 0 ? cut : max - 1).replaceAll("[,;:.\\s]+$", "") + "…";
    }
}
