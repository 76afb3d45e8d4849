package dev.kantor.assessment.profiles;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kantor.assessment.Dimension;
import dev.kantor.assessment.Leaning;
import dev.kantor.assessment.taking.ProblemTexts;
import dev.kantor.people.Department;
import dev.kantor.people.People;
import dev.kantor.people.Position;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;

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

/** HR defines role profiles: a default per department and, where a position differs, its own. */
@Controller
@PreAuthorize("hasRole('HR')")
class RoleProfilesController {

    private final RoleProfiles profiles;
    private final People people;
    private final MessageSource messages;
    private final ProblemTexts problemTexts;

    RoleProfilesController(RoleProfiles profiles, People people, MessageSource messages, ProblemTexts problemTexts) {
        this.profiles = profiles;
        this.people = people;
        this.messages = messages;
        this.problemTexts = problemTexts;
    }

    @GetMapping("/assessment/profiles")
    String list(Model model) {
        Map<Long, RoleProfile> byPosition = new HashMap<>();
        Map<Long, RoleProfile> byDepartment = new HashMap<>();
        for (RoleProfile p : profiles.all()) {
            if (p.positionId() != null) {
                byPosition.put(p.positionId(), p);
            } else {
                byDepartment.put(p.departmentId(), p);
            }
        }
        Map<Department, List<Position>> positions = new LinkedHashMap<>();
        List<Position> all = people.positions();
        for (Department d : people.departments()) {
            if (d.isActive()) {
                positions.put(
                        d,
                        all.stream()
                                .filter(p -> p.isActive() && p.getDepartmentId().equals(d.getId()))
                                .toList());
            }
        }
        model.addAttribute("positions", positions);
        model.addAttribute("byPosition", byPosition);
        model.addAttribute("byDepartment", byDepartment);
        return "assessment/profiles";
    }

    @GetMapping("/assessment/profiles/positions/{id}")
    String position(@PathVariable long id, Model model) {
        Position position =
                people.position(id).orElseThrow(() -> KantorException.notFound("assessment.profile.no-position"));
        RoleProfile profile = profiles.ofPosition(id).orElse(null);
        return form(
                model,
                position,
                null,
                profile,
                values(profile, position.office().name()),
                Map.of());
    }

    @PostMapping("/assessment/profiles/positions/{id}")
    String savePosition(
            @PathVariable long id,
            @RequestParam Map<String, String> parameters,
            Model model,
            RedirectAttributes redirect) {
        Position position =
                people.position(id).orElseThrow(() -> KantorException.notFound("assessment.profile.no-position"));
        try {
            profiles.save(ProfileParameters.read(id, null, parameters));
            redirect.addFlashAttribute("success", text("assessment.profile.saved"));
            return "redirect:/assessment/profiles";
        } catch (InvalidInput e) {
            return form(
                    model, position, null, profiles.ofPosition(id).orElse(null), parameters, problemTexts.byField(e));
        }
    }

    @GetMapping("/assessment/profiles/departments/{id}")
    String department(@PathVariable long id, Model model) {
        Department department =
                people.department(id).orElseThrow(() -> KantorException.notFound("assessment.profile.no-department"));
        RoleProfile profile = profiles.ofDepartment(id).orElse(null);
        return form(model, null, department, profile, values(profile, Leaning.BACK.name()), Map.of());
    }

    @PostMapping("/assessment/profiles/departments/{id}")
    String saveDepartment(
            @PathVariable long id,
            @RequestParam Map<String, String> parameters,
            Model model,
            RedirectAttributes redirect) {
        Department department =
                people.department(id).orElseThrow(() -> KantorException.notFound("assessment.profile.no-department"));
        try {
            profiles.save(ProfileParameters.read(null, id, parameters));
            redirect.addFlashAttribute("success", text("assessment.profile.saved"));
            return "redirect:/assessment/profiles";
        } catch (InvalidInput e) {
            return form(
                    model,
                    null,
                    department,
                    profiles.ofDepartment(id).orElse(null),
                    parameters,
                    problemTexts.byField(e));
        }
    }

    /** The form's values as the parameters it sends, so that a refused form shows what was typed. */
    private static Map<String, String> values(RoleProfile profile, String office) {
        Map<String, String> values = new HashMap<>();
        values.put("office", profile == null ? office : profile.office().name());
        if (profile != null) {
            values.put("version", String.valueOf(profile.version()));
            profile.skills().forEach((id, level) -> values.put("skill-" + id, String.valueOf(level)));
            profile.ranges().forEach((d, r) -> {
                values.put("low-" + d, String.valueOf(r.low()));
                values.put("high-" + d, String.valueOf(r.high()));
            });
        }
        return values;
    }

    private String form(
            Model model,
            Position position,
            Department department,
            RoleProfile profile,
            Map<String, String> values,
            Map<String, String> errors) {
        model.addAttribute("position", position);
        model.addAttribute("department", department);
        model.addAttribute("profile", profile);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("skills", people.skills());
        model.addAttribute("dimensions", Dimension.values());
        model.addAttribute("baseline", position != null && RoleProfiles.needsCustomerServiceBaseline(position));
        model.addAttribute("baselineLevel", dev.kantor.assessment.fit.Profile.CUSTOMER_SERVICE_BASELINE);
        return "assessment/profile-form";
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
