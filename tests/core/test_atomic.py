"""Atomic writes: all of the new content or none, no temporary file left behind, clear errors."""

from __future__ import annotations

import errno
import os
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from explorer.core import atomic
from explorer.core.atomic import write_atomic, write_atomic_pieces
from explorer.core.errors import ExportError


def leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.endswith(".tmp"))


def test_writes_a_new_file(tmp_path: Path) -> None:
    target = tmp_path / "summary.md"
    write_atomic(target, "# نهاية\n".encode())
    assert target.read_text(encoding="utf-8") == "# نهاية\n"
    assert leftovers(tmp_path) == []


def test_accepts_a_string_path_and_empty_data(tmp_path: Path) -> None:
    target = tmp_path / "empty.csv"
    write_atomic(str(target), b"")
    assert target.read_bytes() == b""


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_replaces_an_existing_file_and_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "summary.md"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert leftovers(tmp_path) == []


def test_a_missing_folder_is_named_and_nothing_is_created(tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "summary.md"
    with pytest.raises(
        ExportError,
        match=r"summary\.md: cannot write the file: the folder .* "
        r"does not exist",
    ):
        write_atomic(target, b"data")
    assert list(tmp_path.iterdir()) == []


def test_a_file_in_place_of_the_folder_is_an_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(ExportError, match=r"out\.md: cannot write the file: .* is not a folder"):
        write_atomic(blocker / "out.md", b"data")
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_a_folder_in_place_of_the_target_is_left_alone(tmp_path: Path) -> None:
    target = tmp_path / "summary.md"
    target.mkdir()
    (target / "inside.txt").write_bytes(b"keep")
    with pytest.raises(ExportError, match=r"summary\.md: cannot write the file"):
        write_atomic(target, b"data")
    assert (target / "inside.txt").read_bytes() == b"keep"
    assert leftovers(tmp_path) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_folder_leaves_the_existing_file_untouched(tmp_path: Path) -> None:
    target = tmp_path / "summary.md"
    target.write_bytes(b"old")
    tmp_path.chmod(0o555)
    try:
        with pytest.raises(ExportError, match=r"summary\.md: .*permission denied"):
            write_atomic(target, b"new")
    finally:
        tmp_path.chmod(0o755)
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("failing", ["fsync", "replace", "write"])
def test_a_failure_midway_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    target = tmp_path / "summary.html"
    target.write_bytes(b"old")

    def disk_full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, failing, disk_full)
    expected = r"summary\.html: cannot write the file: the disk is full"
    with pytest.raises(ExportError, match=expected):
        write_atomic(target, b"new content")
    monkeypatch.undo()
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


def test_an_interruption_still_removes_the_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(tmp_path / "summary.csv", b"data")
    monkeypatch.undo()
    assert list(tmp_path.iterdir()) == []


class Stopped(Exception):
    """A Cancel, raised by the code making the pieces."""


def test_pieces_are_written_in_order_as_they_come(tmp_path: Path) -> None:
    target = tmp_path / "saved.json"
    on_disk: list[bytes] = []  # the temporary file's content as each piece is asked for

    def pieces() -> Iterator[bytes]:
        for piece in (b"{", b'"a": 1', b"}\n"):
            (temporary,) = leftovers(tmp_path)
            on_disk.append((tmp_path / temporary).read_bytes())
            yield piece

    write_atomic_pieces(target, pieces())
    assert target.read_bytes() == b'{"a": 1}\n'
    assert on_disk == [b"", b"{", b'{"a": 1']  # each piece went to disk before the next was made
    assert leftovers(tmp_path) == []


def test_a_stop_while_making_the_pieces_leaves_the_old_file_and_no_temporary(
    tmp_path: Path,
) -> None:
    target = tmp_path / "saved.json"
    target.write_bytes(b"old")

    def pieces() -> Iterator[bytes]:
        yield b"new, half"
        raise Stopped

    with pytest.raises(Stopped):
        write_atomic_pieces(target, pieces())
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_symbolic_link_is_followed_not_replaced(tmp_path: Path) -> None:
    real = tmp_path / "real.md"
    real.write_bytes(b"old")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    write_atomic(link, b"new")
    assert link.is_symlink()
    assert real.read_bytes() == b"new"


def test_a_replaced_file_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "summary.md"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_read_only_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    target = tmp_path / "summary.md"
    target.write_bytes(b"old")
    target.chmod(0o444)
    with pytest.raises(ExportError, match=r"summary\.md: the file is read-only; make it writable"):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert stat.S_IMODE(target.stat().st_mode) == 0o444
    assert leftovers(tmp_path) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_is_written_as_a_stream_not_replaced(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []

    def read() -> None:
        with open(pipe, "rb") as reader:
            received.append(reader.read())

    reader = threading.Thread(target=read)
    reader.start()
    # The writer may come before the reader has opened the pipe: try until it has.
    for _ in range(2000):
        try:
            write_atomic(pipe, b"through the pipe")
            break
        except ExportError:
            reader.join(0.005)
    reader.join(10)
    assert received == [b"through the pipe"]
    assert stat.S_ISFIFO(pipe.stat().st_mode)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_nobody_reads_is_an_error_not_a_hang(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    with pytest.raises(ExportError, match="no program is reading from this pipe"):
        write_atomic(pipe, b"data")
    assert stat.S_ISFIFO(pipe.stat().st_mode)


def test_a_device_is_written_to_not_replaced(tmp_path: Path) -> None:
    device = tmp_path / "mynull"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (OSError, AttributeError) as error:
        pytest.skip(f"cannot make a device node here: {error}")
    write_atomic(device, b"x" * 58_000)
    assert stat.S_ISCHR(device.stat().st_mode)
    assert leftovers(tmp_path) == []
