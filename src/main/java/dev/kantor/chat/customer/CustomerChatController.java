package dev.kantor.chat.customer;

import java.util.Optional;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.kantor.chat.assignment.ChatReach;
import dev.kantor.chat.conversation.ChatTokens;
import dev.kantor.chat.conversation.Conversation;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.web.FormProblems;
import dev.kantor.routing.TopicCatalogue;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal's chat page: the form that starts a chat, then the chat itself, which the script
 * {@code chat-customer.js} keeps live through {@link CustomerChatRestController}. Reloading the page finds the
 * chat again by its cookie.
 */
@Controller
@RequestMapping("/portal/chat")
class CustomerChatController {

    private final CustomerChats chats;
    private final TopicCatalogue topics;
    private final ChatStartLimit limit;
    private final ChatReach reach;

    CustomerChatController(CustomerChats chats, TopicCatalogue topics, ChatStartLimit limit, ChatReach reach) {
        this.reach = reach;
        this.chats = chats;
        this.topics = topics;
        this.limit = limit;
    }

    @GetMapping
    String page(
            @CookieValue(name = ChatTokens.COOKIE, required = false) String token,
            @RequestParam(name = "new", defaultValue = "false") boolean startAnother,
            Model model) {
        Optional<Conversation> chat = startAnother ? Optional.empty() : existing(token);
        if (chat.isPresent()) {
            model.addAttribute("chat", chat.get());
            return "chat/customer";
        }
        model.addAttribute("form", StartChat.empty(language()));
        return form(model);
    }

    @PostMapping
    String start(
            @ModelAttribute("form") StartChat form,
            BindingResult result,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        String address = request.getRemoteAddr();
        Optional<java.time.Duration> wait = limit.take(address);
        if (wait.isPresent()) {
            long seconds = ChatStartLimit.seconds(wait.get());
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            result.reject("chat.too-many", new Object[] {seconds}, "chat.too-many");
            return form(model);
        }
        try {
            CustomerChats.Started started = chats.start(new StartChat(
                    form.customerName(),
                    form.email(),
                    form.topic(),
                    form.language() == null || form.language().isBlank() ? language() : form.language(),
                    form.message()));
            response.addHeader(
                    HttpHeaders.SET_COOKIE,
                    CustomerChatRestController.cookie(started.token(), request).toString());
            return "redirect:/portal/chat";
        } catch (InvalidInput e) {
            limit.giveBack(address);
            FormProblems.bind(e, result);
            return form(model);
        }
    }

    private Optional<Conversation> existing(String token) {
        try {
            return Optional.of(chats.chat(token));
        } catch (KantorException notFound) {
            return Optional.empty();
        }
    }

    private String form(Model model) {
        model.addAttribute("topics", topics.codes());
        model.addAttribute("languages", java.util.List.of("id", "en"));
        model.addAttribute("here", "/portal/chat");
        // told before they start: nobody would come now, and the portal's form is answered by e-mail
        model.addAttribute("unattended", reach.now().map(Enum::name).orElse(null));
        return "chat/start";
    }

    private static String language() {
        String language = LocaleContextHolder.getLocale().getLanguage();
        return "en".equals(language) ? "en" : "id";
    }
}
