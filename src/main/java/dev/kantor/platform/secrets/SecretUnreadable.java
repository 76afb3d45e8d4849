package dev.kantor.platform.secrets;

/**
 * A sealed secret that the configured key cannot open: it was sealed under another key (the key was
 * changed or lost) or the stored value was altered. Whoever needs the secret asks for it again.
 */
public class SecretUnreadable extends RuntimeException {

    SecretUnreadable(String why) {
        super(why);
    }
}
