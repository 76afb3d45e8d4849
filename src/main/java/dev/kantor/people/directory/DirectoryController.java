package dev.kantor.people.directory;

import dev.kantor.people.DirectoryQuery;
import dev.kantor.people.Office;
import dev.kantor.people.People;
import dev.kantor.people.SpokenLanguage;
import dev.kantor.platform.i18n.Localized;
import dev.kantor.platform.web.EnumParameters;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The people directory: everyone may browse and filter it. */
@Controller
class DirectoryController {

    private final People people;

    DirectoryController(People people) {
        this.people = people;
    }

    @GetMapping("/people")
    String directory(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long department,
            @RequestParam(required = false) String office,
            @RequestParam(required = false) Long skill,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        Office officeFilter = EnumParameters.parse(Office.class, office);
        DirectoryQuery.Status statusFilter = EnumParameters.parse(DirectoryQuery.Status.class, status);
        DirectoryQuery query =
                new DirectoryQuery(q, department, officeFilter, skill, null, language, statusFilter, page, 25);
        model.addAttribute("result", people.search(query));
        model.addAttribute("query", query);
        model.addAttribute("offices", Office.values());
        model.addAttribute("statuses", DirectoryQuery.Status.values());
        model.addAttribute("departments", Localized.sorted(people.departments(), (d, l) -> d.name(l)));
        model.addAttribute("skills", Localized.sorted(people.skills(), (s, l) -> s.name(l)));
        model.addAttribute("languages", SpokenLanguage.COMMON);
        // htmx asks for the results only, as the filters change
        return htmx != null ? "people/directory :: results" : "people/directory";
    }
}
