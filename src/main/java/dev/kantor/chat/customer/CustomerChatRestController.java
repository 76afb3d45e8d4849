package dev.kantor.chat.customer;

import java.time.Duration;
import java.util.Map;
import jakarta.servlet.http.HttpServletRequest;

import dev.kantor.chat.conversation.ChatPulse;
import dev.kantor.chat.conversation.ChatTokens;
import dev.kantor.chat.conversation.Conversation;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * The customer's chat over HTTP, for the portal's page and for other front ends. No account: the chat is opened by
 * the token in the {@code KANTOR_CHAT} cookie, set when the chat starts (HttpOnly, SameSite=Strict, so that no
 * script and no other site's form can use it). Reading waits for the next message (a long poll, served by any node).
 */
@RestController
@RequestMapping("/api/chat")
class CustomerChatRestController {

    /** How long a reader waits for news while the chat is under way; while it waits for an agent, less, for its place. */
    static final Duration WAIT = Duration.ofSeconds(20);

    static final Duration WAIT_IN_QUEUE = Duration.ofSeconds(4);

    private final CustomerChats chats;
    private final ChatPulse pulse;

    CustomerChatRestController(CustomerChats chats, ChatPulse pulse) {
        this.chats = chats;
        this.pulse = pulse;
    }

    /** Starts a chat: the answer sets the cookie that opens it from now on. */
    @PostMapping("/conversations")
    ResponseEntity<CustomerChatView> start(@RequestBody StartChat form, HttpServletRequest request) {
        CustomerChats.Started started = chats.start(form);
        return ResponseEntity.status(HttpStatus.CREATED)
                .header(HttpHeaders.SET_COOKIE, cookie(started.token(), request).toString())
                .body(chats.view(started.chat(), 0));
    }

    /**
     * The chat's state and the messages after {@code after}; when there are none yet, answered at the next one or
     * after a while with none.
     */
    @GetMapping("/conversation")
    DeferredResult<CustomerChatView> read(
            @CookieValue(name = ChatTokens.COOKIE, required = false) String token,
            @RequestParam(defaultValue = "0") long after,
            @RequestParam(defaultValue = "true") boolean wait) {
        Conversation chat = chats.chat(token);
        CustomerChatView now = chats.view(chat, after);
        if (!wait || !now.messages().isEmpty() || after > chat.lastSeq()) {
            DeferredResult<CustomerChatView> answered = new DeferredResult<>();
            answered.setResult(now);
            return answered;
        }
        Duration timeout = "WAITING".equals(now.state()) ? WAIT_IN_QUEUE : WAIT;
        return pulse.await(chat.id(), after, timeout, () -> chats.view(chat, after));
    }

    @PostMapping("/conversation/messages")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> write(
            @CookieValue(name = ChatTokens.COOKIE, required = false) String token,
            @RequestBody Map<String, String> body) {
        return Map.of("seq", chats.write(token, body.get("text")));
    }

    @PutMapping("/conversation/email")
    ResponseEntity<Void> email(
            @CookieValue(name = ChatTokens.COOKIE, required = false) String token,
            @RequestBody Map<String, String> body) {
        chats.leaveEmail(token, body.get("email"));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/conversation/end")
    ResponseEntity<Void> end(@CookieValue(name = ChatTokens.COOKIE, required = false) String token) {
        chats.end(token);
        return ResponseEntity.noContent().build();
    }

    static ResponseCookie cookie(String token, HttpServletRequest request) {
        return ResponseCookie.from(ChatTokens.COOKIE, token)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Strict")
                .path("/")
                .maxAge(Duration.ofDays(1))
                .build();
    }
}
