package dev.kantor.cases.work;

import dev.kantor.routing.TopicCatalogue;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Topic names in the reader's language for the pages: {@code ${@topicNames.of(code)}}. */
@Component("topicNames")
class TopicNames {

    private final TopicCatalogue topics;

    TopicNames(TopicCatalogue topics) {
        this.topics = topics;
    }

    public String of(String code) {
        return topics.name(code, LocaleContextHolder.getLocale());
    }
}
