package dev.kantor.cases;

/** What the front line can do to put a customer's problem right; each has a value in rupiah. */
public enum ResolutionType {
    REFUND,
    STORE_CREDIT,
    REPLACEMENT,
    FEE_WAIVER,
    GOODWILL_GIFT
}
