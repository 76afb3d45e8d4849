package dev.kantor.chat.desk;

import java.time.Duration;
import java.util.Locale;

import dev.kantor.chat.conversation.ChatPulse;
import dev.kantor.chat.conversation.ChatState;
import dev.kantor.chat.conversation.Conversation;
import dev.kantor.platform.security.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * One chat's page for staff, reached from its case: while the chat runs it follows it live ({@code chat-watch.js},
 * a long poll of what comes after the last line shown; read only, and a link to the desk for the agent who holds
 * it), and once it ended it is the whole transcript, staff notes included. Whoever may read the case may read its
 * chat; only its agent writes in it, on the desk.
 */
@Controller
class ChatPageController {

    private final ChatDesk desk;
    private final ChatPulse pulse;

    ChatPageController(ChatDesk desk, ChatPulse pulse) {
        this.desk = desk;
        this.pulse = pulse;
    }

    static String path(long chatId) {
        return "/chat/chats/" + chatId;
    }

    @GetMapping("/chat/chats/{id}")
    String page(@PathVariable long id, Model model, Locale locale) {
        Conversation chat = desk.chat(id);
        model.addAttribute("view", desk.watch(id, 0, locale));
        model.addAttribute("live", chat.state() != ChatState.CLOSED);
        // an account that is nobody's (a bare admin) reads the chat too; it holds none
        model.addAttribute(
                "mine",
                CurrentUser.get()
                        .map(u -> u.employeeId() != null && chat.heldBy(u.employeeId()))
                        .orElse(false));
        return "chat/chat";
    }

    /** What came after {@code after}: answered at the next line, or after a while with none (web pages only). */
    @GetMapping("/chat/live/chats/{id}/watch")
    @ResponseBody
    DeferredResult<AgentChatView> watch(
            @PathVariable long id, @RequestParam(defaultValue = "0") long after, Locale locale) {
        AgentChatView now = desk.watch(id, after, locale);
        if (!now.messages().isEmpty()
                || after > now.lastSeq()
                || "CLOSED".equals(now.chat().state())) {
            DeferredResult<AgentChatView> answered = new DeferredResult<>();
            answered.setResult(now);
            return answered;
        }
        return pulse.await(id, after, WAIT, () -> desk.watch(id, after, locale));
    }

    private static final Duration WAIT = Duration.ofSeconds(20);
}
