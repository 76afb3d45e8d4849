package dev.kantor.chat.customer;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import jakarta.servlet.http.HttpServletRequest;

import dev.kantor.chat.conversation.ChatPulse;
import dev.kantor.chat.conversation.ChatTokens;
import dev.kantor.chat.conversation.Conversation;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.web.ProblemTypes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ExceptionHandler;
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
@Tag(name = "Web chat: the customer", description = "The customer's side of a web chat: no account, the chat's cookie")
class CustomerChatRestController {

    /** The answer of every call that names the chat by its cookie, when the cookie opens none. */
    static final String NO_CHAT = "No chat opens with the KANTOR_CHAT cookie sent: none was sent, or it is unknown";

    /** What the customer writes in their chat. */
    @Schema(name = "CustomerChatMessage")
    record Message(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 2000) String text) {}

    /** Where the chat's transcript goes. */
    @Schema(name = "ChatTranscriptAddress")
    record TranscriptAddress(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "ratna@example.com") String email) {}

    /** Where the answer goes when the customer leaves their question as a message instead of waiting. */
    @Schema(name = "ChatLeftAsMessage")
    record LeftAsMessage(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "ratna@example.com") String email) {}

    /** How long a reader waits for news while the chat is under way; while it waits for an agent, less, for its place. */
    static final Duration WAIT = Duration.ofSeconds(20);

    static final Duration WAIT_IN_QUEUE = Duration.ofSeconds(4);

    /** An address that started as many chats as it may for now: try again after {@code wait}. */
    static final class TooManyStarts extends RuntimeException {

        private final transient Duration wait;

        TooManyStarts(Duration wait) {
            super("too many chats started", null, false, false);
            this.wait = wait;
        }
    }

    private final CustomerChats chats;
    private final ChatPulse pulse;
    private final ChatStartLimit limit;
    private final MessageSource messages;

    CustomerChatRestController(CustomerChats chats, ChatPulse pulse, ChatStartLimit limit, MessageSource messages) {
        this.chats = chats;
        this.pulse = pulse;
        this.limit = limit;
        this.messages = messages;
    }

    /** Starts a chat: the answer sets the cookie that opens it from now on. */
    @PostMapping("/conversations")
    @ResponseStatus(HttpStatus.CREATED)
    @SecurityRequirements
    @Operation(
            summary = "Start a chat (no account)",
            description = "Opens a CHAT case and puts the chat in the queue; the answer sets the KANTOR_CHAT cookie "
                    + "(HttpOnly, SameSite=Strict) that opens the chat from now on. Refused (400) naming customerName, "
                    + "email, topic, language or message. One address starts a few chats in a while "
                    + "(kantor.chat.starts-per-window, 5 in 10 minutes); then 429 with Retry-After.")
    @ApiResponse(
            responseCode = "429",
            description = "This address started as many chats as it may for now: wait the seconds Retry-After gives "
                    + "(a refused start, with mistakes, costs nothing)",
            headers = @Header(name = HttpHeaders.RETRY_AFTER, schema = @Schema(type = "integer")))
    ResponseEntity<CustomerChatView> start(@RequestBody StartChat form, HttpServletRequest request) {
        String address = request.getRemoteAddr();
        Optional<Duration> wait = limit.take(address);
        if (wait.isPresent()) {
            throw new TooManyStarts(wait.get());
        }
        CustomerChats.Started started;
        try {
            started = chats.start(form);
        } catch (InvalidInput e) {
            limit.giveBack(address);
            throw e;
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .header(HttpHeaders.SET_COOKIE, cookie(started.token(), request).toString())
                .body(chats.view(started.chat(), 0));
    }

    /**
     * The chat's state and the messages after {@code after}; when there are none yet, answered at the next one or
     * after a while with none.
     */
    @GetMapping("/conversation")
    @SecurityRequirements
    @Operation(
            summary = "Read the chat (no account, its cookie)",
            description = "Where the chat stands and the messages after 'after'; with wait=true (the default) and "
                    + "nothing new, answered at the next message or after a while with none.")
    @ApiResponse(responseCode = "200", description = "The chat as the customer sees it")
    @ApiResponse(responseCode = "404", description = NO_CHAT)
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
    @SecurityRequirements
    @Operation(
            summary = "Write in the chat (no account, its cookie)",
            description = "Answers the message's number (seq). Refused naming text (400); a chat that ended takes "
                    + "no more messages (409).")
    @ApiResponse(responseCode = "201", description = "Written")
    @ApiResponse(responseCode = "404", description = NO_CHAT)
    Map<String, Long> write(
            @CookieValue(name = ChatTokens.COOKIE, required = false) String token, @RequestBody Message body) {
        return Map.of("seq", chats.write(token, body.text()));
    }

    @PutMapping("/conversation/email")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @SecurityRequirements
    @Operation(
            summary = "Leave an address for the transcript (no account, its cookie)",
            description = "The transcript is mailed there when the chat ends (at once, when it has ended already). "
                    + "Refused naming email (400).")
    @ApiResponse(responseCode = "204", description = "Noted")
    @ApiResponse(responseCode = "404", description = NO_CHAT)
    void email(
            @CookieValue(name = ChatTokens.COOKIE, required = false) String token,
            @RequestBody TranscriptAddress body) {
        chats.leaveEmail(token, body.email());
    }

    @PostMapping("/conversation/message-instead")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @SecurityRequirements
    @Operation(
            summary = "Leave the question as a message instead of waiting (no account, its cookie)",
            description = "For a customer nobody can serve now (the chat's 'unattended'): the chat ends, and its case "
                    + "stays in the case queue to be answered by e-mail at this address, which gets the case's "
                    + "reference and private link at once. Refused naming email (400); 409 when the chat no longer "
                    + "waits (an agent took it, or it ended).")
    @ApiResponse(responseCode = "204", description = "Left: the case is answered by e-mail")
    @ApiResponse(responseCode = "404", description = NO_CHAT)
    void messageInstead(
            @CookieValue(name = ChatTokens.COOKIE, required = false) String token, @RequestBody LeftAsMessage body) {
        chats.leaveAsMessage(token, body.email());
    }

    @PostMapping("/conversation/end")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @SecurityRequirements
    @Operation(
            summary = "End the chat (no account, its cookie)",
            description = "Ending a chat that has ended changes nothing.")
    @ApiResponse(responseCode = "204", description = "Ended")
    @ApiResponse(responseCode = "404", description = NO_CHAT)
    void end(@CookieValue(name = ChatTokens.COOKIE, required = false) String token) {
        chats.end(token);
    }

    @ExceptionHandler(TooManyStarts.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyStarts e) {
        long seconds = ChatStartLimit.seconds(e.wait);
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.TOO_MANY_REQUESTS);
        problem.setType(ProblemTypes.uri("too-many-chats"));
        problem.setTitle(messages.getMessage(
                "chat.too-many", new Object[] {seconds}, "chat.too-many", LocaleContextHolder.getLocale()));
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
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
