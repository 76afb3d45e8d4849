package dev.kantor.cases.web;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.kantor.cases.AuthorityDelegation;
import dev.kantor.cases.Delegation;
import dev.kantor.cases.ResolutionType;
import dev.kantor.people.Employee;
import dev.kantor.people.People;
import dev.kantor.people.Position;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.web.EnumParameters;
import dev.kantor.platform.web.FieldProblems;

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

/** Managers delegate authority for resolution actions, per position or per employee. */
@Controller
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class AuthorityController {

    private final AuthorityDelegation delegation;
    private final People people;
    private final MessageSource messages;
    private final FieldProblems fieldProblems;

    AuthorityController(AuthorityDelegation delegation, People people, MessageSource messages,
            FieldProblems fieldProblems) {
        this.delegation = delegation;
        this.people = people;
        this.messages = messages;
        this.fieldProblems = fieldProblems;
    }

    @GetMapping("/authority")
    String list(Model model) {
        Map<Long, Position> positions = people.positions().stream()
                .collect(Collectors.toMap(Position::getId, Function.identity()));
        Map<Long, Employee> employees = people.activeEmployees().stream()
                .collect(Collectors.toMap(Employee::getId, Function.identity()));
        model.addAttribute("delegations", delegation.all());
        model.addAttribute("positionsById", positions);
        model.addAttribute("employeesById", employees);
        model.addAttribute("positions", people.positions().stream().filter(Position::isActive).toList());
        model.addAttribute("employees", people.activeEmployees());
        model.addAttribute("types", ResolutionType.values());
        return "cases/authority";
    }

    @PostMapping("/authority")
    String delegate(@RequestParam(required = false) String scope, @RequestParam(required = false) Long positionId,
            @RequestParam(required = false) Long employeeId, @RequestParam(required = false) String type,
            @RequestParam(required = false) Long maxPerAction, @RequestParam(required = false) Long maxPerDay,
            RedirectAttributes redirect) {
        Delegation.Scope chosen = EnumParameters.parse(Delegation.Scope.class, scope);
        Long scopeId = chosen == Delegation.Scope.EMPLOYEE ? employeeId : positionId;
        String name = chosen == Delegation.Scope.EMPLOYEE
                ? people.employee(scopeId == null ? -1 : scopeId).map(Employee::getFullName).orElse("?")
                : people.position(scopeId == null ? -1 : scopeId).map(Position::getTitleEn).orElse("?");
        try {
            delegation.delegate(chosen, scopeId, EnumParameters.parse(ResolutionType.class, type), maxPerAction,
                    maxPerDay, name);
            redirect.addFlashAttribute("success", text("authority.saved"));
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("failure", fieldProblems.of(e, field -> "authority.field." + field));
        } catch (KantorException e) {
            redirect.addFlashAttribute("failure", text(e.messageKey(), e.args()));
        }
        return "redirect:/authority";
    }

    @PostMapping("/authority/{id}/withdraw")
    String withdraw(@PathVariable long id, RedirectAttributes redirect) {
        delegation.withdraw(id);
        redirect.addFlashAttribute("success", text("authority.withdrawn"));
        return "redirect:/authority";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
