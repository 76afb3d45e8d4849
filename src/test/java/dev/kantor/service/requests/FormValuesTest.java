package dev.kantor.service.requests;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kantor.platform.FieldProblem;
import dev.kantor.platform.InvalidInput;
import dev.kantor.service.FieldDefinition;
import dev.kantor.service.FieldKind;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A request's form checked against its service's fields. */
class FormValuesTest {

    static final List<FieldDefinition> PAYOUT = List.of(
            new FieldDefinition("amount", "Amount", "Jumlah", FieldKind.RUPIAH, true, List.of()),
            new FieldDefinition("paid-to", "Pay to", "Dibayar ke", FieldKind.CHOICE, false, List.of("Card", "Cash")),
            new FieldDefinition("paid-on", "Paid on", "Dibayar", FieldKind.DATE, false, List.of()),
            new FieldDefinition("items", "Items", "Barang", FieldKind.NUMBER, false, List.of()),
            new FieldDefinition("receipt", "Receipt", "Struk", FieldKind.ATTACHMENT, true, List.of()));

    @Test
    void keepsGoodValuesStrippedWithRupiahAsWholeNumbers() {
        Map<String, String> kept = FormValues.check(
                PAYOUT,
                Map.of("amount", " Rp 250.000 ", "paid-to", "Card", "paid-on", "2026-11-30", "items", "2"),
                Set.of("receipt"));

        assertThat(kept)
                .containsEntry("amount", "250000")
                .containsEntry("paid-to", "Card")
                .containsEntry("paid-on", "2026-11-30")
                .containsEntry("items", "2");
    }

    @Test
    void namesEveryFieldAtFaultAtOnce() {
        Map<String, String> values = new HashMap<>();
        values.put("amount", "a lot");
        values.put("paid-to", "Cheque");
        values.put("paid-on", "30/11/2026");
        values.put("items", "two");
        values.put("colour", "red");

        InvalidInput refused =
                catchThrowableOfType(InvalidInput.class, () -> FormValues.check(PAYOUT, values, Set.of()));

        assertThat(refused.problems())
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("values.colour", "service.form.unknown-field"),
                        org.assertj.core.groups.Tuple.tuple("values.amount", "service.form.rupiah"),
                        org.assertj.core.groups.Tuple.tuple("values.paid-to", "service.form.choice"),
                        org.assertj.core.groups.Tuple.tuple("values.paid-on", "service.form.date"),
                        org.assertj.core.groups.Tuple.tuple("values.items", "service.form.number"),
                        org.assertj.core.groups.Tuple.tuple("values.receipt", "validation.required"));
    }

    @Test
    void refusesAMissingRequiredValueAndLeavesOutBlankOptionalOnes() {
        assertThatThrownBy(() -> FormValues.check(PAYOUT, Map.of("paid-to", " "), Set.of("receipt")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("values.amount"));
        assertThat(FormValues.check(PAYOUT, Map.of("amount", "1000", "paid-to", " "), Set.of("receipt")))
                .containsOnlyKeys("amount");
    }

    @Test
    void refusesTextThatCannotBeStoredOrIsTooLong() {
        List<FieldDefinition> note =
                List.of(new FieldDefinition("note", "Note", "Catatan", FieldKind.TEXT, true, List.of()));

        assertThatThrownBy(() -> FormValues.check(note, Map.of("note", "a\u0000b"), Set.of()))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> FormValues.check(note, Map.of("note", "x".repeat(2001)), Set.of()))
                .isInstanceOf(InvalidInput.class);
    }
}
