package dev.kantor.scheduling.rosters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kantor.people.People;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.scheduling.RosterAssignment;
import dev.kantor.scheduling.shifts.StoredContracts;
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

/**
 * The roster pages, for managers and admins: every queue with how many people are on its roster, and
 * a queue's roster, with the people proposed for it and the skills it asks for.
 */
@Controller
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class RosterController {

    private final StoredRosters rosters;
    private final StoredContracts contracts;
    private final WorkQueues queues;
    private final People people;
    private final MessageSource messages;

    RosterController(
            StoredRosters rosters,
            StoredContracts contracts,
            WorkQueues queues,
            People people,
            MessageSource messages) {
        this.rosters = rosters;
        this.contracts = contracts;
        this.queues = queues;
        this.people = people;
        this.messages = messages;
    }

    @GetMapping("/scheduling/rosters")
    String list(Model model) {
        model.addAttribute("queues", queues.all());
        model.addAttribute("sizes", rosters.sizes());
        return "scheduling/rosters";
    }

    @GetMapping("/scheduling/rosters/{queueId}")
    String roster(@PathVariable long queueId, Model model) {
        model.addAttribute("queue", rosters.queue(queueId));
        model.addAttribute("members", rosters.members(queueId));
        model.addAttribute("proposals", rosters.proposals(queueId));
        model.addAttribute("contracts", contracts.all());
        model.addAttribute("skills", people.skills());
        Map<Long, Integer> levels = new LinkedHashMap<>();
        rosters.skills(queueId).forEach(s -> levels.put(s.skillId(), s.minLevel()));
        model.addAttribute("levels", levels);
        return "scheduling/roster";
    }

    @PostMapping("/scheduling/rosters/{queueId}/members")
    String add(
            @PathVariable long queueId,
            @RequestParam(required = false) Long employeeId,
            @RequestParam(required = false) Long contractId,
            @RequestParam(required = false) String unavailable,
            RedirectAttributes redirect) {
        try {
            if (employeeId == null || contractId == null) {
                throw InvalidInput.of(employeeId == null ? "employeeId" : "contractId", "validation.required");
            }
            RosterMember added = rosters.assign(new RosterAssignment(
                    queueId, employeeId, contractId, UnavailableDates.parse(unavailable, "unavailableDates")));
            redirect.addFlashAttribute("success", text("scheduling.roster.added", added.name()));
        } catch (KantorException e) {
            redirect.addFlashAttribute("failure", problem(e));
        }
        return "redirect:/scheduling/rosters/" + queueId;
    }

    @PostMapping("/scheduling/rosters/members/{memberId}")
    String change(
            @PathVariable long memberId,
            @RequestParam(required = false) Long contractId,
            @RequestParam(required = false) String unavailable,
            @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        RosterMember member = rosters.get(memberId);
        try {
            if (contractId == null) {
                throw InvalidInput.of("contractId", "validation.required");
            }
            RosterMember changed = rosters.change(
                    memberId,
                    contractId,
                    UnavailableDates.parse(unavailable, "unavailableDates"),
                    version == null ? -1 : version);
            redirect.addFlashAttribute("success", text("scheduling.roster.changed", changed.name()));
        } catch (KantorException e) {
            redirect.addFlashAttribute("failure", problem(e));
        }
        return "redirect:/scheduling/rosters/" + member.queueId();
    }

    @PostMapping("/scheduling/rosters/members/{memberId}/remove")
    String remove(
            @PathVariable long memberId, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        RosterMember member = rosters.get(memberId);
        try {
            rosters.remove(memberId, version == null ? -1 : version);
            redirect.addFlashAttribute("success", text("scheduling.roster.removed", member.name()));
        } catch (KantorException e) {
            redirect.addFlashAttribute("failure", problem(e));
        }
        return "redirect:/scheduling/rosters/" + member.queueId();
    }

    /** The skills form: a level per skill, blank for a skill the queue does not ask for. */
    @PostMapping("/scheduling/rosters/{queueId}/skills")
    String skills(@PathVariable long queueId, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Map<Long, Integer> levels = new LinkedHashMap<>();
        try {
            for (var entry : form.entrySet()) {
                if (entry.getKey().startsWith("skill-") && !entry.getValue().isBlank()) {
                    levels.put(
                            Long.parseLong(entry.getKey().substring(6)),
                            Integer.parseInt(entry.getValue().strip()));
                }
            }
            rosters.requireSkills(queueId, levels);
            redirect.addFlashAttribute("success", text("scheduling.roster.skills-saved"));
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("failure", text("scheduling.roster.bad-level"));
        } catch (KantorException e) {
            redirect.addFlashAttribute("failure", problem(e));
        }
        return "redirect:/scheduling/rosters/" + queueId;
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

    static List<Integer> levels() {
        return List.of(1, 2, 3, 4, 5);
    }
}
