package dev.kantor.mailin.receiving;

import java.util.List;
import java.util.Map;

import dev.kantor.mailin.mailboxes.Mailbox;
import dev.kantor.mailin.mailboxes.MailboxMode;
import dev.kantor.mailin.mailboxes.Mailboxes;
import dev.kantor.people.People;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.web.FormProblems;
import dev.kantor.routing.TopicCatalogue;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The mailboxes' pages, for admins: the list with each mailbox's state, connecting and changing one,
 * and a mailbox's latest mails with what became of each. The password is never shown or filled in.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class MailboxPagesController {

    private final Mailboxes mailboxes;
    private final ReceivedMessages messages;
    private final ImapReader reader;
    private final TopicCatalogue topics;
    private final People people;

    MailboxPagesController(
            Mailboxes mailboxes, ReceivedMessages messages, ImapReader reader, TopicCatalogue topics, People people) {
        this.mailboxes = mailboxes;
        this.messages = messages;
        this.reader = reader;
        this.topics = topics;
        this.people = people;
    }

    @GetMapping("/mailin")
    String list(Model model) {
        model.addAttribute("mailboxes", mailboxes.all());
        model.addAttribute("teamNames", teamNames());
        Map<String, String> topicNames = new java.util.HashMap<>();
        topics.all().forEach(t -> topicNames.put(t.code(), topics.name(t.code(), LocaleContextHolder.getLocale())));
        model.addAttribute("topicNames", topicNames);
        return "mailin/mailboxes";
    }

    /** Every department's name in the reader's language, by id: the teams mailboxes open cases for. */
    private Map<Long, String> teamNames() {
        Map<Long, String> names = new java.util.HashMap<>();
        people.departments().forEach(d -> names.put(d.getId(), d.name(LocaleContextHolder.getLocale())));
        return names;
    }

    @GetMapping("/mailin/new")
    String newForm(Model model) {
        return form(model, new MailboxForm(), null);
    }

    @PostMapping("/mailin/new")
    String connect(
            @ModelAttribute("form") MailboxForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        try {
            Mailboxes.Connected connected = mailboxes.connect(form.details());
            if (connected.webhookSecret() != null) {
                redirect.addFlashAttribute("secret", connected.webhookSecret());
            }
            return "redirect:/mailin/" + connected.mailbox().id();
        } catch (KantorException e) {
            FormProblems.bind(e, result, Map.of());
            return form(model, form, null);
        }
    }

    @GetMapping("/mailin/{id}")
    String show(@PathVariable long id, Model model) {
        Mailbox mailbox = mailboxes.require(id);
        model.addAttribute("mailbox", mailbox);
        model.addAttribute(
                "topicName",
                mailbox.topic() == null ? null : topics.name(mailbox.topic(), LocaleContextHolder.getLocale()));
        model.addAttribute(
                "teamName",
                mailbox.teamDepartmentId() == null ? null : teamNames().get(mailbox.teamDepartmentId()));
        model.addAttribute(
                "webhookPath", mailbox.mode() == MailboxMode.WEBHOOK ? WebhookRestController.PATH + id : null);
        model.addAttribute("messages", messages.latest(id, 100));
        return "mailin/mailbox";
    }

    @GetMapping("/mailin/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Mailbox mailbox = mailboxes.require(id);
        return form(model, MailboxForm.of(mailbox), mailbox);
    }

    @PostMapping("/mailin/{id}/edit")
    String change(@PathVariable long id, @ModelAttribute("form") MailboxForm form, BindingResult result, Model model) {
        Mailbox mailbox = mailboxes.require(id);
        try {
            form.setMode(mailbox.mode());
            mailboxes.change(id, form.details());
            return "redirect:/mailin/" + id;
        } catch (KantorException e) {
            FormProblems.bind(e, result, Map.of());
            return form(model, form, mailbox);
        }
    }

    @PostMapping("/mailin/{id}/read")
    String readNow(@PathVariable long id, RedirectAttributes redirect) {
        if (mailboxes.require(id).mode() == MailboxMode.IMAP) {
            redirect.addFlashAttribute("round", reader.read(id));
        }
        return "redirect:/mailin/" + id;
    }

    @PostMapping("/mailin/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        String name = mailboxes.require(id).name();
        try {
            mailboxes.delete(id);
            redirect.addFlashAttribute("deleted", name);
            return "redirect:/mailin";
        } catch (KantorException e) {
            if (e.kind() != KantorException.Kind.CONFLICT) {
                throw e;
            }
            redirect.addFlashAttribute("refused", e.messageKey());
            return "redirect:/mailin/" + id;
        }
    }

    @PostMapping("/mailin/{id}/secret")
    String newSecret(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("secret", mailboxes.newWebhookSecret(id));
        return "redirect:/mailin/" + id;
    }

    private String form(Model model, MailboxForm form, Mailbox mailbox) {
        // a password typed is never sent back to the page
        form.setPassword(null);
        model.addAttribute("form", form);
        model.addAttribute("mailbox", mailbox);
        model.addAttribute("modes", List.of(MailboxMode.values()));
        model.addAttribute("languages", List.of("id", "en"));
        model.addAttribute("topics", topics.active());
        var teams = mailboxes.teams();
        model.addAttribute(
                "teams",
                people.departments().stream()
                        .filter(d -> teams.contains(d.getId()))
                        .toList());
        return "mailin/mailbox-form";
    }
}
