"""Running the CLI for real: honest report words, the settings file, progress on first
use, a warning when `ask --source` is not what was indexed, and one line when the Chroma
server is unreachable."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from tests.chroma_server import free_port
from tests.knowledge.test_knowledge_cli import MEALS_TXT, OVERTIME_MD, assert_one_error_line

ROOT = Path(__file__).parents[2]


@pytest.fixture
def corpus(source_dir, write):
    write(source_dir, {"contracts/hours.md": OVERTIME_MD, "contracts/meals.txt": MEALS_TXT})
    return source_dir


def test_json_and_text_reports_use_the_same_words(cli, corpus, data_dir, write):
    write(corpus, {"notes/broken.pdf": b"%PDF-1.7 broken"})
    cli("index", "--source", corpus, "--data", data_dir)

    as_json = json.loads(cli("index", "--source", corpus, "--data", data_dir, "--json").out)
    as_text = cli("index", "--source", corpus, "--data", data_dir).out

    assert as_json["unchanged"] == 2 and "skipped" not in as_json
    assert [f["source"] for f in as_json["failed"]] == ["notes/broken.pdf"]
    assert "2 unchanged" in as_text and "1 failed" in as_text
    assert "failed notes/broken.pdf" in as_text and "skipped" not in as_text


def test_ask_with_another_source_than_the_indexed_one_warns_and_says_how(
    cli, corpus, data_dir, tmp_path, write
):
    other = tmp_path / "other-docs"
    write(other, {"rates/day.md": "# Day rates\n\nA stand-in earns $247 a day.\n"})
    cli("index", "--source", corpus, "--data", data_dir)

    warned = cli("ask", "overtime after eight hours", "--source", other, "--data", data_dir)
    same = cli("ask", "overtime after eight hours", "--source", corpus, "--data", data_dir)

    assert warned.code == 0 and "overtime" in warned.out.lower()
    assert f"the index was built from {corpus.resolve()}" in warned.err
    assert f"python -m knowledge index --source {other}" in warned.err
    assert same.code == 0 and "warning" not in same.err


def test_the_settings_file_can_be_named_by_steward_env_file(cli, corpus, tmp_path, monkeypatch):
    settings = tmp_path / "etc" / "steward.env"
    settings.parent.mkdir()
    data = tmp_path / "from-env-file"
    settings.write_text(f"STEWARD_DATA_DIR={data}\nSTEWARD_SOURCE_DIR={corpus}\n")
    monkeypatch.setenv("STEWARD_ENV_FILE", str(settings))

    result = cli("index", "--json")

    assert result.code == 0, result.err
    assert json.loads(result.out)["added"] == 2
    assert (data / "chroma").is_dir()
    monkeypatch.setenv("STEWARD_ENV_FILE", str(tmp_path / "missing.env"))
    assert_one_error_line(cli("stats"), "STEWARD_ENV_FILE", "missing.env")


@pytest.mark.slow
def test_the_first_index_shows_progress_on_a_terminal(corpus, tmp_path):
    primary, secondary = pty.openpty()
    fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))  # 80x24
    env = {k: v for k, v in os.environ.items() if not k.startswith(("STEWARD_", "CHROMA_"))}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "knowledge",
            "ask",
            "overtime after eight hours",
            "--source",
            str(corpus),
            "--data",
            str(tmp_path / "d"),
        ],
        stdout=subprocess.PIPE,
        stderr=secondary,
        text=True,
        cwd=ROOT,
        env=env,
    )
    os.close(secondary)
    shown = b""
    try:
        while True:  # read the terminal while the command runs, until its side closes
            try:
                chunk = os.read(primary, 65536)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
        out, _ = process.communicate(timeout=300)
    finally:
        os.close(primary)
        if process.poll() is None:
            process.kill()
    result = subprocess.CompletedProcess(process.args, process.returncode, out)

    assert result.returncode == 0
    assert "overtime" in result.stdout.lower()
    assert b"scanning" in shown and b"embedding" in shown


@pytest.mark.parametrize("command", [["stats"], ["search", "overtime"], ["index"]])
def test_an_unreachable_chroma_server_is_one_line_and_exit_1(cli, corpus, monkeypatch, command):
    monkeypatch.setenv("CHROMA_HOST", "127.0.0.1")
    monkeypatch.setenv("CHROMA_PORT", str(free_port()))  # nothing listens there
    monkeypatch.setenv("STEWARD_SOURCE_DIR", str(corpus))

    result = cli(*command)

    assert result.code == 1
    assert_one_error_line(result, "cannot reach the Chroma server at 127.0.0.1:", "CHROMA_HOST")
