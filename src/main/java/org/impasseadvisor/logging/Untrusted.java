package org.impasseadvisor.logging;

/**
 * Puts a value this service did not choose (a token claim, a header, a URL, a FHIR value) into a log
 * line: quoted, with quotes, backslashes and every control character escaped, and cut to a length a
 * log line can carry. A newline in such a value can then never start a forged log line.
 */
public final class Untrusted {

    /** Longer values are cut: a log line is not a place for a whole body. */
    static final int MAX_LENGTH = 200;

    private Untrusted() {
    }

    /** The value in double quotes, escaped; {@code null} for null. */
    public static String quote(Object value) {
        if (value == null) {
            return "null";
        }
        String text = value.toString();
        StringBuilder quoted = new StringBuilder(Math.min(text.length(), MAX_LENGTH) + 8).append('"');
        int end = Math.min(text.length(), MAX_LENGTH);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)
                            && !validSurrogate(text, i)) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        if (text.length() > MAX_LENGTH) {
            quoted.append("…");
        }
        return quoted.append('"').toString();
    }

    private static boolean validSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    /**
     * A copy of a failure, for a log line's stack trace, whose messages (and its causes') are quoted:
     * an exception's message can carry what a caller sent, e.g. a JSON parser's excerpt of the body.
     * The stack frames are kept.
     */
    public static Throwable quoted(Throwable failure) {
        return quoted(failure, 0);
    }

    private static Throwable quoted(Throwable failure, int depth) {
        Throwable cause = failure.getCause();
        Quoted copy = new Quoted(failure.getClass().getName() + ": " + quote(failure.getMessage()),
                cause == null || cause == failure || depth >= 8 ? null : quoted(cause, depth + 1));
        copy.setStackTrace(failure.getStackTrace());
        return copy;
    }

    /** A failure as logged: its class and quoted message in one line, then the original frames. */
    private static final class Quoted extends RuntimeException {

        Quoted(String message, Throwable cause) {
            super(message, cause, false, true);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
