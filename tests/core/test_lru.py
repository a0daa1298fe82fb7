"""The bounded LRU map behind the desktop's small caches (core/lru.py)."""

import threading

from marika.core.lru import BoundedLRU


def test_the_least_recently_used_entry_goes_first():
    cache = BoundedLRU(2)
    cache.put("a", 1)
    cache.put("b", 2)
    assert cache.get("a") == 1  # "a" is now the most recently used
    cache.put("c", 3)
    assert cache.get("b") is None
    assert (cache.get("a"), cache.get("c"), len(cache)) == (1, 3, 2)


def test_a_look_without_touch_leaves_the_order():
    cache = BoundedLRU(2)
    cache.put("a", 1)
    cache.put("b", 2)
    assert cache.get("a", touch=False) == 1
    cache.put("c", 3)
    assert cache.get("a") is None
    assert cache.get("b") == 2


def test_a_put_again_counts_as_a_use_and_keeps_the_bound():
    cache = BoundedLRU(2)
    cache.put("a", 1)
    cache.put("b", 2)
    cache.put("a", 10)
    cache.put("c", 3)
    assert (cache.get("a"), cache.get("b"), len(cache)) == (10, None, 2)


def test_a_false_value_is_kept_and_found():
    cache = BoundedLRU(4)
    cache.put("refused", False)
    assert cache.get("refused") is False


def test_threads_sharing_it_never_pass_the_bound():
    cache = BoundedLRU(8)

    def work(base):
        for i in range(2000):
            cache.put((base, i), i)
            cache.get((base, i - 1))

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(cache) == 8
