"""Who may run admin commands, and where Steward answers."""

from __future__ import annotations

from types import SimpleNamespace

import discord

from bot.permissions import channel_allowed, is_admin

STAFF = SimpleNamespace(id=111, name="Union Staff")
EVERYONE = SimpleNamespace(id=222, name="@everyone")
MEMBER_PERMISSIONS = discord.Permissions(send_messages=True, use_application_commands=True)


def test_manage_server_is_enough():
    assert is_admin(discord.Permissions(manage_guild=True), [EVERYONE], [])


def test_administrator_is_enough_even_as_the_bare_bit():
    assert is_admin(discord.Permissions(administrator=True), [], [])


def test_a_plain_member_is_not_an_admin():
    assert not is_admin(MEMBER_PERMISSIONS, [EVERYONE], [])
    assert not is_admin(MEMBER_PERMISSIONS, [EVERYONE], ["Union Staff"])


def test_a_listed_role_by_name_in_any_case_or_by_id():
    assert is_admin(MEMBER_PERMISSIONS, [EVERYONE, STAFF], ["union staff"])
    assert is_admin(MEMBER_PERMISSIONS, [EVERYONE, STAFF], ["999", "111"])
    assert not is_admin(MEMBER_PERMISSIONS, [EVERYONE, STAFF], ["Stewards", "112"])


def test_other_powerful_permissions_do_not_count():
    moderator = discord.Permissions(manage_messages=True, kick_members=True, ban_members=True)
    assert not is_admin(moderator, [EVERYONE], [])


GUILD = SimpleNamespace(id=1)
GENERAL = SimpleNamespace(id=10, name="general", guild=GUILD)
CONTRACTS = SimpleNamespace(id=20, name="contracts", guild=GUILD)


def test_empty_allow_list_allows_everywhere():
    assert channel_allowed(GENERAL, [])


def test_allow_list_by_name_or_id():
    assert channel_allowed(CONTRACTS, ["contracts"]) and channel_allowed(CONTRACTS, ["20"])
    assert not channel_allowed(GENERAL, ["contracts", "20"])


def test_threads_follow_their_parent_channel():
    thread = SimpleNamespace(id=30, name="my question", guild=GUILD, parent=CONTRACTS, parent_id=20)
    assert channel_allowed(thread, ["contracts"])
    assert not channel_allowed(thread, ["general"])


def test_direct_messages_are_not_governed_by_the_list():
    assert channel_allowed(SimpleNamespace(id=40, recipient=None), ["contracts"])
