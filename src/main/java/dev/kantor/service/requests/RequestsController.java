package dev.kantor.service.requests;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.kantor.cases.LinkedCase;
import dev.kantor.cases.LinkedCases;
import dev.kantor.people.Employee;
import dev.kantor.people.People;
import dev.kantor.platform.FieldProblem;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.service.catalogue.Catalogue;
import dev.kantor.service.catalogue.Offering;
import dev.kantor.service.catalogue.Workplace;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pages of internal requests: filing one with a service's form, the caller's own, one request with what the
 * reader may do with it, and the department's queue.
 */
@Controller
class RequestsController {

    private final Requests requests;
    private final RequestLists lists;
    private final RequestFiles files;
    private final Catalogue catalogue;
    private final Workplace workplace;
    private final LinkedCases cases;
    private final People people;
    private final MessageSource messages;
    private final Clock clock;

    RequestsController(
            Requests requests,
            RequestLists lists,
            RequestFiles files,
            Catalogue catalogue,
            Workplace workplace,
            LinkedCases cases,
            People people,
            MessageSource messages,
            Clock clock) {
        this.requests = requests;
        this.lists = lists;
        this.files = files;
        this.catalogue = catalogue;
        this.workplace = workplace;
        this.cases = cases;
        this.people = people;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/service/{serviceId}/request")
    String form(
            @PathVariable long serviceId,
            @RequestParam(name = "case", required = false) String caseReference,
            Model model) {
        return filing(catalogue.get(serviceId), new LinkedHashMap<>(), caseReference, Map.of(), List.of(), model);
    }

    @PostMapping("/service/{serviceId}/request")
    String file(
            @PathVariable long serviceId,
            @RequestParam Map<String, String> parameters,
            @RequestParam(name = RequestFiles.FIELD, required = false) List<MultipartFile> sent,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Offering service = catalogue.get(serviceId);
        Map<String, String> values = RequestForm.values(parameters);
        String reference = parameters.get("caseReference");
        try {
            Long caseId = null;
            if (reference != null && !reference.isBlank()) {
                caseId = cases.byReference(reference)
                        .map(LinkedCase::caseId)
                        .orElseThrow(() -> InvalidInput.of("caseReference", "service.request.case-unknown"));
            }
            InternalRequest filed = requests.file(serviceId, values, caseId, sent);
            redirect.addFlashAttribute("success", text("service.request.filed"));
            return "redirect:/service/requests/" + filed.id();
        } catch (KantorException e) {
            response.setStatus(status(e));
            return filing(service, values, reference, problems(e), globalProblems(e), model);
        }
    }

    @GetMapping("/service/requests")
    String mine(
            @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        RequestLists.Page found = lists.mine(open, page);
        model.addAttribute("found", found);
        model.addAttribute("open", open);
        model.addAttribute("rows", rows(found.rows()));
        return "service/requests";
    }

    @GetMapping("/service/requests/{id}")
    String show(@PathVariable long id, Model model) {
        Requests.View view = requests.view(id);
        model.addAttribute("v", view);
        model.addAttribute("r", view.request());
        model.addAttribute("now", clock.instant());
        model.addAttribute("state", view.clock().state(clock.instant()).name());
        model.addAttribute("dueAt", view.clock().dueAt(clock.instant()));
        model.addAttribute("department", departmentName(view.request().departmentId()));
        model.addAttribute("names", names(view));
        if (view.may().work()) {
            model.addAttribute("colleagues", colleagues(view.request().departmentId()));
        }
        return "service/request";
    }

    @PostMapping("/service/requests/{id}/assign")
    String assign(
            @PathVariable long id,
            @RequestParam(required = false) Long assigneeId,
            @RequestParam int version,
            RedirectAttributes redirect) {
        return act(id, redirect, "service.request.assigned", () -> requests.assign(id, assigneeId, version));
    }

    @PostMapping("/service/requests/{id}/take")
    String take(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "service.request.assigned",
                () -> requests.assign(id, workplace.me().employeeId(), version));
    }

