"""One writer at a time: a second opener is told who holds the profile; dead holders lose it."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from ipms_desktop.store import lock as lock_module
from ipms_desktop.store.lock import ProfileInUseError, ProfileLock
from ipms_desktop.store.opening import unlock_profile
from ipms_desktop.store.paths import lock_file_path
from ipms_desktop.store.profile import Profile

from .conftest import PASSPHRASE

OPEN_SCRIPT = textwrap.dedent(
    """
    import sys
    from ipms_desktop.errors import IpmsError
    from ipms_desktop.store.opening import unlock_profile
    try:
        unlock_profile(sys.argv[1], sys.argv[2]).close()
    except IpmsError as error:
        print(error)
        sys.exit(1)
    print("opened")
    """
)


def run_opener(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", OPEN_SCRIPT, str(folder), PASSPHRASE],
        capture_output=True,
        text=True,
        timeout=60,
    )


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_second_process_is_refused_with_the_holder_named(
    profile: Profile, profile_dir: Path
) -> None:
    result = run_opener(profile_dir)
    assert result.returncode == 1
    assert "profile in use by" in result.stdout
    assert f"pid {os.getpid()} on {socket.gethostname()}" in result.stdout
    assert "close the other IPMS window first" in result.stdout


def test_second_open_in_the_same_process_is_refused(profile: Profile, profile_dir: Path) -> None:
    with pytest.raises(ProfileInUseError, match="profile in use"):
        unlock_profile(profile_dir, PASSPHRASE)


def test_lock_is_released_on_close(created: tuple[Profile, str], profile_dir: Path) -> None:
    created[0].close()
    assert run_opener(profile_dir).stdout.strip() == "opened"


def test_lock_left_by_a_dead_process_is_taken_over(
    created: tuple[Profile, str], profile_dir: Path
) -> None:
    created[0].close()
    stale = {"pid": dead_pid(), "host": socket.gethostname(), "user": "x", "started": "then"}
    lock_file_path(profile_dir).write_text(json.dumps(stale))
    with unlock_profile(profile_dir, PASSPHRASE):
        holder = json.loads(lock_file_path(profile_dir).read_text())
        assert holder["pid"] == os.getpid()


def test_killed_holder_frees_the_profile(created: tuple[Profile, str], profile_dir: Path) -> None:
    created[0].close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\nfrom ipms_desktop.store.opening import unlock_profile\n"
            "p = unlock_profile(sys.argv[1], sys.argv[2])\nprint('ready', flush=True)\n"
            "time.sleep(60)",
            str(profile_dir),
            PASSPHRASE,
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        assert "profile in use" in run_opener(profile_dir).stdout
    finally:
        holder.kill()
        holder.wait()
    with unlock_profile(profile_dir, PASSPHRASE):
        pass


class TestWithoutOsLocks:
    """Some network drives offer no OS locks: the lock file's pid and host decide."""

    @pytest.fixture(autouse=True)
    def no_os_locks(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(lock_module, "_os_lock", lambda stream: None)
        monkeypatch.setattr(lock_module, "_os_unlock", lambda stream: None)

    def write_holder(self, path: Path, pid: int, host: str) -> None:
        path.write_text(json.dumps({"pid": pid, "host": host, "user": "u", "started": "s"}))

    def test_dead_pid_on_this_host_is_stale(self, tmp_path: Path) -> None:
        path = tmp_path / "profile.lock"
        self.write_holder(path, dead_pid(), socket.gethostname())
        lock = ProfileLock(path)
        lock.acquire()
        assert json.loads(path.read_text())["pid"] == os.getpid()
        lock.release()
        assert not path.exists()

    def test_live_pid_on_this_host_holds(self, tmp_path: Path) -> None:
        path = tmp_path / "profile.lock"
        sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
        try:
            self.write_holder(path, sleeper.pid, socket.gethostname())
            with pytest.raises(ProfileInUseError, match=f"pid {sleeper.pid}"):
                ProfileLock(path).acquire()
        finally:
            sleeper.kill()
            sleeper.wait()

    def test_other_host_holds(self, tmp_path: Path) -> None:
        path = tmp_path / "profile.lock"
        self.write_holder(path, 1, "another-laptop")
        with pytest.raises(ProfileInUseError, match="another-laptop"):
            ProfileLock(path).acquire()
