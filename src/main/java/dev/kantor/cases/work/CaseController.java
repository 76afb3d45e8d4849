package dev.kantor.cases.work;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import jakarta.servlet.http.HttpServletResponse;

import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.Priority;
import dev.kantor.cases.ResolutionType;
import dev.kantor.cases.attachments.CaseAttachments;
import dev.kantor.cases.customercase.CaseChangedMeanwhile;
import dev.kantor.cases.mail.CustomerMail;
import dev.kantor.cases.portal.PrivateLinks;
import dev.kantor.cases.timeline.TimelineEntry;
import dev.kantor.people.People;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.security.KantorUser;
import dev.kantor.platform.web.EnumParameters;
import dev.kantor.platform.web.FieldProblems;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Working a case (reply, note, status, priority, owner): for everyone who serves customers. The
 * queue is beside it ({@link CaseQueueController}); logging a contact, proposing a resolution and asking
 * for help are beside intake, resolutions and help; what happens on a case while its page is open
 * comes from {@link LiveCaseController}.
 */
@Controller
@PreAuthorize("hasAnyRole('AGENT', 'MANAGER', 'ADMIN', 'STAFF')")
class CaseController {

    private final CaseQueries queries;
    private final CaseWork work;
    private final People people;
    private final MessageSource messages;
    private final FieldProblems fieldProblems;
    private final PrivateLinks privateLinks;
    private final LiveCase live;
    private final CaseAttachments attachments;
    private final AppendedReplies replies;
    private final org.springframework.beans.factory.ObjectProvider<dev.kantor.cases.InternalWork> internalWork;
    private final org.springframework.beans.factory.ObjectProvider<dev.kantor.cases.ChatOfCase> chatOfCase;

    CaseController(
            CaseQueries queries,
            CaseWork work,
            People people,
            MessageSource messages,
            FieldProblems fieldProblems,
            PrivateLinks privateLinks,
            LiveCase live,
            CaseAttachments attachments,
            AppendedReplies replies,
            org.springframework.beans.factory.ObjectProvider<dev.kantor.cases.InternalWork> internalWork,
            org.springframework.beans.factory.ObjectProvider<dev.kantor.cases.ChatOfCase> chatOfCase) {
        this.internalWork = internalWork;
        this.chatOfCase = chatOfCase;
        this.attachments = attachments;
        this.queries = queries;
        this.work = work;
        this.people = people;
        this.messages = messages;
        this.fieldProblems = fieldProblems;
        this.privateLinks = privateLinks;
        this.live = live;
        this.replies = replies;
    }

