"""Sync application commands only when they changed.

Discord rate-limits command syncs, and a global sync takes a while to reach clients, so
the bot hashes the payloads it would send (per application and scope) and keeps the
hash in the data folder; it syncs when the hash differs, or when asked to (--sync).
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path
from typing import Any

import discord
from discord import app_commands

log = logging.getLogger(__name__)


def payload_hash(payload: list[dict[str, Any]]) -> str:
    ordered = sorted(payload, key=lambda c: (c.get("type", 1), c.get("name", "")))
    data = json.dumps(ordered, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(data.encode()).hexdigest()


class SyncState:
    """{"<application id>:<guild id or 'global'>": hash} in a small JSON file."""

    def __init__(self, path: Path):
        self.path = path

    def _read(self) -> dict[str, str]:
        try:
            data = json.loads(self.path.read_text())
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def get(self, key: str) -> str | None:
        return self._read().get(key)

    def put(self, key: str, value: str) -> None:
        data = self._read()
        data[key] = value
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=1, sort_keys=True))
        tmp.replace(self.path)


async def sync_if_changed(
    tree: app_commands.CommandTree[Any],
    application_id: int,
    state: SyncState,
    guild_id: int | None = None,
    *,
    force: bool = False,
) -> bool:
    """Sync the tree's commands to `guild_id` (or globally) if they changed; True if synced."""
    guild = discord.Object(guild_id) if guild_id else None
    if guild is not None:
        tree.copy_global_to(guild=guild)
    payload = [command.to_dict(tree) for command in tree.get_commands(guild=guild)]
    key = f"{application_id}:{guild_id or 'global'}"
    digest = payload_hash(payload)
    if not force and state.get(key) == digest:
        log.info("commands unchanged (%s): not syncing", "dev guild" if guild else "global")
        return False
    await tree.sync(guild=guild)
    state.put(key, digest)
    log.info("synced %d commands (%s)", len(payload), "dev guild" if guild else "global")
    return True
