package dev.kantor.chat.desk;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import dev.kantor.chat.ChatQueue;
import dev.kantor.chat.conversation.ChatPulse;
import dev.kantor.chat.conversation.Conversation;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.web.PageQuery;
import dev.kantor.platform.web.Paged;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
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
@Tag(
        name = "Web chat: the desk",
        description = "Agents taking and answering web chats; managers staffing the chat queue")
class ChatDeskRestController {

    /** What the agent writes in a chat they hold. */
    @Schema(name = "ChatDeskMessage")
    record Message(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 2000) String text,
            @Schema(description = "true: a staff note, never shown to the customer", defaultValue = "false")
                    Boolean note) {}

    /** How many chats someone on the chat queue holds at once. */
    @Schema(name = "ChatAgentLimit")
    record AgentLimit(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "20", example = "3")
                    Integer maxChats) {}

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
    @Operation(
            summary = "The caller's chat desk",
            description =
                    "The chats the caller holds and the chats offered to them, with their place on the chat queue.")
    DeskView desk(Locale locale) {
        return desk.desk(me(), locale);
    }

    @PostMapping({"/api/chat/chats/{id}/accept", "/chat/live/chats/{id}/accept"})
    @Operation(
            summary = "Take a waiting chat",
            description = "Agents on the chat queue who may take it now: 403 for anyone else, and when the caller is "
                    + "not available, not qualified for its topic or at their limit; 409 when a colleague took it "
                    + "first or it ended.")
    DeskChat accept(@PathVariable long id, Locale locale) {
        return desk.accept(me(), id, locale);
    }

    @GetMapping({"/api/chat/chats/{id}", "/chat/live/chats/{id}"})
    @Operation(
            summary = "Read a chat the caller holds",
            description = "Its messages after 'after', staff notes included; with wait=true (the default) and nothing "
                    + "new, answered at the next message or after a while with none. 403 once the chat is a "
                    + "colleague's or ended.")
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
    @Operation(
            summary = "Write in a chat the caller holds",
            description = "To the customer, or a staff note (note=true) the customer never sees. Refused naming text "
                    + "(400); 403 when the caller does not hold the chat (any more).")
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "201", description = "Written: the message's number (seq)")
    Map<String, Long> write(@PathVariable long id, @RequestBody Message body) {
        return Map.of("seq", desk.write(me(), id, body.text(), Boolean.TRUE.equals(body.note())));
    }

    @PostMapping({"/api/chat/chats/{id}/end", "/chat/live/chats/{id}/end"})
    @Operation(
            summary = "End a chat the caller holds",
            description = "Its case keeps the transcript, mailed to the customer when they left an address.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ApiResponse(responseCode = "204", description = "Ended: the case keeps the transcript")
    void end(@PathVariable long id) {
        desk.end(me(), id);
    }

    /** The chats waiting for an agent, longest waiting first: the chat queue as managers watch it. */
    @GetMapping("/api/chat/waiting")
    @Operation(summary = "The chats waiting for an agent (managers, admins)", description = "Longest waiting first.")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    Paged<DeskChat> waiting(Locale locale, PageQuery paging) {
        return paging.inMemory(desk.waiting(locale));
    }

    /** Who works the chat queue, with their limits (employee id to chats at once). */
    @GetMapping("/api/chat/agents")
    @Operation(
            summary = "Who works the chat queue",
            description = "Each employee id on the chat queue with how many chats they hold at once at most.")
    Map<Long, Integer> agents() {
        return queue.agents();
    }

    /** Puts someone on the chat queue or changes their limit: managers and admins. */
    @PutMapping("/api/chat/agents/{employeeId}")
    @Operation(
            summary = "Put someone on the chat queue, or change their limit (managers, admins)",
            description = "Refused naming maxChats (1 to 20) or employeeId (no active employee).")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ApiResponse(responseCode = "204", description = "Saved")
    void staff(@PathVariable long employeeId, @RequestBody AgentLimit body) {
        queue.staff(employeeId, body.maxChats() == null ? 0 : body.maxChats());
    }

    /** Takes someone off the chat queue: managers and admins. */
    @DeleteMapping("/api/chat/agents/{employeeId}")
    @Operation(summary = "Take someone off the chat queue (managers, admins)")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ApiResponse(responseCode = "204", description = "Off the chat queue (or was not on it)")
    void release(@PathVariable long employeeId) {
        queue.release(employeeId);
    }

    private static long me() {
        return CurrentUser.employeeId("chat.no-employee");
    }
}
