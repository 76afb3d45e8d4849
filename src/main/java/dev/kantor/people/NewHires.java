package dev.kantor.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kantor.people.importing.NewHire;

import org.springframework.stereotype.Component;

/**
 * Stores a checked file's new hires: every one first, then the managers named within the file,
 * so that the order of the lines does not matter.
 */
@Component
class NewHires {

    private final Employees employees;
    private final EmployeeRecords records;

    NewHires(Employees employees, EmployeeRecords records) {
        this.employees = employees;
        this.records = records;
    }

    /** @return the employees as stored, in the order of the hires */
    List<Employee> store(List<NewHire> hires) {
        Map<String, Employee> stored = new LinkedHashMap<>();
        for (NewHire hire : hires) {
            stored.put(hire.details().normalizedEmail(), records.storeNew(Employee.hire(hire.details())));
        }
        List<Employee> hired = new ArrayList<>();
        for (NewHire hire : hires) {
            Employee employee = stored.get(hire.details().normalizedEmail());
            if (hire.managerInFile() != null) {
                EmployeeDetails details = hire.details()
                        .withManager(stored.get(hire.managerInFile()).getId());
                employee.change(details, employee.getVersion());
                employee = employees.save(employee);
            }
            hired.add(employee);
        }
        return hired;
    }
}
