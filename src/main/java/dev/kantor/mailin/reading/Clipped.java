package dev.kantor.mailin.reading;

/**
 * Text from a mail made fit to store: without control characters (but tab and line breaks) or
 * halves of surrogate pairs, which a mail may carry and a database refuses, and no longer than the
 * place it goes to allows, ending in an ellipsis when cut.
 */
public final class Clipped {

    private Clipped() {}

    public static String of(String text, int max) {
        if (text == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(Math.min(text.length(), max + 1));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    kept.append(c).append(text.charAt(++i));
                }
            } else if (!Character.isLowSurrogate(c)
                    && (!Character.isISOControl(c) || c == '\t' || c == '\n' || c == '\r')) {
                kept.append(c);
            }
        }
        String clean = kept.toString().strip();
        if (clean.length() <= max) {
            return clean;
        }
        int end = max - 1;
        if (end > 0 && Character.isHighSurrogate(clean.charAt(end - 1))) {
            end--;
        }
        return clean.substring(0, end) + "…";
    }
}
