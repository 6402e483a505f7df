"""Staff vs customer roles with hysteresis."""

from __future__ import annotations

import pytest

from inspector.roles import Role, RoleConfig, RoleState, RoleTracker, next_role

CFG = RoleConfig(assign_s=1.0, staff_to_customer_s=10.0, customer_to_staff_s=5.0)


def run(samples, cfg=CFG):
    rt = RoleTracker(cfg)
    return [rt.update(t, 1, z) for t, z in samples]


def test_assignment_needs_time_in_zone():
    roles = run([(0, "staff"), (500, "staff"), (1000, "staff")])
    assert roles == [Role.UNKNOWN, Role.UNKNOWN, Role.STAFF]
    assert run([(0, "customer"), (999, "customer")])[-1] == Role.UNKNOWN


def test_staff_stepping_out_briefly_keep_role():
    samples = [(0, "staff"), (1000, "staff")] + [(1000 + 500 * i, "customer") for i in range(1, 19)] + [(10600, "staff")]
    roles = run(samples)
    assert set(roles[2:]) == {Role.STAFF}


def test_staff_staying_out_become_customer_and_back():
    samples = [(0, "staff"), (1000, "staff")] + [(1000 + 1000 * i, "customer") for i in range(1, 13)]
    assert run(samples)[-1] == Role.CUSTOMER
    samples += [(13000 + 1000 * i, "staff") for i in range(1, 7)]
    roles = run(samples)
    assert roles[-2] == Role.CUSTOMER and roles[-1] == Role.STAFF  # 5 s in the staff zone


def test_outside_zones_or_unknown_changes_nothing():
    roles = run([(0, "customer"), (1000, "customer"), (2000, None), (60000, None)])
    assert roles[-1] == Role.CUSTOMER
    # leaving the zone restarts the count
    assert run([(0, "staff"), (600, None), (700, "staff"), (1500, "staff")])[-1] == Role.UNKNOWN


def test_time_backwards_is_refused():
    st = next_role(RoleState(), 1000, "staff", CFG)
    with pytest.raises(ValueError):
        next_role(st, 900, "staff", CFG)
