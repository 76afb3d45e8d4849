package dev.kantor.mailin.reading;

/** What came is not a mail Kantor can read. */
public class UnreadableMail extends RuntimeException {

    UnreadableMail(String why) {
        super(why);
    }
}