    @PostMapping("/service/requests/{id}/ask")
    String ask(
            @PathVariable long id,
            @RequestParam(required = false) String text,
            @RequestParam int version,
            RedirectAttributes redirect) {
        return act(id, redirect, "service.request.asked", () -> requests.ask(id, text, version));
    }

    @PostMapping("/service/requests/{id}/comment")
    String comment(
            @PathVariable long id,
            @RequestParam(required = false) String text,
            @RequestParam int version,
            @RequestParam(name = RequestFiles.FIELD, required = false) List<MultipartFile> sent,
            RedirectAttributes redirect) {
        return act(id, redirect, "service.request.commented", () -> requests.comment(id, text, version, sent));
    }

    @PostMapping("/service/requests/{id}/approve")
    String approve(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        return act(id, redirect, "service.request.approved", () -> requests.approve(id, version));
    }

    @PostMapping("/service/requests/{id}/resolve")
    String resolve(
            @PathVariable long id,
            @RequestParam(required = false) String text,
            @RequestParam int version,
            RedirectAttributes redirect) {
        return act(id, redirect, "service.request.resolved", () -> requests.resolve(id, text, version));
    }

    @PostMapping("/service/requests/{id}/rate")
    String rate(
            @PathVariable long id,
            @RequestParam(required = false) Integer stars,
            @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        return act(id, redirect, "service.request.rated", () -> requests.rate(id, stars, comment));
    }

    @GetMapping("/service/requests/{id}/files/{fileId}")
    void download(@PathVariable long id, @PathVariable long fileId, HttpServletResponse response) {
        files.send(requests.file(id, fileId), response);
    }

    @GetMapping("/service/queue")
    String queue(
            @RequestParam(required = false) Long departmentId,
            @RequestParam(required = false) RequestStatus status,
            @RequestParam(defaultValue = "ALL") RequestLists.Whose whose,
            @RequestParam(required = false) Long serviceId,
            @RequestParam(defaultValue = "0") int page,
            Model model,
            HttpServletRequest request) {
        Workplace.Me me = workplace.me();
        Long department = departmentId != null ? departmentId : me.departmentId();
        if (department == null) {
            throw new KantorException(KantorException.Kind.FORBIDDEN, "service.queue.not-yours");
        }
        RequestLists.Page found = lists.queue(department, status, whose, serviceId, page);
        pageLinks(found, request, model);
        model.addAttribute("found", found);
        model.addAttribute("rows", rows(found.rows()));
        model.addAttribute("departmentId", department);
        model.addAttribute("department", departmentName(department));
        model.addAttribute("status", status);
        model.addAttribute("whose", whose);
        model.addAttribute("serviceId", serviceId);
        model.addAttribute("statuses", RequestStatus.values());
        model.addAttribute("services", catalogue.ofDepartment(department));
        model.addAttribute("departments", me.admin() ? people.departments() : List.of());
        return "service/queue";
    }

    /** The addresses of the pages before and after, with the same filters. */
    private static void pageLinks(RequestLists.Page found, HttpServletRequest request, Model model) {
        UriComponentsBuilder here =
                UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
        model.addAttribute(
                "previousPage",
                here.cloneBuilder()
                        .replaceQueryParam("page", found.page() - 1)
                        .build()
                        .toUriString());
        model.addAttribute(
                "nextPage",
                here.cloneBuilder()
                        .replaceQueryParam("page", found.page() + 1)
                        .build()
                        .toUriString());
    }

    /** One line of a list: the request, its service's name and its clock's state now. */
    record Row(InternalRequest request, String service, String state, String requester, String assignee) {}

