"""Admin and info views as embeds: reindex progress and report, /stats, /sources."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import discord

from knowledge import IndexReport

from .analytics import Stats
from .render import AMBER, BLUE, GREEN, RED, clean, embeds_for, fit, link, pages

STAGES = {"scanning": "Reading documents", "embedding": "Embedding passages", "saving": "Saving"}
KIND_LABELS = {
    "contract": "Contracts",
    "rates": "Rates",
    "summary": "Summaries",
    "article": "News articles",
    "other": "Other",
}


def progress_text(stage: str, done: int, total: int) -> str:
    label = STAGES.get(stage, stage.capitalize())
    if total > 0:
        percent = int(100 * done / total)
        return f"⏳ Reindexing… {label}: {done}/{total} ({percent}%)"
    return f"⏳ Reindexing… {label}"


def report_pages(report: IndexReport, upload: str = "") -> list[list[discord.Embed]]:
    """The reindex report: counts, then every failure with its reason."""
    colour = RED if report.failed and not report.changed else AMBER if report.failed else GREEN
    lines = []
    if upload:
        lines.append(upload)
    lines.append(
        f"**Added** {report.added} · **Updated** {report.updated} · "
        f"**Deleted** {report.deleted} · **Unchanged** {report.skipped} · "
        f"**Failed** {len(report.failed)}"
    )
    lines.append(
        f"{report.documents} documents, {report.chunks} passages indexed in {report.seconds:.1f} s."
    )
    if not report.changed and not report.failed:
        lines.append("Nothing changed: the index is up to date.")
    if report.failed:
        lines.append("\n**Not indexed**")
        lines += [f"• `{clean(f.source)}` — {clean(f.error)}" for f in report.failed]
    return pages(embeds_for("\n".join(lines), title="Reindex finished", colour=colour))


def stats_pages(stats: Stats, documents: int | None = None) -> list[list[discord.Embed]]:
    c = stats.counts
    asked = sum(c.get(k, 0) for k in ("answer", "not_found", "smalltalk"))
    lines = [
        f"**Questions** {asked} — answered {c.get('answer', 0)}, not in the documents "
        f"{c.get('not_found', 0)}, greetings {c.get('smalltalk', 0)}",
        "**By** " + (", ".join(f"{k} {v}" for k, v in sorted(stats.by_via.items())) or "—"),
        f"**Refused** rate limit {c.get('rate_limited', 0)}, too long {c.get('too_long', 0)}, "
        f"channel {c.get('wrong_channel', 0)} · **Errors** {c.get('error', 0)}"
        f" · **Undelivered** {c.get('undelivered', 0)}",
        f"**Feedback** 👍 {stats.helpful} · 👎 {stats.unhelpful}",
    ]
    if documents is not None:
        lines.append(f"**Documents indexed** {documents}")
    if stats.unanswered:
        lines.append("\n**Questions the documents did not answer** (most asked first)")
        lines += [
            f"• {fit(clean(q), 300)}" + (f" ×{n}" if n > 1 else "") for q, n in stats.unanswered
        ]
    lines.append("\n_No names or IDs are stored; counts are per day._")
    return pages(
        embeds_for("\n".join(lines), title=f"Steward — last {stats.days} days", colour=BLUE)
    )


def documents_pages(documents: list[dict[str, Any]]) -> list[list[discord.Embed]]:
    """The indexed documents grouped by kind, each with its dates and link."""
    if not documents:
        return pages(embeds_for("No documents are indexed yet.", title="Sources", colour=BLUE))
    groups: dict[str, list[str]] = defaultdict(list)
    for doc in sorted(documents, key=lambda d: str(d.get("title") or d.get("source"))):
        title = fit(clean(str(doc.get("title") or doc.get("source"))), 200)
        frm, to = doc.get("effective_from"), doc.get("effective_to")
        dates = (
            f"{frm} → {to}" if frm and to else f"from {frm}" if frm else f"until {to}" if to else ""
        )
        extra = " · ".join(x for x in (dates, link(doc.get("source_url"))) if x)
        groups[str(doc.get("kind") or "other")].append(
            f"• **{title}**" + (f" — {extra}" if extra else "")
        )
    order = [*KIND_LABELS, *sorted(set(groups) - set(KIND_LABELS))]
    parts = [
        f"**{KIND_LABELS.get(kind, kind.capitalize())}**\n" + "\n".join(groups[kind])
        for kind in order
        if kind in groups
    ]
    text = "\n\n".join(parts)
    return pages(embeds_for(text, title=f"Sources — {len(documents)} documents", colour=BLUE))
