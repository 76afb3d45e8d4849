package dev.kantor.cases.resolution;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

import dev.kantor.platform.i18n.Languages;

import org.springframework.stereotype.Component;

/**
 * Rupiah as Indonesians write them in either language, as on every price tag: Rp 1.500.000.
 * Templates use it as {@code @rupiah.of(amount)}.
 */
@Component("rupiah")
public class Rupiah {

    public static String format(long amount) {
        return "Rp "
                + new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Languages.INDONESIAN)).format(amount);
    }

    public String of(long amount) {
        return format(amount);
    }
}
