from marika.core.history import History


def test_undo_redo_walks_the_states():
    h = History({"labels": []})
    assert h.record({"labels": ["a"]})
    assert h.record({"labels": ["a", "b"]})
    assert h.undo() == {"labels": ["a"]}
    assert h.undo() == {"labels": []}
    assert h.undo() is None
    assert h.redo() == {"labels": ["a"]}
    assert h.redo() == {"labels": ["a", "b"]}
    assert h.redo() is None


def test_new_change_after_undo_drops_the_redo_branch():
    h = History({})
    h.record({"labels": ["a"]})
    h.record({"labels": ["b"]})
    h.undo()
    h.record({"labels": ["c"]})
    assert not h.can_redo()
    assert h.undo() == {"labels": ["a"]}


def test_same_value_is_not_a_step():
    h = History({"labels": ["a"]})
    assert not h.record({"labels": ["a"]})
    assert not h.can_undo()


def test_values_are_copied():
    value = {"labels": ["a"]}
    h = History({})
    h.record(value)
    value["labels"].append("zzz")
    assert h.current == {"labels": ["a"]}
    h.current["labels"].append("yyy")
    assert h.current == {"labels": ["a"]}


def test_limit_drops_oldest():
    h = History({"n": 0}, limit=3)
    for n in range(1, 6):
        h.record({"n": n})
    assert h.undo() == {"n": 4}
    assert h.undo() == {"n": 3}
    assert h.undo() is None


def test_reset_forgets_everything():
    h = History({})
    h.record({"labels": ["a"]})
    h.reset({"labels": ["z"]})
    assert h.current == {"labels": ["z"]}
    assert not h.can_undo() and not h.can_redo()
