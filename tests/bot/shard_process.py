"""`python -m bot` in a process of its own, pointed at a Discord stand-in: for the sharding
test. Usage: python tests/bot/shard_process.py http://127.0.0.1:PORT (settings from the
environment, e.g. STEWARD_SHARD_COUNT=2 STEWARD_SHARD_IDS=1)."""

from __future__ import annotations

import signal
import sys

import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route

from bot.__main__ import main

if __name__ == "__main__":
    # a job started in the background by a script ("bash .ci/run &") inherits SIGINT
    # ignored, and the test's interrupt then never stopped the bot: Python's own handler
    signal.signal(signal.SIGINT, signal.default_int_handler)
    base = sys.argv[1]
    Route.BASE = base + "/api/v10"
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(base.replace("http", "ws", 1) + "/gateway")
    sys.exit(main([]))
