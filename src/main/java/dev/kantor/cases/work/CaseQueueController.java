package dev.kantor.cases.work;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.CaseType;
import dev.kantor.cases.Channel;
import dev.kantor.cases.Priority;
import dev.kantor.cases.sla.SlaState;
import dev.kantor.cases.views.BuiltInView;
import dev.kantor.cases.views.CaseViews;
import dev.kantor.cases.views.SavedView;
import dev.kantor.cases.views.SortColumn;
import dev.kantor.cases.views.SortDirection;
import dev.kantor.cases.views.ViewCriteria;
import dev.kantor.cases.views.ViewForm;
import dev.kantor.cases.views.ViewParameters;
import dev.kantor.cases.work.BulkChange.CaseVersion;
import dev.kantor.people.People;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.security.KantorUser;
import dev.kantor.platform.web.BackAddress;
import dev.kantor.platform.web.EnumParameters;
import dev.kantor.platform.web.FieldProblems;
import dev.kantor.routing.TopicCatalogue;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case queue: a view of the cases (built in, saved, or the filters and order in the address),
 * a page at a time, sorted by any column; and bulk changes of the cases checked on a page.
 */
@Controller
@PreAuthorize("hasAnyRole('AGENT', 'MANAGER', 'ADMIN', 'STAFF')")
class CaseQueueController {

    /** Cases on one page of the queue: a screenful on a laptop, a short scroll on a phone. */
    static final int PAGE_SIZE = 50;

    /** A checked case as the page sends it: its id and the version it was shown at. */
    private static final Pattern CHECKED = Pattern.compile("(\\d{1,18}):(\\d{1,9})");

    private final CaseQueries queries;
    private final BulkCaseWork bulk;
    private final CaseViews views;
    private final People people;
    private final TopicCatalogue topics;
    private final MessageSource messages;
    private final FieldProblems fieldProblems;

    CaseQueueController(
            CaseQueries queries,
            BulkCaseWork bulk,
            CaseViews views,
            People people,
            TopicCatalogue topics,
            MessageSource messages,
            FieldProblems fieldProblems) {
        this.queries = queries;
        this.bulk = bulk;
        this.views = views;
        this.people = people;
        this.topics = topics;
        this.messages = messages;
        this.fieldProblems = fieldProblems;
    }

    /**
     * The queue. {@code view} names a built-in view or one of the reader's saved views; without it
     * the filters and order in the address are shown, and an address with none of them opens the
     * reader's default view (all open cases when they chose none).
     */
    @GetMapping("/cases")
    String queue(
            @RequestParam(required = false) String view,
            @ModelAttribute ViewParameters parameters,
            @RequestParam(required = false) String page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        List<SavedView> saved = views.mine();
        Long defaultId = views.defaultViewId().orElse(null);
        ViewCriteria criteria;
        if (view != null && !view.isBlank()) {
            Optional<ViewCriteria> chosen = BuiltInView.of(view)
                    .map(BuiltInView::criteria)
                    .or(() -> savedView(saved, view).map(SavedView::criteria));
            if (chosen.isEmpty()) {
                model.addAttribute("failure", text("queue.views.unknown"));
            }
            criteria = chosen.orElse(ViewCriteria.ALL_OPEN);
        } else if (parameters.isEmpty() && page == null) {
            criteria = saved.stream()
                    .filter(v -> v.getId().equals(defaultId))
                    .findFirst()
                    .map(SavedView::criteria)
                    .orElse(ViewCriteria.ALL_OPEN);
        } else {
            criteria = parameters.criteria();
        }
        if (criteria.topic() != null && topics.find(criteria.topic()).isEmpty()) {
            // an address naming a topic the catalogue never had shows every topic, as the filter offers none
            criteria = new ViewCriteria(
                    criteria.status(),
                    criteria.priority(),
                    null,
                    criteria.channel(),
                    criteria.type(),
                    criteria.sla(),
                    criteria.owner(),
                    criteria.text(),
                    criteria.order());
        }
        int number = pageNumber(page);
        QueuePage shown = queries.queue(filterOf(criteria), criteria.order(), (number - 1) * PAGE_SIZE);
        model.addAttribute("criteria", criteria);
        model.addAttribute("queue", shown);
        model.addAttribute("cases", shown.cases());
        model.addAttribute("links", new QueueLinks(criteria));
        model.addAttribute("builtInViews", BuiltInView.values());
        model.addAttribute("savedViews", saved);
        model.addAttribute("defaultViewId", defaultId);
        model.addAttribute("viewForm", ViewForm.of(criteria));
        model.addAttribute("htmx", htmx != null);
        model.addAttribute("staff", people.activeEmployees());
        model.addAttribute("bulkStatuses", CaseStatus.CHOSEN_BY_HAND);
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("topics", topics.codes());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("types", CaseType.values());
        model.addAttribute("slaStates", SlaState.values());
        model.addAttribute("sortColumns", SortColumn.values());
        model.addAttribute("sortDirections", SortDirection.values());
        return htmx != null ? "cases/queue :: results" : "cases/queue";
    }

