package dev.kantor.floor.board;

import java.time.Clock;

import dev.kantor.floor.FloorBoard;
import dev.kantor.floor.FloorSnapshot;
import dev.kantor.platform.InvalidInput;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The live board for front-office managers and admins: every queue for the rest of the day, polled
 * every ten seconds; a poll that finds nothing changed answers 204 and swaps nothing. Managers make
 * and revoke the private links of the wall view here.
 */
@Controller
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class FloorController {

    private final FloorBoard board;
    private final WallLinks walls;
    private final Clock clock;

    FloorController(FloorBoard board, WallLinks walls, Clock clock) {
        this.board = board;
        this.walls = walls;
        this.clock = clock;
    }

    @GetMapping("/floor")
    String board(Model model) {
        FloorSnapshot snapshot = board.snapshot(clock.instant());
        model.addAttribute("snapshot", snapshot);
        model.addAttribute("seen", FloorTimes.fingerprint(snapshot.queues()));
        model.addAttribute("poll", "/floor/board");
        model.addAttribute("walls", walls.active());
        return "floor/board/board";
    }

    @GetMapping("/floor/board")
    Object fragment(@RequestParam(required = false) String seen, Model model) {
        FloorSnapshot snapshot = board.snapshot(clock.instant());
        String fingerprint = FloorTimes.fingerprint(snapshot.queues());
        if (fingerprint.equals(seen)) {
            return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
        }
        model.addAttribute("snapshot", snapshot);
        model.addAttribute("seen", fingerprint);
        model.addAttribute("poll", "/floor/board");
        return "floor/board/parts :: board";
    }

    @PostMapping("/floor/walls")
    String makeWall(@RequestParam(required = false) String label, RedirectAttributes redirect) {
        try {
            WallLinks.NewWallLink made = walls.make(label);
            redirect.addFlashAttribute(
                    "newWallUrl",
                    ServletUriComponentsBuilder.fromCurrentContextPath()
                            .path("/floor/wall/{token}")
                            .buildAndExpand(made.token())
                            .toUriString());
        } catch (InvalidInput refused) {
            redirect.addFlashAttribute("wallRefused", true);
        }
        return "redirect:/floor#walls";
    }

    @PostMapping("/floor/walls/{id}/revoke")
    String revokeWall(@PathVariable long id, RedirectAttributes redirect) {
        walls.revoke(id);
        redirect.addFlashAttribute("wallRevoked", true);
        return "redirect:/floor#walls";
    }
}
