package dev.kantor.floor.board;

import java.time.Clock;

import dev.kantor.floor.FloorBoard;
import dev.kantor.floor.FloorSnapshot;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The wall view: the live board, read-only, in large type and without a menu, for a screen on the
 * floor that nobody signs in to. The long random token in the address is the secret; a token nobody
 * has, or one revoked, is a plain 404.
 */
@Controller
class WallController {

    private final FloorBoard board;
    private final WallLinks walls;
    private final Clock clock;

    WallController(FloorBoard board, WallLinks walls, Clock clock) {
        this.board = board;
        this.walls = walls;
        this.clock = clock;
    }

    @GetMapping("/floor/wall/{token}")
    String wall(@PathVariable String token, Model model) {
        WallLinks.WallLink link = walls.opened(token).orElseThrow(WallController::unknown);
        FloorSnapshot snapshot = board.snapshot(clock.instant());
        model.addAttribute("link", link);
        model.addAttribute("snapshot", snapshot);
        model.addAttribute("seen", FloorTimes.fingerprint(snapshot.queues()));
        model.addAttribute("poll", "/floor/wall/" + token + "/board");
        return "floor/board/wall";
    }

    @GetMapping("/floor/wall/{token}/board")
    Object fragment(@PathVariable String token, @RequestParam(required = false) String seen, Model model) {
        walls.opened(token).orElseThrow(WallController::unknown);
        FloorSnapshot snapshot = board.snapshot(clock.instant());
        String fingerprint = FloorTimes.fingerprint(snapshot.queues());
        if (fingerprint.equals(seen)) {
            return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
        }
        model.addAttribute("snapshot", snapshot);
        model.addAttribute("seen", fingerprint);
        model.addAttribute("poll", "/floor/wall/" + token + "/board");
        return "floor/board/parts :: board";
    }

    private static ResponseStatusException unknown() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
