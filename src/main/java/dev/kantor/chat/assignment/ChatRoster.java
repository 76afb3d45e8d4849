package dev.kantor.chat.assignment;

import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.kantor.chat.ChatQueue;
import dev.kantor.people.Employee;
import dev.kantor.people.People;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.InvalidInput;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The chat queue's roster in the database, read on every offer so that every node offers alike. */
@Service
@Transactional
class ChatRoster implements ChatQueue {

    private final JdbcClient jdbc;
    private final People people;

    ChatRoster(JdbcClient jdbc, People people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    @Override
    public void staff(long employeeId, int maxChats) {
        new InputCheck().range("maxChats", maxChats, 1, MOST_CHATS).throwIfAny();
        if (people.employee(employeeId).filter(Employee::isActive).isEmpty()) {
            throw InvalidInput.of("employeeId", "chat.agents.unknown-employee");
        }
        if (jdbc.sql("update chat_agent set max_chats = ? where employee_id = ?")
                        .params(maxChats, employeeId)
                        .update()
                == 0) {
            jdbc.sql("insert into chat_agent (employee_id, max_chats) values (?, ?)")
                    .params(employeeId, maxChats)
                    .update();
        }
    }

    @Override
    public void release(long employeeId) {
        jdbc.sql("delete from chat_agent where employee_id = ?")
                .param(employeeId)
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Integer> agents() {
        Map<Long, Integer> agents = new LinkedHashMap<>();
        jdbc.sql("select employee_id, max_chats from chat_agent order by employee_id")
                .query((ResultSet rs) -> {
                    agents.put(rs.getLong(1), rs.getInt(2));
                });
        return agents;
    }
}
