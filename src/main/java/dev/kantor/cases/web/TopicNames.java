package dev.kantor.cases.web;

import dev.kantor.cases.CaseTopics;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Topic names in the reader's language for the pages: {@code ${@topicNames.of(code)}}. */
@Component("topicNames")
class TopicNames {

    private final CaseTopics topics;

    TopicNames(CaseTopics topics) {
        this.topics = topics;
    }

    public String of(String code) {
        return topics.name(code, LocaleContextHolder.getLocale());
    }
}
