package dev.kantor.cases.resolution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.security.KantorUser;
import dev.kantor.platform.security.Role;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The waiting approvals the signed-in person sees: those waiting on them to decide, those waiting on
 * the people below them in the management line (which they may decide too), and for admins every
 * other one, stalled ones first. The approvals page lists exactly these and the complaints board
 * counts exactly these, so that the count and the list always agree.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('AGENT', 'MANAGER', 'ADMIN', 'STAFF')")
public class VisibleApprovals {

    /**
     * What one person sees, each approval once.
     *
     * @param mine   waiting on them
     * @param below  waiting on someone below them; they may decide these
     * @param others every other waiting approval, for admins (who may send one on); empty for everyone else
     */
    public record InView(List<ResolutionAction> mine, List<ResolutionAction> below, List<ResolutionAction> others) {

        public int total() {
            return mine.size() + below.size() + others.size();
        }
    }

    private final Resolutions resolutions;

    VisibleApprovals(Resolutions resolutions) {
        this.resolutions = resolutions;
    }

    /** What the signed-in person sees. */
    public InView current() {
        Long me = CurrentUser.get().map(KantorUser::employeeId).orElse(null);
        boolean admin = CurrentUser.get().map(u -> u.role() == Role.ADMIN).orElse(false);
        List<ResolutionAction> mine = me == null ? List.of() : resolutions.waitingFor(me);
        List<ResolutionAction> below = me == null ? List.of() : resolutions.waitingBelow(me);
        List<ResolutionAction> others = new ArrayList<>();
        if (admin) {
            Set<Long> seen = new HashSet<>();
            mine.forEach(a -> seen.add(a.getId()));
            below.forEach(a -> seen.add(a.getId()));
            resolutions.pending().stream()
                    .filter(a -> !seen.contains(a.getId()))
                    .forEach(others::add);
            others.sort(Comparator.comparing((ResolutionAction a) -> a.getStalledAt() == null)
                    .thenComparing(ResolutionAction::getProposedAt));
        }
        return new InView(mine, below, others);
    }
}