    /**
     * Changes the cases checked on a page of the queue, each as if alone, and comes back to the
     * same page of the same view saying how many changed and why each other one did not.
     *
     * @param assignee "me", "nobody" (back to the queue) or an employee's id
     * @param cases    each checked case as {@code id:version}
     */
    @PostMapping("/cases/bulk")
    String bulkChange(
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String assignee,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) List<String> cases,
            @ModelAttribute ViewParameters parameters,
            @RequestParam(required = false) String page,
            RedirectAttributes redirect) {
        String address = QueueLinks.address(ViewParameters.of(parameters.criteria()), pageNumber(page));
        // a view whose address would not fit in the redirect's headers comes back as the plain queue
        String back = BackAddress.redirect(address, "/cases");
        if (cases == null || cases.isEmpty()) {
            redirect.addFlashAttribute("failure", text("queue.bulk.none-checked"));
            return back;
        }
        try {
            List<BulkResult> results = bulk.apply(changeOf(action, assignee, status, cases));
            redirect.addFlashAttribute("bulk", BulkReport.of(results, messages, LocaleContextHolder.getLocale()));
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("failure", fieldProblems.of(e, field -> "queue.bulk.field." + field));
        } catch (KantorException e) {
            redirect.addFlashAttribute("failure", text(e.messageKey(), e.args()));
        }
        return back;
    }

    private static BulkChange changeOf(String action, String assignee, String status, List<String> checked) {
        BulkAction chosen = EnumParameters.parse(BulkAction.class, action);
        Long assigneeId = null;
        if (chosen == BulkAction.ASSIGN) {
            if ("me".equals(assignee)) {
                chosen = BulkAction.TAKE;
            } else if ("nobody".equals(assignee)) {
                chosen = BulkAction.UNASSIGN;
            } else if (assignee != null && assignee.matches("\\d{1,18}")) {
                assigneeId = Long.valueOf(assignee);
            } else if (assignee != null && !assignee.isBlank()) {
                throw InvalidInput.of("assigneeId", "validation.unknown-manager");
            }
        }
        List<CaseVersion> cases = new ArrayList<>();
        for (String c : checked) {
            Matcher m = CHECKED.matcher(c == null ? "" : c);
            if (!m.matches()) {
                throw InvalidInput.of("cases", "error.bad-value");
            }
            cases.add(new CaseVersion(Long.valueOf(m.group(1)), Integer.valueOf(m.group(2))));
        }
        return new BulkChange(
                chosen,
                assigneeId,
                chosen == BulkAction.CHANGE_STATUS ? EnumParameters.parse(CaseStatus.class, status) : null,
                cases);
    }

    private static Optional<SavedView> savedView(List<SavedView> saved, String view) {
        if (!view.strip().matches("\\d{1,18}")) {
            return Optional.empty();
        }
        long id = Long.parseLong(view.strip());
        return saved.stream().filter(v -> v.getId() == id).findFirst();
    }

    /** The filter the queries take, for the signed-in reader; "mine" for an account that is nobody's shows everyone's. */
    private static CaseFilter filterOf(ViewCriteria c) {
        return new CaseFilter(
                c.status(),
                c.priority(),
                c.topic(),
                c.channel(),
                c.type(),
                c.sla(),
                c.owner() == null ? null : c.owner().name(),
                CurrentUser.get().map(KantorUser::employeeId).orElse(null),
                c.openOnly(),
                c.text(),
                PAGE_SIZE);
    }

    /** The page asked for, from 1; anything else is the first page. */
    private static int pageNumber(String page) {
        if (page == null || !page.strip().matches("\\d{1,5}")) {
            return 1;
        }
        return Math.max(1, Math.min(Integer.parseInt(page.strip()), CaseQueries.MAX_OFFSET / PAGE_SIZE));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
