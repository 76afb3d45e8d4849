package dev.kantor.demo;

import java.util.List;

import dev.kantor.chat.ChatQueue;
import dev.kantor.people.People;

import org.springframework.stereotype.Component;

/**
 * The demo company's web chat queue, worked by its front-desk agents and team leads, three chats at once each, so
 * that the demo agent ({@code agent}) is offered chats as soon as they are available.
 */
@Component
class DemoChat {

    static final int CHATS_AT_ONCE = 3;

    private static final List<String> AGENTS = List.of(
            "agus.pratama@sinarmaju.example",
            "putu.wulandari@sinarmaju.example",
            "kevin.tanoto@sinarmaju.example",
            "nurul.hidayah@sinarmaju.example",
            "asep.sunandar@sinarmaju.example",
            "yuliana.siregar@sinarmaju.example",
            "eko.prasetyo@sinarmaju.example");

    private final ChatQueue queue;
    private final People people;

    DemoChat(ChatQueue queue, People people) {
        this.queue = queue;
        this.people = people;
    }

    void load() {
        AGENTS.forEach(
                email -> queue.staff(people.employeeByEmail(email).orElseThrow().getId(), CHATS_AT_ONCE));
    }
}
