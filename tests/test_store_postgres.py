"""The store on a real PostgreSQL server (the multi-site option).

A throw-away cluster is made with the machine's ``initdb`` and ``pg_ctl`` (Debian's ``postgresql``
package), listening on a Unix socket in a temporary folder only: no TCP port is opened. The test
skips, saying why, when the server binaries or the psycopg driver are absent.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

psycopg = pytest.importorskip("psycopg", reason="psycopg not installed (the optional 'postgres' extra)")


def _pg_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    for d in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (d / name).exists():
            return str(d / name)
    return None


def _as_postgres(cmd: list[str]) -> list[str]:
    """Runs as the 'postgres' OS user when we are root (the server refuses to run as root)."""
    if os.geteuid() != 0:
        return cmd
    runuser = shutil.which("runuser")
    if runuser is None:
        pytest.skip("running as root without runuser: cannot start PostgreSQL as another user")
    return [runuser, "-u", "postgres", "--", *cmd]


@pytest.fixture(scope="module")
def pg_url():
    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    if not initdb or not pg_ctl:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) not installed")
    if os.geteuid() == 0:
        try:
            import pwd
            pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("no 'postgres' OS user to run the server as")
    # Not under pytest's own temp folder: that one is private to our user, the server user must enter.
    base = Path(tempfile.mkdtemp(prefix="deskconduct-pg-"))
    os.chmod(base, 0o777)
    data, sock = base / "data", base / "sock"
    sock.mkdir()
    os.chmod(sock, 0o777)
    subprocess.run(_as_postgres([initdb, "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8"]),
                   check=True, capture_output=True)
    subprocess.run(_as_postgres([pg_ctl, "-D", str(data), "-w", "-l", str(base / "log"),
                                 "-o", f"-k {sock} -c listen_addresses=''", "start"]), check=True,
                   capture_output=True)
    try:
        with psycopg.connect(host=str(sock), user="postgres", dbname="postgres", autocommit=True) as con:
            con.execute("CREATE DATABASE conduct")
        yield f"postgresql+psycopg://postgres@/conduct?host={sock}"
    finally:
        subprocess.run(_as_postgres([pg_ctl, "-D", str(data), "-m", "fast", "stop"]), capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


def test_store_works_on_postgresql(pg_url):
    from inspector.store import AlreadyDecided, RosterOverlap, Store

    t0 = datetime(2026, 11, 2, 1, 0, tzinfo=timezone.utc)
    with Store.open(pg_url) as s:
        assert s.schema_revision() is not None
        s.add_staff("A001", "张伟")
        s.add_station("desk-1")
        s.add_roster("A001", "desk-1", t0, t0 + timedelta(hours=8))
        with pytest.raises(RosterOverlap):
            s.add_roster("A001", "desk-1", t0 + timedelta(hours=1), t0 + timedelta(hours=2))
        kw = dict(station="desk-1", source_id="cam0", rule_id="phone_use", rules_version="default-2",
                  start=t0 + timedelta(hours=2), end=t0 + timedelta(hours=2, seconds=30), peak_confidence=0.9,
                  features={"x": 1.0}, points=2)
        ev, new = s.add_event(**kw)
        again, new2 = s.add_event(**kw)
        assert new and not new2 and again.id == ev.id and ev.staff_code == "A001"
        s.decide(ev.id, "confirm", "王经理", "拿手机")
        with pytest.raises(AlreadyDecided):
            s.decide(ev.id, "dismiss", "李审核")
    with Store.open(pg_url) as s:  # reopening: migrations already applied, data kept
        assert [e.status.value for e in s.list_events()] == ["confirmed"]
