package dev.kantor.staffing.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The staffing overview: the calculator and the work queues with their forecasts. */
@Controller
class StaffingController {

    @GetMapping("/staffing")
    String overview() {
        return "redirect:/staffing/calculator";
    }
}
