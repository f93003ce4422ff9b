"""deploy/steward.service: its command line runs, and the paths it names agree."""

from __future__ import annotations

import configparser
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]
UNIT = ROOT / "deploy" / "steward.service"


def service() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(UNIT)
    return parser["Service"]


def environment(section: configparser.SectionProxy) -> dict[str, str]:
    lines = [line for line in UNIT.read_text().splitlines() if line.startswith("Environment=")]
    return dict(line.removeprefix("Environment=").split("=", 1) for line in lines)


def test_the_unit_runs_the_bot_module_from_the_checkouts_venv():
    section = service()
    argv = shlex.split(section["ExecStart"])
    workdir = Path(section["WorkingDirectory"])

    assert Path(argv[0]) == workdir / ".venv" / "bin" / "python"  # made by `uv sync`
    # The same command line, with this checkout's interpreter: the module and flags exist.
    result = subprocess.run(
        [sys.executable, *argv[1:], "--help"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: python -m bot")


def test_settings_data_folder_and_restarts_agree_with_the_code():
    from bot.__main__ import main  # noqa: F401  (the module ExecStart names)

    section = service()
    env = environment(section)

    assert env["STEWARD_DATA_DIR"] == "/var/lib/" + section["StateDirectory"]
    assert env["STEWARD_DATA_DIR"] in section["ReadWritePaths"].split()
    assert env["STEWARD_ENV_FILE"].startswith("/etc/")
    # Exit code 2 means bad settings (bot.__main__): restarting would not help.
    assert section["RestartPreventExitStatus"] == "2"
    assert section["Restart"] == "on-failure"
