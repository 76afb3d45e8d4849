package dev.kantor.floor.responsibility;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.kantor.people.Department;
import dev.kantor.people.People;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.staffing.WorkQueues;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The floor settings page: which department answers for each queue. Managers and admins. */
@Controller
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class FloorSettingsController {

    private final Responsibilities responsibilities;
    private final WorkQueues queues;
    private final People people;
    private final MessageSource messages;

    FloorSettingsController(
            Responsibilities responsibilities, WorkQueues queues, People people, MessageSource messages) {
        this.responsibilities = responsibilities;
        this.queues = queues;
        this.people = people;
        this.messages = messages;
    }

    @GetMapping("/floor/settings")
    String settings(Model model) {
        Map<Long, Responsibility> set = responsibilities.all(LocaleContextHolder.getLocale()).stream()
                .collect(Collectors.toMap(Responsibility::queueId, Function.identity()));
        model.addAttribute("queues", queues.all());
        model.addAttribute("responsible", set);
        model.addAttribute(
                "departments",
                people.departments().stream().filter(Department::isActive).toList());
        return "floor/responsibility/settings";
    }

    @PostMapping("/floor/settings/{queueId}")
    String set(
            @PathVariable long queueId,
            @RequestParam(required = false) Long departmentId,
            @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        try {
            Responsibility saved =
                    responsibilities.set(queueId, departmentId, version, LocaleContextHolder.getLocale());
            redirect.addFlashAttribute(
                    "success", text("floor.responsibility.saved", saved.queueName(), saved.departmentName()));
        } catch (KantorException e) {
            redirect.addFlashAttribute("failure", problem(e));
        }
        return "redirect:/floor/settings";
    }

    private String problem(KantorException e) {
        if (e instanceof InvalidInput invalid && !invalid.problems().isEmpty()) {
            var first = invalid.problems().get(0);
            return text(first.messageKey(), first.args().toArray());
        }
        return text(e.messageKey(), e.args());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
