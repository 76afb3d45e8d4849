package dev.kantor.service;

/** What a field of a service's form asks for. */
public enum FieldKind {
    TEXT,
    NUMBER,
    DATE,
    CHOICE,
    /** An amount in whole rupiah. */
    RUPIAH,
    /** A file sent with the request. */
    ATTACHMENT
}
