package dev.kantor.chat.desk;

import dev.kantor.platform.security.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The chat desk page; {@code chat-desk.js} keeps it live through {@link ChatDeskRestController}. */
@Controller
class ChatDeskController {

    @GetMapping("/chat")
    String page(Model model) {
        model.addAttribute("me", CurrentUser.employeeId("chat.no-employee"));
        return "chat/desk";
    }
}