    @GetMapping("/cases/{id}")
    String show(@PathVariable long id, Model model) {
        var detail = queries.detail(id).orElseThrow(() -> KantorException.notFound("error.case-not-found", id));
        Long me = viewer();
        model.addAttribute("detail", detail);
        model.addAttribute("c", detail.customerCase());
        model.addAttribute("staff", people.activeEmployees());
        model.addAttribute("statuses", CaseStatus.CHOSEN_BY_HAND);
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("resolutionTypes", ResolutionType.values());
        EmployeeNames names = new EmployeeNames(queries);
        model.addAttribute("names", names);
        model.addAttribute(
                "timeline", TimelineLines.of(detail.timeline(), messages, LocaleContextHolder.getLocale(), names::of));
        model.addAttribute("privateLink", privateLinks.of(detail.customerCase()));
        model.addAttribute("me", me);
        model.addAttribute("caseId", id);
        model.addAttribute("reachable", CustomerMail.reaches(detail.customer()));
        // what the page shows already, and who else has it open: the live part carries on from here
        model.addAttribute(
                "after",
                detail.timeline().stream().mapToLong(TimelineEntry::id).max().orElse(0));
        model.addAttribute("viewers", live.viewers(id, me, names));
        // what the back office is doing for this customer: asked of the module that keeps internal requests
        dev.kantor.cases.InternalWork work = internalWork.getIfAvailable();
        model.addAttribute("waitingOn", work == null ? java.util.List.of() : work.waitingOn(id));
        // the web chat the case came from: live while it runs, its transcript after (asked of the chat module)
        dev.kantor.cases.ChatOfCase chats = chatOfCase.getIfAvailable();
        model.addAttribute("chatLink", chats == null ? null : chats.of(id).orElse(null));
        model.addAttribute("draftKey", "kantor.draft." + CurrentUser.username() + ".case." + id);
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Typed.NOTHING);
        }
        return "cases/detail";
    }

    @PostMapping("/cases/{id}/take")
    String take(
            @PathVariable long id,
            @RequestParam int version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(id, model, response, redirect, Typed.NOTHING, "cases.taken", () -> work.take(id, version));
    }

    @PostMapping("/cases/{id}/owner")
    String assign(
            @PathVariable long id,
            @RequestParam(required = false) Long ownerId,
            @RequestParam int version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (ownerId == null) {
            redirect.addFlashAttribute("failure", text("cases.choose-owner"));
            return "redirect:/cases/" + id;
        }
        return act(
                id,
                model,
                response,
                redirect,
                Typed.NOTHING.withOwner(ownerId),
                "cases.assigned",
                () -> work.assign(id, ownerId, version));
    }

    /**
     * Writes to the customer. The reply goes through whatever happened to the case meanwhile; a
     * status chosen with it is refused when someone else changed the status since the page was
     * read. Then, and on any other refusal, the page comes back with everything as typed.
     */
    @PostMapping("/cases/{id}/reply")
    String reply(
            @PathVariable long id,
            ReplyForm form,
            @RequestParam(name = CaseAttachments.FIELD, required = false) List<MultipartFile> files,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Typed typed = Typed.NOTHING.withReply(form);
        try {
            new InputCheck()
                    .that(
                            !form.toNewAddress()
                                    || form.email() != null && !form.email().isBlank(),
                            "email",
                            "validation.required")
                    .throwIfAny();
            // the files are checked before anything is written: a refused file keeps the reply back too
            CaseWork.Replied replied = replies.reply(id, form.reply(), form.version(), attachments.check(files));
            redirect.addFlashAttribute(
                    "success",
                    switch (replied.delivery()) {
                        case EMAILED ->
                            replied.addressAdded()
                                    ? text("cases.replied.address-added", replied.address())
                                    : text("cases.replied", replied.address());
                        case NOT_SENT_NO_ADDRESS -> text("cases.replied.not-sent");
                        case NOTED_AS_CALL -> text("cases.replied.call");
                    });
            redirect.addFlashAttribute("draftSent", "reply");
            return "redirect:/cases/" + id;
        } catch (CaseChangedMeanwhile e) {
            return changedMeanwhile(id, e, model, response, typed);
        } catch (InvalidInput e) {
            return again(id, model, response, HttpStatus.BAD_REQUEST, typed, fieldProblems.of(e, this::fieldName));
        } catch (KantorException e) {
            return again(id, model, response, status(e), typed, text(e.messageKey(), e.args()));
        } catch (OptimisticLockingFailureException e) {
            return again(id, model, response, HttpStatus.CONFLICT, typed, text("error.concurrent-change"));
        }
    }

    @PostMapping("/cases/{id}/note")
    String note(
            @PathVariable long id,
            @RequestParam(required = false) String text,
            @RequestParam(name = CaseAttachments.FIELD, required = false) List<MultipartFile> files,
            RedirectAttributes redirect) {
        String answer = act(id, null, null, redirect, Typed.NOTHING, "cases.noted", () -> {
            work.note(id, text, attachments.check(files));
            return null;
        });
        if (redirect.getFlashAttributes().containsKey("success")) {
            redirect.addFlashAttribute("draftSent", "note");
        }
        return answer;
    }

    @PostMapping("/cases/{id}/status")
    String status(
            @PathVariable long id,
            @RequestParam(required = false) String status,
            @RequestParam int version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                id,
                model,
                response,
                redirect,
                Typed.NOTHING.withStatus(status),
                "cases.status-changed",
                () -> work.changeStatus(id, EnumParameters.parse(CaseStatus.class, status), version));
    }

    @PostMapping("/cases/{id}/priority")
    String priority(
            @PathVariable long id,
            @RequestParam(required = false) String priority,
            @RequestParam int version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                id,
                model,
                response,
                redirect,
                Typed.NOTHING.withPriority(priority),
                "cases.priority-changed",
                () -> work.changePriority(id, EnumParameters.parse(Priority.class, priority), version));
    }

    /**
     * A change from one of the case page's small forms, answered on the case page: what went wrong
     * is said above it, each problem after the label of its field. A change refused because someone
     * else changed the same field meanwhile shows the page again at once, saying who changed what,
     * with the choice that was made still chosen.
     */
    private String act(
            long id,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Typed typed,
            String successKey,
            Supplier<Object> change) {
        try {
            change.get();
            redirect.addFlashAttribute("success", text(successKey));
        } catch (CaseChangedMeanwhile e) {
            if (model != null) {
                return changedMeanwhile(id, e, model, response, typed);
            }
            redirect.addFlashAttribute("failure", text("error.concurrent-change"));
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("failure", fieldProblems.of(e, this::fieldName));
        } catch (KantorException e) {
            redirect.addFlashAttribute("failure", text(e.messageKey(), e.args()));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("failure", text("error.concurrent-change"));
        }
        return "redirect:/cases/" + id;
    }

    /** The page again, as it is now, with what was typed and what someone else changed meanwhile. */
    private String changedMeanwhile(
            long id, CaseChangedMeanwhile e, Model model, HttpServletResponse response, Typed typed) {
        EmployeeNames names = new EmployeeNames(queries);
        model.addAttribute(
                "changedMeanwhile", ChangeLines.of(e.changes(), messages, LocaleContextHolder.getLocale(), names::of));
        return again(id, model, response, HttpStatus.CONFLICT, typed, text("cases.changed-meanwhile"));
    }

    private String again(
            long id, Model model, HttpServletResponse response, HttpStatus status, Typed typed, String failure) {
        response.setStatus(status.value());
        model.addAttribute("typed", typed);
        model.addAttribute("failure", failure);
        return show(id, model);
    }

    private static HttpStatus status(KantorException e) {
        return switch (e.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
    }

    private String fieldName(String field) {
        return "cases.field." + field;
    }

    /** The signed-in employee, for "mine" and the take button; an account that is nobody's sees every case. */
    private static Long viewer() {
        return CurrentUser.get().map(KantorUser::employeeId).orElse(null);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** Names of employees on the timeline, looked up once each. */
    static final class EmployeeNames {
        private final CaseQueries queries;
        private final Map<Long, String> names = new HashMap<>();

        EmployeeNames(CaseQueries queries) {
            this.queries = queries;
        }

        public String of(Long id) {
            return id == null ? null : names.computeIfAbsent(id, queries::employeeName);
        }
    }
}
