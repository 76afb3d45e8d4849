package dev.kantor.policies.handbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.kantor.people.Office;
import dev.kantor.people.People;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.web.FormProblems;
import dev.kantor.platform.web.Viewer;
import dev.kantor.policies.Approach;
import dev.kantor.policies.PolicyCategory;
import dev.kantor.policies.PolicyVersionRef;
import dev.kantor.policies.ScopeKind;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * HR's handbook pages: the policies, a policy's versions (old ones stay readable), writing drafts and publishing
 * them; and the decisions per category, which managers take and sign off. Only HR and admins see drafts.
 */
@Controller
class HandbookController {

    private final HandbookService handbook;
    private final PolicyStore store;
    private final Decisions decisions;
    private final People people;
    private final MessageSource messages;

    HandbookController(
            HandbookService handbook, PolicyStore store, Decisions decisions, People people, MessageSource messages) {
        this.handbook = handbook;
        this.store = store;
        this.decisions = decisions;
        this.people = people;
        this.messages = messages;
    }

    /** A policy on HR's list: its newest version and its newest published one. */
    record Listed(
            long policyId, PolicyCategory category, StoredVersion newest, StoredVersion published, int versions) {}

    @GetMapping("/policies")
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    String list(Model model) {
        Map<Long, List<StoredVersion>> byPolicy = new LinkedHashMap<>();
        for (StoredVersion v : store.all()) {
            byPolicy.computeIfAbsent(v.policyId(), id -> new ArrayList<>()).add(v);
        }
        List<Listed> listed = new ArrayList<>();
        byPolicy.forEach((id, versions) -> listed.add(new Listed(
                id,
                versions.get(0).category(),
                versions.get(versions.size() - 1),
                versions.stream()
                        .filter(StoredVersion::isPublished)
                        .reduce((a, b) -> b)
                        .orElse(null),
                versions.size())));
        listed.sort(Comparator.comparing(Listed::category).thenComparing(Listed::policyId));
        model.addAttribute("policies", listed);
        model.addAttribute("categories", PolicyCategory.values());
        return "policies/list";
    }

    @GetMapping("/policies/{policyId}")
    String versions(@PathVariable long policyId, Model model) {
        boolean hr = Viewer.current().mayAdministerPeople();
        List<StoredVersion> versions = store.versionsOf(policyId).stream()
                .filter(HandbookRestController::mayRead)
                .toList();
        if (versions.isEmpty()) {
            throw KantorException.notFound("policies.not-found");
        }
        Map<Long, List<StoredVersion>> conflicts = new LinkedHashMap<>();
        if (hr) {
            for (StoredVersion v : versions) {
                if (!v.isPublished()) {
                    conflicts.put(
                            v.id(),
                            handbook.conflictsOf(v).stream()
                                    .map(c -> store.version(c.second().versionId())
                                            .orElseThrow())
                                    .toList());
                }
            }
        }
        model.addAttribute("policyId", policyId);
        model.addAttribute("category", versions.get(0).category());
        model.addAttribute("versions", versions);
        model.addAttribute("conflicts", conflicts);
        model.addAttribute("scopeNames", scopeNames(versions));
        return "policies/versions";
    }

    @GetMapping("/policies/new")
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    String newPolicy(@RequestParam(required = false) PolicyCategory category, Model model) {
        PolicyForm form = new PolicyForm();
        form.setCategory(category);
        return form(model, form, null, null);
    }

    @PostMapping("/policies/new")
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    String createPolicy(
            @ModelAttribute("form") PolicyForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        if (form.getCategory() == null) {
            result.rejectValue("category", "validation.required");
        }
        if (!result.hasErrors()) {
            try {
                PolicyVersionRef ref = handbook.newPolicy(form.getCategory(), form.draft(form.getCategory()));
                redirect.addFlashAttribute("success", text("policies.saved"));
                return "redirect:/policies/" + ref.policyId();
            } catch (KantorException e) {
                FormProblems.bind(e, result, field -> field(field, form));
            }
        }
        return form(model, form, null, null);
    }

