"""What Steward says to members, in English and French (the languages of its documents)."""

from __future__ import annotations

from knowledge import question_language

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "too_long": (
            "Your question is {length} characters long; please keep it under {limit} "
            "(one question at a time works best)."
        ),
        "rate_limited": (
            "You're asking quickly! Please wait {seconds} s before your next question "
            "(limit: {limit} a minute)."
        ),
        "channel": (
            "I only post answers in {channels}. Here, ask me privately: `/ask` with `private: True`."
        ),
        "dms_off": "I don't answer direct messages here: please use /ask in the server.",
        "error": "Sorry, something went wrong on my side. Please try again in a moment.",
        "unavailable": (
            "Steward's document search is briefly unavailable. Please ask again in a minute."
        ),
        "thanks_up": "Thanks! Your feedback is recorded anonymously.",
        "thanks_down": (
            "Thanks — recorded anonymously. If the answer was wrong or incomplete, your "
            "steward or union representative can help."
        ),
        "sources_gone": "These sources are no longer available. Please ask the question again.",
        "no_sources": "This answer has no sources.",
        "sources_title": "Quoted passages",
        "helpful": "Helpful",
        "unhelpful": "Not helpful",
        "sources": "Sources",
        "in_force": "In force {dates}",
        "superseded": "superseded",
        "late_public": "{member}, here is the answer to your /ask (it took too long to post as a reply):",
        "undelivered": (
            "Sorry: your /ask question took too long and its answer could not be delivered. "
            "Please ask it again."
        ),
        "no_embeds": (
            "I can't show answers here: I need the Embed Links permission in this channel. "
            "An admin can grant it; meanwhile, `/ask` works everywhere."
        ),
        "role_mention": (
            "I was mentioned through my role, so Discord did not show me your message. "
            "Mention me directly (@Steward, not the role) or use `/ask`."
        ),
    },
    "fr": {
        "too_long": (
            "Votre question fait {length} caractères ; merci de rester sous {limit} "
            "(une question à la fois, c'est mieux)."
        ),
        "rate_limited": (
            "Vous posez vos questions vite ! Attendez {seconds} s avant la prochaine "
            "(limite : {limit} par minute)."
        ),
        "channel": (
            "Je ne publie mes réponses que dans {channels}. Ici, demandez-moi en privé : `/ask` "
            "avec `private: True`."
        ),
        "dms_off": "Je ne réponds pas aux messages privés : utilisez /ask sur le serveur.",
        "error": "Désolé, un problème est survenu de mon côté. Réessayez dans un instant.",
        "unavailable": (
            "La recherche dans les documents est brièvement indisponible. Reposez votre "
            "question dans une minute."
        ),
        "thanks_up": "Merci ! Votre avis est enregistré anonymement.",
        "thanks_down": (
            "Merci — enregistré anonymement. Si la réponse était fausse ou incomplète, votre "
            "délégué ou représentant syndical peut vous aider."
        ),
        "sources_gone": "Ces sources ne sont plus disponibles. Posez de nouveau la question.",
        "no_sources": "Cette réponse n'a pas de sources.",
        "sources_title": "Passages cités",
        "helpful": "Utile",
        "unhelpful": "Pas utile",
        "sources": "Sources",
        "in_force": "En vigueur {dates}",
        "superseded": "remplacé",
        "late_public": "{member}, voici la réponse à votre /ask (trop longue à venir pour y répondre) :",
        "undelivered": (
            "Désolé : votre question /ask a pris trop de temps et sa réponse n'a pas pu être "
            "livrée. Posez-la de nouveau."
        ),
        "no_embeds": (
            "Je ne peux pas afficher de réponses ici : il me faut la permission Intégrer des "
            "liens dans ce salon. Un admin peut l'accorder ; en attendant, `/ask` marche partout."
        ),
        "role_mention": (
            "J'ai été mentionné par mon rôle, donc Discord ne m'a pas montré votre message. "
            "Mentionnez-moi directement (@Steward, pas le rôle) ou utilisez `/ask`."
        ),
    },
}

HELP = """\
**Steward answers questions about your union contracts from the union's own documents**, \
with numbered sources you can check: AI and digital-replica protections (consent, notice, \
pay), pay rates and raises with the dates they apply, strikes and ratification votes. \
It answers in English or French, and says so when the documents don't cover a question.

**How to ask**
• `/ask question:` — only you see the answer (set `private:False` to share it in the channel).
• Mention me in a channel: `@Steward what's the day rate for stand-ins?` — or send me a \
direct message.
• Follow up by replying to my answer (keep the ping on) or by mentioning me in the same \
thread: *"and for background actors?"* — I use the earlier questions to understand.
• Ask one thing at a time, and name the contract or year when it matters \
(*"the 2023 TV/Theatrical agreement"*, *"in 2024"*).

**Under each answer**
• **Sources** shows the passages quoted, only to you. 👍 / 👎 tell the union whether it \
helped; votes are anonymous.
• `/sources` lists the documents I use, with their kind and the dates they are in force.

**Privacy** — who asked what is never stored: usage counts and questions I could not \
answer are kept without names, to improve the documents.

**Admins** (Manage Server or a Steward admin role) — `/reindex` (optionally with a \
document to add) and `/stats`."""


def language_of(question: str | None = None, locale: str | None = None) -> str:
    """'fr' or 'en': the question's language when there is one, else the member's locale."""
    if question and question.strip():
        lang = question_language(question)
        return lang if lang in TEXTS else "en"
    return "fr" if (locale or "").lower().startswith("fr") else "en"


def say(key: str, lang: str = "en", **values: object) -> str:
    return TEXTS.get(lang, TEXTS["en"])[key].format(**values)
