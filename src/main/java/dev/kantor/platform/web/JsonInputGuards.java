package dev.kantor.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import dev.kantor.platform.InputCheck;

import com.fasterxml.jackson.annotation.Nulls;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateTimeDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The rules of {@link InputGuards} for JSON request bodies, applied while Jackson reads them, so
 * that every API endpoint obeys them, new ones included: text holds only characters that can be
 * stored, dates lie within the years Kantor keeps, and lists hold no null entries. A broken rule
 * is a 400 problem naming the field ({@code customer.name}, {@code skills[0]}), see
 * {@link ApiProblems}. Only what the API reads is guarded: Kantor's own JSON (stored events, say)
 * is read as it was written.
 */
@Configuration(proxyBeanMethods = false)
class JsonInputGuards implements WebMvcConfigurer {

    private final JsonMapper guarded;

    JsonInputGuards(JsonMapper jsonMapper) {
        SimpleModule rules = new SimpleModule("kantor-input-guards")
                .addDeserializer(String.class, new StorableString())
                .addDeserializer(LocalDate.class, BoundedDate.of(LocalDateDeserializer.INSTANCE))
                .addDeserializer(LocalDateTime.class, BoundedDate.of(LocalDateTimeDeserializer.INSTANCE))
                .addDeserializer(Instant.class, BoundedDate.of(InstantDeserializer.INSTANT))
                .addDeserializer(OffsetDateTime.class, BoundedDate.of(InstantDeserializer.OFFSET_DATE_TIME))
                .addDeserializer(ZonedDateTime.class, BoundedDate.of(InstantDeserializer.ZONED_DATE_TIME));
        this.guarded = jsonMapper
                .rebuild()
                .addModule(rules)
                .changeDefaultNullHandling(nulls -> nulls.withContentNulls(Nulls.FAIL))
                .build();
    }

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder converters) {
        converters.withJsonConverter(new JacksonJsonHttpMessageConverter(guarded));
    }

    /** Text with characters that cannot be stored, refused where it stands in the body. */
    static final class UnstorableText extends MismatchedInputException {

        UnstorableText(JsonParser parser) {
            super(parser, "Text with characters that cannot be stored", String.class);
        }
    }

    /** A date outside the years Kantor keeps, refused where it stands in the body. */
    static final class DateOutOfBounds extends MismatchedInputException {

        DateOutOfBounds(JsonParser parser, Class<?> type) {
            super(
                    parser,
                    "A date outside the years " + InputCheck.EARLIEST_YEAR + " to " + InputCheck.LATEST_YEAR,
                    type);
        }
    }

    /** Reads text as Jackson does, then refuses it if it cannot be stored. */
    static final class StorableString extends StdScalarDeserializer<String> {

        StorableString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (!InputCheck.isStorable(text)) {
                throw new UnstorableText(parser);
            }
            return text;
        }
    }

    /** Reads a date or moment as Jackson does, then refuses it outside the years Kantor keeps. */
    static final class BoundedDate extends DelegatingDeserializer {

        private BoundedDate(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @SuppressWarnings("unchecked")
        static <T> ValueDeserializer<T> of(ValueDeserializer<? extends T> delegate) {
            return (ValueDeserializer<T>) (ValueDeserializer<?>) new BoundedDate(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new BoundedDate(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            Object value = super.deserialize(parser, context);
            if (value != null && !withinBounds(value)) {
                throw new DateOutOfBounds(parser, value.getClass());
            }
            return value;
        }

        private static boolean withinBounds(Object value) {
            if (value instanceof LocalDate date) {
                return InputCheck.isWithinBounds(date);
            }
            if (value instanceof LocalDateTime time) {
                return InputCheck.isWithinBounds(time.toLocalDate());
            }
            if (value instanceof Instant moment) {
                return InputCheck.isWithinBounds(moment);
            }
            if (value instanceof OffsetDateTime time) {
                return InputCheck.isWithinBounds(time.toInstant());
            }
            return !(value instanceof ZonedDateTime time) || InputCheck.isWithinBounds(time.toInstant());
        }
    }
}
