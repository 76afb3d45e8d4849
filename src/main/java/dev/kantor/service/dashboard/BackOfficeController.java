package dev.kantor.service.dashboard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.kantor.people.Department;
import dev.kantor.people.People;
import dev.kantor.platform.KantorException;
import dev.kantor.service.catalogue.Catalogue;
import dev.kantor.service.catalogue.Workplace;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The back-office manager's page. */
@Controller
class BackOfficeController {

    private final BackOfficeFigures figures;
    private final Workplace workplace;
    private final Catalogue catalogue;
    private final People people;

    BackOfficeController(BackOfficeFigures figures, Workplace workplace, Catalogue catalogue, People people) {
        this.figures = figures;
        this.workplace = workplace;
        this.catalogue = catalogue;
        this.people = people;
    }

    @GetMapping("/service/dashboard")
    String page(@RequestParam(required = false) Long departmentId, Model model) {
        long department = department(departmentId);
        model.addAttribute("f", figures.of(department));
        model.addAttribute("departmentId", department);
        model.addAttribute("managed", catalogue.managedDepartments());
        Map<Long, String> services = new HashMap<>();
        catalogue.ofDepartment(department).forEach(s -> services.put(s.id(), s.name(LocaleContextHolder.getLocale())));
        model.addAttribute("services", services);
        model.addAttribute(
                "department",
                people.department(department)
                        .map(d -> d.name(LocaleContextHolder.getLocale()))
                        .orElse("?"));
        return "service/dashboard";
    }

    /** The department asked for, or the reader's own, or the first they manage. */
    long department(Long departmentId) {
        if (departmentId != null) {
            return departmentId;
        }
        List<Department> managed = catalogue.managedDepartments();
        Long mine = workplace.me().departmentId();
        if (mine != null) {
            return mine;
        }
        if (managed.isEmpty()) {
            throw new KantorException(KantorException.Kind.FORBIDDEN, "service.dashboard.not-yours");
        }
        return managed.get(0).getId();
    }
}
