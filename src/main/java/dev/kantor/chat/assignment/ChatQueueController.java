package dev.kantor.chat.assignment;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.kantor.chat.ChatQueue;
import dev.kantor.people.Employee;
import dev.kantor.people.People;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.web.FormProblems;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Who works the chat queue and with how many chats at once: managers and admins put people on it and off. */
@Controller
@RequestMapping("/chat/agents")
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class ChatQueueController {

    /** One person on the chat queue, as the page lists them. */
    record Row(long employeeId, String name, int maxChats) {}

    private final ChatQueue queue;
    private final People people;
    private final MessageSource messages;

    ChatQueueController(ChatQueue queue, People people, MessageSource messages) {
        this.queue = queue;
        this.people = people;
        this.messages = messages;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("form", ChatAgentForm.empty());
        return page(model, true);
    }

    @PostMapping
    String staff(
            @ModelAttribute("form") ChatAgentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        try {
            int max;
            try {
                max = Integer.parseInt(
                        form.maxChats() == null ? "" : form.maxChats().strip());
            } catch (NumberFormatException notANumber) {
                throw InvalidInput.of("maxChats", "chat.agents.max-chats");
            }
            if (form.employeeId() == null) {
                throw InvalidInput.of("employeeId", "chat.agents.unknown-employee");
            }
            queue.staff(form.employeeId(), max);
            redirect.addFlashAttribute(
                    "success", messages.getMessage("chat.agents.saved", null, LocaleContextHolder.getLocale()));
            return "redirect:/chat/agents";
        } catch (InvalidInput e) {
            FormProblems.bind(e, result);
            return page(model, false);
        }
    }

    @PostMapping("/{employeeId}/release")
    String release(@PathVariable long employeeId, RedirectAttributes redirect) {
        queue.release(employeeId);
        redirect.addFlashAttribute(
                "success", messages.getMessage("chat.agents.released", null, LocaleContextHolder.getLocale()));
        return "redirect:/chat/agents";
    }

    private String page(Model model, boolean fresh) {
        Map<Long, Integer> agents = queue.agents();
        List<Row> rows = agents.entrySet().stream()
                .map(a -> new Row(a.getKey(), people.nameOf(a.getKey()).orElse("?"), a.getValue()))
                .sorted(Comparator.comparing(Row::name))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute(
                "employees",
                people.activeEmployees().stream()
                        .sorted(Comparator.comparing(Employee::getFullName))
                        .toList());
        model.addAttribute("most", ChatQueue.MOST_CHATS);
        return "chat/agents";
    }
}
