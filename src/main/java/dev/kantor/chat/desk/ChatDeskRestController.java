package dev.kantor.chat.desk;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import dev.kantor.chat.ChatQueue;
import dev.kantor.chat.conversation.ChatPulse;
import dev.kantor.chat.conversation.Conversation;
import dev.kantor.platform.security.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * The chat desk over HTTP: under {@code /api/chat} for API clients (Basic), and the same under {@code /chat/live}
 * for the desk page's script (the signed-in session, with its CSRF token). Reading a chat waits for its next
 * message (a long poll any node serves).
 */
@RestController
class ChatDeskRestController {

    static final Duration WAIT = Duration.ofSeconds(20);

    private final ChatDesk desk;
    private final ChatQueue queue;
    private final ChatPulse pulse;

    ChatDeskRestController(ChatDesk desk, ChatQueue queue, ChatPulse pulse) {
        this.desk = desk;
        this.queue = queue;
        this.pulse = pulse;
    }

    @GetMapping({"/api/chat/desk", "/chat/live/desk"})
    DeskView desk(Locale locale) {
        return desk.desk(me(), locale);
    }

    @PostMapping({"/api/chat/chats/{id}/accept", "/chat/live/chats/{id}/accept"})
    DeskChat accept(@PathVariable long id, Locale locale) {
        return desk.accept(me(), id, locale);
    }

    @GetMapping({"/api/chat/chats/{id}", "/chat/live/chats/{id}"})
    DeferredResult<AgentChatView> read(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") long after,
            @RequestParam(defaultValue = "true") boolean wait,
            Locale locale) {
        long me = me();
        Conversation chat = desk.mine(me, id);
        AgentChatView now = desk.read(me, id, after, locale);
        if (!wait || !now.messages().isEmpty() || after > chat.lastSeq()) {
            DeferredResult<AgentChatView> answered = new DeferredResult<>();
            answered.setResult(now);
            return answered;
        }
        // answered with what is new; refused (403) when the chat moved to a colleague or ended meanwhile
        return pulse.await(id, after, WAIT, () -> desk.read(me, id, after, locale));
    }

    @PostMapping({"/api/chat/chats/{id}/messages", "/chat/live/chats/{id}/messages"})
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> write(@PathVariable long id, @RequestBody Map<String, Object> body) {
        Object text = body.get("text");
        boolean note = Boolean.TRUE.equals(body.get("note"));
        return Map.of("seq", desk.write(me(), id, text == null ? null : text.toString(), note));
    }

    @PostMapping({"/api/chat/chats/{id}/end", "/chat/live/chats/{id}/end"})
    ResponseEntity<Void> end(@PathVariable long id) {
        desk.end(me(), id);
        return ResponseEntity.noContent().build();
    }

    /** The chats waiting for an agent, longest waiting first: the chat queue as managers watch it. */
    @GetMapping("/api/chat/waiting")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    java.util.List<DeskChat> waiting(Locale locale) {
        return desk.waiting(locale);
    }

    /** Who works the chat queue, with their limits (employee id to chats at once). */
    @GetMapping("/api/chat/agents")
    Map<Long, Integer> agents() {
        return queue.agents();
    }

    /** Puts someone on the chat queue or changes their limit: managers and admins. */
    @PutMapping("/api/chat/agents/{employeeId}")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    ResponseEntity<Void> staff(@PathVariable long employeeId, @RequestBody Map<String, Integer> body) {
        Integer max = body.get("maxChats");
        queue.staff(employeeId, max == null ? 0 : max);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/chat/agents/{employeeId}")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    ResponseEntity<Void> release(@PathVariable long employeeId) {
        queue.release(employeeId);
        return ResponseEntity.noContent().build();
    }

    private static long me() {
        return CurrentUser.employeeId("chat.no-employee");
    }
}