    @GetMapping("/policies/{policyId}/versions/new")
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    String newVersion(@PathVariable long policyId, Model model) {
        StoredVersion latest = store.versionsOf(policyId).stream()
                .findFirst()
                .orElseThrow(() -> KantorException.notFound("policies.not-found"));
        PolicyForm form = PolicyForm.of(latest);
        form.setEffectiveFrom(null);
        return form(model, form, policyId, null);
    }

    @PostMapping("/policies/{policyId}/versions/new")
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    String createVersion(
            @PathVariable long policyId,
            @ModelAttribute("form") PolicyForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        PolicyCategory category =
                store.categoryOf(policyId).orElseThrow(() -> KantorException.notFound("policies.not-found"));
        form.setCategory(category);
        if (!result.hasErrors()) {
            try {
                handbook.newVersion(policyId, form.draft(category));
                redirect.addFlashAttribute("success", text("policies.saved"));
                return "redirect:/policies/" + policyId;
            } catch (KantorException e) {
                FormProblems.bind(e, result, field -> field(field, form));
            }
        }
        return form(model, form, policyId, null);
    }

    @GetMapping("/policies/versions/{versionId}/edit")
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    String edit(@PathVariable long versionId, Model model) {
        StoredVersion v = store.version(versionId).orElseThrow(() -> KantorException.notFound("policies.not-found"));
        if (v.isPublished()) {
            throw KantorException.conflict("policies.published-is-final");
        }
        return form(model, PolicyForm.of(v), v.policyId(), v);
    }

    @PostMapping("/policies/versions/{versionId}/edit")
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    String change(
            @PathVariable long versionId,
            @ModelAttribute("form") PolicyForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        StoredVersion v = store.version(versionId).orElseThrow(() -> KantorException.notFound("policies.not-found"));
        form.setCategory(v.category());
        if (!result.hasErrors()) {
            try {
                handbook.changeDraft(versionId, form.draft(v.category()), form.getVersion());
                redirect.addFlashAttribute("success", text("policies.saved"));
                return "redirect:/policies/" + v.policyId();
            } catch (KantorException e) {
                FormProblems.bind(e, result, field -> field(field, form));
            } catch (org.springframework.dao.OptimisticLockingFailureException e) {
                result.reject("error.concurrent-change");
            }
        }
        return form(model, form, v.policyId(), v);
    }

    @PostMapping("/policies/versions/{versionId}/publish")
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    String publish(@PathVariable long versionId, @RequestParam int version, RedirectAttributes redirect) {
        StoredVersion v = store.version(versionId).orElseThrow(() -> KantorException.notFound("policies.not-found"));
        try {
            handbook.publish(versionId, version);
            redirect.addFlashAttribute("success", text("policies.published", v.title(locale())));
        } catch (KantorException e) {
            redirect.addFlashAttribute("failure", text(e.messageKey(), e.args()));
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("failure", text("error.concurrent-change"));
        }
        return "redirect:/policies/" + v.policyId();
    }

    @PostMapping("/policies/versions/{versionId}/sign-off")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    String signOffVersion(@PathVariable long versionId, @RequestParam int version, RedirectAttributes redirect) {
        StoredVersion v = store.version(versionId).orElseThrow(() -> KantorException.notFound("policies.not-found"));
        try {
            handbook.signOffVersion(versionId, version);
            redirect.addFlashAttribute("success", text("policies.version-sign-off.done", v.title(locale())));
        } catch (KantorException e) {
            redirect.addFlashAttribute("failure", text(e.messageKey(), e.args()));
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("failure", text("error.concurrent-change"));
        }
        return "redirect:/policies/" + v.policyId();
    }

    @PostMapping("/policies/versions/{versionId}/delete")
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    String delete(@PathVariable long versionId, @RequestParam int version, RedirectAttributes redirect) {
        StoredVersion v = store.version(versionId).orElseThrow(() -> KantorException.notFound("policies.not-found"));
        try {
            handbook.deleteDraft(versionId, version);
            redirect.addFlashAttribute("success", text("policies.deleted"));
        } catch (KantorException e) {
            redirect.addFlashAttribute("failure", text(e.messageKey(), e.args()));
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("failure", text("error.concurrent-change"));
        }
        return store.versionsOf(v.policyId()).isEmpty() ? "redirect:/policies" : "redirect:/policies/" + v.policyId();
    }

