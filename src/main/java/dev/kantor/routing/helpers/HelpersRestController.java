package dev.kantor.routing.helpers;

import java.util.Set;

import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.security.KantorUser;
import dev.kantor.platform.web.PageQuery;
import dev.kantor.platform.web.Paged;
import dev.kantor.platform.web.Sortable;
import dev.kantor.routing.HelpAnswer;
import dev.kantor.routing.WhoCanHelp;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who can help with a topic now, and who can serve each topic, through the REST API. */
@RestController
@RequestMapping("/api")
@Tag(name = "Routing")
class HelpersRestController {

    private final WhoCanHelp whoCanHelp;
    private final TopicCoverage coverage;

    HelpersRestController(WhoCanHelp whoCanHelp, TopicCoverage coverage) {
        this.whoCanHelp = whoCanHelp;
        this.coverage = coverage;
    }

    @GetMapping("/helpers")
    @Operation(
            summary = "Who can help with a topic now",
            description = "People available now who hold the topic's "
                    + "skills, best first: those who speak the customer's language, then higher skill, then fewer open cases "
                    + "and pending handoffs, then front office before back office; the best limit of them (20 unless asked, "
                    + "at most 500), and availableCount of all who are available. Each says whether they work remotely "
                    + "today (remote, workingFromHome): for a customer at the counter (inPerson) people on site come "
                    + "before remote ones, who stay listed for a call; otherwise remote changes nothing. The fallback (the topic team's queue, with "
                    + "the on-duty manager alerted, and the earliest time someone qualified is expected back) is always there; "
                    + "its reason says why nobody is listed when nobody is.")
    HelpAnswer helpers(
            @RequestParam String topic,
            @RequestParam(required = false) String language,
            @RequestParam(defaultValue = "20") int limit,
            @Parameter(description = "The customer is at the counter (a walk-in): people on site first")
                    @RequestParam(defaultValue = "false")
                    boolean inPerson) {
        // the caller is not offered to themselves; an account that is nobody's may still ask
        Long me = CurrentUser.get().map(KantorUser::employeeId).orElse(null);
        return whoCanHelp.ask(topic, language, me == null ? Set.of() : Set.of(me), limit, inPerson);
    }

    @GetMapping("/topics/coverage")
    @Operation(
            summary = "Who can serve each topic right now",
            description = "For every active topic: qualified "
                    + "people, how many are available now, and how many are on a break or away. available = 0 means nobody "
                    + "on duty can serve it.")
    @Sortable({"topic", "available"})
    Paged<CoverageResponse> coverage(PageQuery paging) {
        return paging.inMemory(coverage.now().stream()
                .map(l -> new CoverageResponse(
                        l.topic().code(), l.qualified(), l.available(), l.onBreakOrAway(), l.uncovered()))
                .toList());
    }

    record CoverageResponse(String topic, int qualified, int available, int onBreakOrAway, boolean uncovered) {}
}
