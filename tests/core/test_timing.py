from marika.core.timing import ActiveTimer, SessionClock


def test_steady_work_is_counted():
    t = ActiveTimer()
    t.start(0.0)
    for s in range(1, 31):
        t.touch(float(s))
    assert t.elapsed_ms(30.0) == 30_000


def test_idle_gap_over_a_minute_is_not_counted():
    t = ActiveTimer()
    t.start(0.0)
    t.touch(10.0)  # 10 s counted
    t.touch(200.0)  # 190 s idle: not counted, clock restarts here
    t.touch(205.0)  # 5 s counted
    assert t.elapsed_ms(205.0) == 15_000


def test_running_gap_counts_until_it_becomes_idle():
    t = ActiveTimer()
    t.start(0.0)
    assert t.elapsed_ms(30.0) == 30_000
    assert t.elapsed_ms(61.0) == 0  # past a minute without input: the gap is idle
    assert t.is_idle(61.0)


def test_exactly_one_minute_still_counts():
    t = ActiveTimer()
    t.start(0.0)
    t.touch(60.0)
    assert t.elapsed_ms(60.0) == 60_000


def test_pause_stops_counting_and_resumes_from_saved_time():
    t = ActiveTimer(already_ms=5_000)
    t.start(0.0)
    t.pause(2.0)
    assert t.elapsed_ms(50.0) == 7_000
    t.start(100.0)
    t.touch(101.0)
    assert t.elapsed_ms(101.0) == 8_000


def test_clock_going_backwards_counts_nothing():
    t = ActiveTimer()
    t.start(10.0)
    t.touch(5.0)
    assert t.elapsed_ms(5.0) == 0


def test_break_suggested_after_long_active_work_and_reset_by_a_pause():
    clock = SessionClock(suggest_after_ms=10 * 60_000, break_ms=5 * 60_000)
    now = 0.0
    clock.touch(now)
    while now < 9 * 60:
        now += 30
        clock.touch(now)
    assert not clock.should_suggest_break(now)
    now += 90  # past ten minutes of input
    for _ in range(4):
        now += 30
        clock.touch(now)
    assert clock.should_suggest_break(now)
    now += 6 * 60  # a real break
    clock.touch(now)
    assert not clock.should_suggest_break(now)


def test_dismissed_break_suggestion_counts_again_from_now():
    clock = SessionClock(suggest_after_ms=60_000)
    clock.touch(0.0)
    for s in range(10, 80, 10):
        clock.touch(float(s))
    assert clock.should_suggest_break(70.0)
    clock.break_taken(70.0)
    assert not clock.should_suggest_break(70.0)
