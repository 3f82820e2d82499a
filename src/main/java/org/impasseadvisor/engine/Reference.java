package org.impasseadvisor.engine;

/**
 * A published source behind a strategy or a rule.
 *
 * @param url where to read it, or null when there is no stable address
 */
public record Reference(String citation, String url, Evidence evidence) {

    public Reference {
        Text.requireText(citation, "reference citation");
        if (url != null && !url.startsWith("https://")) {
            throw new IllegalArgumentException("reference url must be https: " + url);
        }
        if (evidence == null) {
            throw new IllegalArgumentException("reference '" + citation + "' needs an evidence level");
        }
    }

    String canonical() {
        return citation + " | " + (url == null ? "" : url) + " | " + evidence;
    }
}