    /**
     * The rows of a page, read in a fixed number of queries whatever its length: the names of its requesters and
     * assignees at once, its services at once, its pauses at once and the business calendar once.
     */
    private List<Row> rows(List<InternalRequest> requests) {
        Locale locale = LocaleContextHolder.getLocale();
        Instant now = clock.instant();
        Map<Long, Offering> services = catalogue.byIds(
                requests.stream().map(InternalRequest::serviceId).toList());
        Set<Long> people = new HashSet<>();
        requests.forEach(r -> {
            people.add(r.requesterId());
            if (r.assigneeId() != null) {
                people.add(r.assigneeId());
            }
        });
        Map<Long, String> names = this.people.namesOf(people);
        Map<Long, TargetClock> clocks = this.requests.clocksOf(requests);
        return requests.stream()
                .map(r -> new Row(
                        r,
                        services.containsKey(r.serviceId())
                                ? services.get(r.serviceId()).name(locale)
                                : "?",
                        clocks.get(r.id()).state(now).name(),
                        names.getOrDefault(r.requesterId(), "?"),
                        r.assigneeId() == null ? null : names.getOrDefault(r.assigneeId(), "?")))
                .toList();
    }

    private String filing(
            Offering service,
            Map<String, String> values,
            String caseReference,
            Map<String, String> problems,
            List<String> global,
            Model model) {
        model.addAttribute("service", service);
        model.addAttribute("values", values);
        model.addAttribute("caseReference", caseReference);
        model.addAttribute("problems", problems);
        model.addAttribute("globalProblems", global);
        model.addAttribute("department", departmentName(service.departmentId()));
        return "service/file";
    }

    private String act(long id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("success", text(done));
        } catch (InvalidInput e) {
            redirect.addFlashAttribute(
                    "failure",
                    String.join(
                            " ",
                            e.problems().stream()
                                    .map(p -> text(p.messageKey(), p.args().toArray()))
                                    .toList()));
        } catch (KantorException e) {
            if (e.kind() == KantorException.Kind.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("failure", text(e.messageKey(), e.args()));
        }
        return "redirect:/service/requests/" + id;
    }

    private Map<String, String> problems(KantorException e) {
        Map<String, String> problems = new HashMap<>();
        if (e instanceof InvalidInput invalid) {
            for (FieldProblem p : invalid.problems()) {
                String field = p.field().startsWith("values.") ? p.field().substring(7) : p.field();
                problems.putIfAbsent(field, text(p.messageKey(), p.args().toArray()));
            }
        }
        return problems;
    }

    /** What the form shows above its fields: a refusal of the whole request, or a problem no field stands for. */
    private List<String> globalProblems(KantorException e) {
        if (e instanceof InvalidInput invalid) {
            return invalid.problems().stream()
                    .filter(p -> p.field().equals("serviceId"))
                    .map(p -> text(p.messageKey(), p.args().toArray()))
                    .toList();
        }
        return List.of(text(e.messageKey(), e.args()));
    }

    /** The names a request's page shows (requester, assignee, authors, uploaders), read at once. */
    private Map<Long, String> names(Requests.View view) {
        Set<Long> ids = new HashSet<>();
        ids.add(view.request().requesterId());
        if (view.request().assigneeId() != null) {
            ids.add(view.request().assigneeId());
        }
        view.history().stream()
                .map(RequestComment::authorId)
                .filter(java.util.Objects::nonNull)
                .forEach(ids::add);
        view.files().forEach(f -> ids.add(f.uploadedBy()));
        Map<Long, String> names = new HashMap<>(people.namesOf(ids));
        ids.forEach(id -> names.putIfAbsent(id, "?"));
        return names;
    }

    private List<Employee> colleagues(long departmentId) {
        return people.activeEmployees().stream()
                .filter(e -> workplace
                        .departmentOf(e.getId())
                        .map(d -> d == departmentId)
                        .orElse(false))
                .toList();
    }

    private String departmentName(long departmentId) {
        return people.department(departmentId)
                .map(d -> d.name(LocaleContextHolder.getLocale()))
                .orElse("?");
    }

    private static int status(KantorException e) {
        return switch (e.kind()) {
            case FORBIDDEN -> HttpStatus.FORBIDDEN.value();
            case CONFLICT -> HttpStatus.CONFLICT.value();
            case NOT_FOUND -> HttpStatus.NOT_FOUND.value();
            default -> HttpStatus.BAD_REQUEST.value();
        };
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
