package org.redress.ui.lock;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IdleTimerTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final AtomicInteger locks = new AtomicInteger();
    private final IdleTimer timer = new IdleTimer(Duration.ofMinutes(10), now::get, locks::incrementAndGet);

    private void pass(Duration d) {
        now.addAndGet(d.toNanos());
    }

    @Test
    void it_locks_once_after_the_idle_minutes_and_not_before() {
        pass(Duration.ofMinutes(9));
        assertThat(timer.check()).isFalse();
        pass(Duration.ofMinutes(1));
        assertThat(timer.check()).isTrue();
        assertThat(timer.check()).isFalse();
        assertThat(locks).hasValue(1);
        assertThat(timer.locked()).isTrue();
    }

    @Test
    void activity_restarts_the_idle_time_but_not_while_locked() {
        pass(Duration.ofMinutes(8));
        timer.activity();
        pass(Duration.ofMinutes(8));
        assertThat(timer.check()).isFalse();
        pass(Duration.ofMinutes(2));
        assertThat(timer.check()).isTrue();

        timer.activity();
        assertThat(timer.locked()).isTrue();
        timer.unlocked();
        pass(Duration.ofMinutes(9));
        assertThat(timer.check()).isFalse();
        pass(Duration.ofMinutes(1));
        assertThat(timer.check()).isTrue();
        assertThat(locks).hasValue(2);
    }

    @Test
    void a_zero_idle_time_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new IdleTimer(Duration.ZERO, now::get, () -> { }));
    }
}
