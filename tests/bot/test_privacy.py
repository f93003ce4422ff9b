"""Keyed hashes instead of IDs, the key file, and the per-member rate limiter."""

from __future__ import annotations

import stat

from pydantic import SecretStr

from bot.privacy import KeyedHash, RateLimiter, load_or_create_key

USER_ID = 123456789012345678


def test_keyed_hash_is_stable_per_key_and_hides_the_id():
    one, other = KeyedHash(b"a" * 32), KeyedHash(b"b" * 32)
    assert one("rate", USER_ID) == one("rate", USER_ID)
    assert one("rate", USER_ID) != other("rate", USER_ID)
    assert one("rate", USER_ID) != one("vote", USER_ID)
    assert str(USER_ID) not in one("rate", USER_ID) and "a" * 16 not in repr(one)


def test_key_is_generated_once_private_and_reused(tmp_path):
    path = tmp_path / "bot" / "hash.key"
    key = load_or_create_key(path)
    assert len(key) >= 32 and stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_or_create_key(path) == key


def test_a_configured_key_wins(tmp_path):
    key = load_or_create_key(tmp_path / "hash.key", SecretStr("configured-key-0123456789"))
    assert key == b"configured-key-0123456789" and not (tmp_path / "hash.key").exists()


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_rate_limiter_allows_n_per_minute_then_says_how_long_to_wait():
    clock = Clock()
    limiter = RateLimiter(3, clock)
    assert [limiter.hit("m") for _ in range(3)] == [0.0, 0.0, 0.0]
    clock.now += 10
    assert limiter.hit("m") == 50.0
    assert limiter.hit("other member") == 0.0
    clock.now += 50
    assert limiter.hit("m") == 0.0


def test_refused_questions_do_not_extend_the_wait():
    clock = Clock()
    limiter = RateLimiter(1, clock)
    limiter.hit("m")
    for _ in range(5):
        clock.now += 11
        limiter.hit("m")
    clock.now += 5  # 60 s after the only accepted question
    assert limiter.hit("m") == 0.0


def test_zero_disables_and_idle_members_are_forgotten():
    assert all(RateLimiter(0).hit("m") == 0.0 for _ in range(100))
    clock = Clock()
    limiter = RateLimiter(2, clock)
    for i in range(50):
        limiter.hit(f"member {i}")
    clock.now += 61
    limiter.hit("new")
    assert len(limiter) == 1