    /** A decision as the page shows it: the category, and management's decision if taken. */
    record DecisionLine(PolicyCategory category, Decision decision) {}

    @GetMapping("/policies/decisions")
    @PreAuthorize("hasAnyRole('HR', 'ADMIN', 'MANAGER')")
    String decisions(Model model) {
        Map<PolicyCategory, Decision> taken = new LinkedHashMap<>();
        decisions.all().forEach(d -> taken.put(d.category(), d));
        List<DecisionLine> lines = new ArrayList<>();
        for (PolicyCategory category : PolicyCategory.values()) {
            lines.add(new DecisionLine(category, taken.get(category)));
        }
        model.addAttribute("lines", lines);
        model.addAttribute("approaches", Approach.values());
        List<StoredVersion> awaiting = store.all().stream()
                .filter(v -> !v.isPublished() && v.needsSignOff() && !v.isSignedOff())
                .toList();
        model.addAttribute("awaiting", awaiting);
        model.addAttribute("scopeNames", scopeNames(awaiting));
        return "policies/decisions";
    }

    @PostMapping("/policies/decisions/{category}")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    String decide(
            @PathVariable PolicyCategory category,
            @RequestParam(required = false) Approach approach,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            handbook.decide(category, approach, reason);
            redirect.addFlashAttribute("success", text("policies.decisions.saved"));
        } catch (KantorException e) {
            redirect.addFlashAttribute("failure", text("policies.decisions.incomplete"));
        }
        return "redirect:/policies/decisions";
    }

    @PostMapping("/policies/decisions/{category}/sign-off")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    String signOff(@PathVariable PolicyCategory category, @RequestParam int version, RedirectAttributes redirect) {
        try {
            handbook.signOff(category, version);
            redirect.addFlashAttribute("success", text("policies.decisions.signed-off"));
        } catch (KantorException e) {
            redirect.addFlashAttribute("failure", text(e.messageKey(), e.args()));
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("failure", text("error.concurrent-change"));
        }
        return "redirect:/policies/decisions";
    }

    private String form(Model model, PolicyForm form, Long policyId, StoredVersion editing) {
        model.addAttribute("form", form);
        model.addAttribute("policyId", policyId);
        model.addAttribute("editing", editing);
        model.addAttribute("categories", PolicyCategory.values());
        model.addAttribute("scopeKinds", ScopeKind.values());
        model.addAttribute("officeNames", List.of(Office.FRONT.name(), Office.BACK.name(), Office.HYBRID.name()));
        model.addAttribute(
                "departments",
                people.departments().stream().filter(d -> d.isActive()).toList());
        model.addAttribute(
                "positions",
                people.positions().stream().filter(p -> p.isActive()).toList());
        model.addAttribute("employees", people.activeEmployees());
        return "policies/form";
    }

    /** Where a rule's field shows on the form: the scope's targets on the list of the kind chosen. */
    private static String field(String field, PolicyForm form) {
        if (!field.equals("scopeTargets")) {
            return field;
        }
        return switch (form.getScopeKind() == null ? ScopeKind.EVERYONE : form.getScopeKind()) {
            case OFFICE -> "offices";
            case DEPARTMENTS -> "departmentIds";
            case POSITIONS -> "positionIds";
            case EMPLOYEES -> "employeeIds";
            default -> "scopeKind";
        };
    }

    /** Each version's scope in words: the offices, departments, positions or people it names. */
    private Map<Long, String> scopeNames(List<StoredVersion> versions) {
        Locale locale = locale();
        Map<Long, String> names = new LinkedHashMap<>();
        for (StoredVersion v : versions) {
            names.put(v.id(), ScopeWords.of(v.scope(), people, messages, locale));
        }
        return names;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, locale());
    }

    private static Locale locale() {
        return org.springframework.context.i18n.LocaleContextHolder.getLocale();
    }
}
