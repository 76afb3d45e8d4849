package dev.kantor.staffing;

import java.util.Arrays;

import dev.kantor.cases.Channel;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class QueueChannelTest {

    @ParameterizedTest
    @EnumSource(Channel.class)
    void everyChannelACaseCanHaveCountsInExactlyOneKindOfQueue(Channel channel) {
        assertThat(Arrays.stream(QueueChannel.values())
                        .filter(q -> q.caseChannels().contains(channel)))
                .as("the queue channels whose history counts %s cases", channel)
                .hasSize(1);
    }
}
