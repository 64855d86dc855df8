from __future__ import annotations

from typing import Any

from argon2 import PasswordHasher, extract_parameters

from domain.passwords import hash_password, hash_passwords, verify_password


def test_hashes_use_owasps_argon2id_setting(run: Any) -> None:
    parameters = extract_parameters(run(hash_password("a secret")))
    assert (parameters.type.name, parameters.memory_cost) == ("ID", 19 * 1024)
    assert (parameters.time_cost, parameters.parallelism) == (2, 1)


def test_hashes_of_the_former_setting_still_verify(run: Any) -> None:
    former = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4).hash("old one")
    assert run(verify_password(former, "old one"))
    assert not run(verify_password(former, "old two"))


def test_bulk_hashes_come_back_in_order(run: Any) -> None:
    passwords = [f"password {n}" for n in range(5)]
    hashes = run(hash_passwords(passwords))
    assert len(set(hashes)) == 5
    for password, hashed in zip(passwords, hashes, strict=True):
        assert run(verify_password(hashed, password))
    assert not run(verify_password(hashes[0], passwords[1]))
    assert run(hash_passwords([])) == []
