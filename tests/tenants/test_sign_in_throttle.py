from __future__ import annotations

from typing import Any

from tenants.sign_in_throttle import (
    ACCOUNT_FAILURES,
    ADDRESS_FAILURES,
    WINDOW_SECONDS,
    sign_in_throttle,
)
from tests.conftest import OwnRedis


def test_in_process_counts_per_account_and_address_and_a_success_clears_the_account(
    run: Any,
) -> None:
    throttle = sign_in_throttle("", "unused")
    for _ in range(ACCOUNT_FAILURES):
        assert run(throttle.retry_after(1, "Ann", "192.0.2.1")) is None
        run(throttle.record_failure(1, "Ann", "192.0.2.1"))
    wait = run(throttle.retry_after(1, " ann ", "192.0.2.2"))
    assert wait is not None
    assert 0 < wait <= WINDOW_SECONDS
    assert run(throttle.retry_after(2, "ann", "192.0.2.2")) is None, "another tenant's account"
    run(throttle.record_success(1, "ann"))
    assert run(throttle.retry_after(1, "ann", "192.0.2.2")) is None


def test_in_process_counts_failures_per_address(run: Any) -> None:
    throttle = sign_in_throttle("", "unused")
    for n in range(ADDRESS_FAILURES):
        run(throttle.record_failure(1, f"user{n}", "192.0.2.1"))
    assert run(throttle.retry_after(1, "someone-else", "192.0.2.1")) is not None
    assert run(throttle.retry_after(1, "someone-else", "192.0.2.9")) is None


def test_redis_down_lets_sign_ins_through(run: Any, own_redis: OwnRedis) -> None:
    throttle = sign_in_throttle(own_redis.url, "throttle-test")
    for _ in range(ACCOUNT_FAILURES):
        run(throttle.record_failure(1, "ann", "192.0.2.1"))
    assert run(throttle.retry_after(1, "ann", "192.0.2.1")) is not None
    own_redis.stop()
    assert run(throttle.retry_after(1, "ann", "192.0.2.1")) is None
    run(throttle.record_failure(1, "ann", "192.0.2.1"))
    run(throttle.record_success(1, "ann"))
