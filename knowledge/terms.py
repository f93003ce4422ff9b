"""English ↔ French terms of the trade, for cross-language lexical search.

BM25 cannot match "figurant" with "background actor", and the bundled embedder
matches the two languages only weakly on long passages. A question's terms
found here are searched in the other language too.
"""

from __future__ import annotations

from .lexical import tokenize

# "a|b" lists alternatives: each one, a word or a phrase, expands to the other language.
PAIRS: list[tuple[str, str]] = [
    ("background actor", "figurant"),
    ("background actors", "figurants"),
    ("extra", "figurant"),
    ("stand-in", "doublure lumière"),
    ("stand-in", "doublure"),
    ("photo double", "doublure image"),
    ("digital replica", "réplique numérique"),
    ("digital replica", "double numérique"),
    ("synthetic performer", "interprète synthétique"),
    ("synthetic performer", "acteur synthétique"),
    ("artificial intelligence", "intelligence artificielle"),
    ("AI", "IA"),
    ("generative AI", "IA générative"),
    ("consent", "consentement"),
    ("notice", "préavis"),
    ("scan", "numérisation"),
    ("likeness", "image|ressemblance"),
    ("voice", "voix"),
    ("deceased performer", "interprète décédé"),
    ("estate", "succession|ayants droit"),
    ("strike", "grève"),
    ("annual general meeting", "assemblée générale annuelle"),
    ("general meeting", "assemblée générale"),
    ("board of directors", "conseil d'administration"),
    ("ratification", "ratification"),
    ("ratified", "ratifié"),
    ("vote", "vote|scrutin"),
    ("agreement", "accord|convention"),
    ("contract", "contrat"),
    ("tentative agreement", "accord de principe"),
    ("memorandum of agreement", "protocole d'accord"),
    ("rate", "taux|tarif"),
    ("day rate", "tarif journalier"),
    ("daily", "par jour|journalier"),
    ("weekly", "hebdomadaire"),
    ("hourly", "horaire"),
    ("pay", "paie|salaire|rémunération"),
    ("wage", "salaire"),
    ("minimum", "minimum"),
    ("scale", "barème|minimum syndical"),
    ("raise", "augmentation"),
    ("increase", "augmentation|hausse"),
    ("general wage increase", "augmentation générale des salaires"),
    ("compounded", "cumulé|composé"),
    ("residuals", "droits résiduels"),
    ("streaming bonus", "prime streaming"),
    ("bonus", "prime"),
    ("writer", "scénariste|auteur"),
    ("screenplay|teleplay|script", "scénario"),
    ("episode", "épisode"),
    ("writers", "scénaristes|auteurs"),
    ("actor", "acteur|comédien"),
    ("actors", "acteurs|comédiens"),
    ("performer", "interprète|artiste"),
    ("video game", "jeu vidéo"),
    ("video games", "jeux vidéo"),
    ("audiobook", "livre audio"),
    ("audiobooks", "livres audio"),
    ("interactive media", "médias interactifs"),
    ("union", "syndicat"),
    ("member", "membre|adhérent"),
    ("health", "santé"),
    ("pension", "retraite"),
    ("overtime", "heures supplémentaires|temps supplémentaire"),
    ("meal", "repas"),
    ("wardrobe", "costume|garde-robe"),
    ("studio", "studio|producteur"),
    ("producer", "producteur"),
    ("employer", "employeur"),
    ("days", "jours"),
    ("hours", "heures"),
    ("year", "an|année"),
    ("week", "semaine"),
    ("how much", "combien"),
    ("how long", "combien de temps|durée"),
    ("current", "actuel|en vigueur"),
    ("now", "maintenant|actuellement"),
    ("superseded", "remplacé"),
    ("effective", "en vigueur"),
    ("training", "entraînement"),
    ("credit", "crédit|générique"),
    ("minor", "mineur"),
    ("minors", "mineurs"),
    ("yes", "oui"),
    ("no", "non"),
    ("authorize", "autoriser"),
    ("authorization", "autorisation"),
    ("approve", "approuver"),
    ("approved", "approuvé"),
    ("members", "membres"),
    ("last", "durer|duré"),
    ("length", "durée"),
    ("end", "fin|terminer"),
    ("expire", "expirer"),
    ("start", "début|commencer"),
    ("feature film", "long métrage"),
    ("half-hour", "demi-heure"),
    ("one-hour", "une heure"),
    ("threshold", "seuil"),
    ("contribution", "cotisation|contribution"),
    ("retirement", "retraite"),
    ("replica", "réplique"),
    ("withdraw", "retirer"),
    ("suspend", "suspendre"),
    ("first", "premier première"),
    ("cumulative", "cumulé|cumulée"),
    ("total", "total"),
    ("percentage", "pourcentage"),
    ("news", "presse|actualité"),
    ("article", "article"),
    ("deceased", "décédé|mort"),
    ("heirs", "héritiers|ayants droit"),
    # Work, pay, benefits and the union's own business
    ("fee", "cachet|frais"),
    ("session", "séance"),
    ("session fee", "cachet de séance"),
    ("dubbing", "doublage"),
    ("rehearsal", "répétition"),
    ("audition", "audition"),
    ("booking", "engagement|réservation"),
    ("hire|hired", "embauche|embauché"),
    ("condition of engagement", "condition d'embauche"),
    ("travel", "déplacement"),
    ("per diem", "indemnité journalière"),
    ("allowance", "indemnité|allocation"),
    ("penalty", "pénalité"),
    ("mileage", "kilométrage"),
    ("night", "nuit"),
    ("holiday", "jour férié|congé"),
    ("weekend", "fin de semaine"),
    ("break", "pause"),
    ("rest", "repos"),
    ("stunt", "cascade"),
    ("motion capture", "capture de mouvement"),
    ("streaming|stream|online", "diffusion en ligne|en ligne|diffusion en continu"),
    ("captured|capture|filmed", "capté|captée|captation|filmé|filmée"),
    ("workshop|workshops", "atelier|ateliers"),
    ("reimburse|reimbursed|refund|pay back", "rembourse|remboursé|remboursement"),
    ("voice model", "modèle vocal"),
    ("cloning", "clonage"),
    ("footage", "images|séquences"),
    ("sequel", "suite"),
    ("rewrite", "réécriture"),
    ("tool|tools", "outil|outils"),
    ("mandatory|required", "obligatoire|obligé"),
    ("copy", "copie"),
    ("rider", "avenant"),
    ("signed", "signé"),
    ("in writing|written", "par écrit|écrit"),
    ("delete", "effacer|supprimer"),
    ("deletion", "effacement|suppression"),
    ("deadline", "délai|date limite"),
    ("payment", "paiement|versement"),
    ("late", "retard"),
    ("grievance", "grief"),
    ("steward", "délégué"),
    ("representative", "représentant"),
    ("dues", "cotisations"),
    ("initiation fee", "droit d'adhésion"),
    ("membership", "adhésion"),
    ("eligibility", "admissibilité"),
    ("eligible", "admissible"),
    ("coverage", "couverture|protection"),
    ("premium", "prime"),
    ("benefits", "avantages sociaux|prestations"),
    ("child|children", "enfant|enfants"),
    ("meeting", "réunion|assemblée"),
    ("election", "élection"),
    ("office", "bureau"),
    ("open", "ouvert|ouverture"),
    ("closed|close", "fermé|ferme"),
    # Common words of labour contracts (not any one union's)
    ("business day|business days", "jour ouvrable|jours ouvrables"),
    ("working day|working days", "jour de travail|jours de travail|jour ouvré"),
    ("cancel|cancelled|canceled", "annuler|annulé|annulée"),
    ("cancellation", "annulation"),
    ("interest", "intérêts"),
    ("termination", "résiliation|fin d'emploi"),
    ("seniority", "ancienneté"),
    ("vacation pay", "indemnité de vacances|paie de vacances"),
    ("sick leave", "congé de maladie"),
    ("parental leave", "congé parental"),
    ("double time", "temps double"),
    ("time and a half", "temps et demi"),
    ("hazard|hazardous|dangerous", "danger|dangereux|risque"),
    ("safety", "sécurité"),
    ("harassment", "harcèlement"),
    ("arbitration", "arbitrage"),
    ("arbitrator", "arbitre"),
    ("fitting", "essayage"),
    ("makeup", "maquillage"),
    ("recording", "enregistrement"),
    ("record|recorded", "enregistrer|enregistré"),
    ("narrator", "narrateur|narratrice"),
    ("narration", "narration"),
    ("subtitling", "sous-titrage"),
    ("commercial|commercials", "publicité|message publicitaire|messages publicitaires"),
    ("use fee", "droit d'utilisation|frais d'utilisation"),
    ("buyout", "rachat|forfait"),
    ("royalties|royalty", "redevances|redevance"),
    ("exclusivity", "exclusivité"),
    ("accommodation|hotel", "hébergement|hôtel"),
    ("transportation", "transport"),
    ("guardian", "tuteur|tutrice"),
    ("data", "données"),
    ("biometric", "biométrique"),
    ("dataset", "jeu de données"),
    ("machine learning", "apprentissage automatique"),
    # Kinds of work and of engagement in the performing trades
    ("broadcast|broadcasting", "radiodiffusion|diffusion"),
    ("rebroadcast|rerun|reruns", "rediffusion|rediffusions"),
    ("television|TV", "télévision|télé"),
    ("radio", "radio"),
    ("series", "série|séries"),
    ("animation|animated", "animation|animé"),
    ("theatre|theater|stage", "théâtre|scène"),
    ("podcast", "balado"),
    ("social media", "médias sociaux|réseaux sociaux"),
    ("all media", "tous médias"),
    ("internet|web", "internet|web"),
    ("territory", "territoire"),
    ("renewal", "renouvellement"),
    ("call", "appel|convocation"),
    ("minimum call", "appel minimum"),
    ("call time", "heure de convocation"),
    ("engaged|hired by the hour", "engagé|engagé à l'heure"),
    ("principal performer|principal", "interprète principal|premier rôle"),
    ("supporting performer", "interprète secondaire|second rôle"),
    ("outfit", "tenue"),
    ("song|songs", "chanson|chansons"),
    ("singer", "chanteur|chanteuse"),
    ("dancer", "danseur|danseuse"),
    ("choreographer", "chorégraphe"),
    ("stunt coordinator", "coordonnateur de cascades|coordonnatrice de cascades"),
    ("holding fee", "cachet de détention"),
    ("line|lines", "ligne|lignes"),
    ("Monday", "lundi"),
    ("Tuesday", "mardi"),
    ("Wednesday", "mercredi"),
    ("Thursday", "jeudi"),
    ("Friday", "vendredi"),
    ("Saturday", "samedi"),
    ("Sunday", "dimanche"),
    ("January", "janvier"),
    ("February", "février"),
    ("March", "mars"),
    ("April", "avril"),
    ("May", "mai"),
    ("June", "juin"),
    ("July", "juillet"),
    ("August", "août"),
    ("September", "septembre"),
    ("October", "octobre"),
    ("November", "novembre"),
    ("December", "décembre"),
]


def _build() -> list[tuple[frozenset[str], list[list[str]]]]:
    pairs = [(en.split("|"), fr.split("|")) for en, fr in PAIRS]
    # One tokenizer call for every term: one call per term cost a command's first question 0.1 s.
    tokens = iter(tokenize([term for en, fr in pairs for term in en + fr]))
    rules: list[tuple[frozenset[str], list[list[str]]]] = []
    for en_terms, fr_terms in pairs:
        en_tokens = [next(tokens) for _ in en_terms]
        fr_tokens = [next(tokens) for _ in fr_terms]
        for needed, other in [(t, fr_tokens) for t in en_tokens] + [
            (t, en_tokens) for t in fr_tokens
        ]:
            alternatives = [alt for alt in other if alt]
            if needed and alternatives:
                rules.append((frozenset(needed), alternatives))
    return rules


_RULES: list[tuple[frozenset[str], list[list[str]]]] | None = None


def _rules() -> list[tuple[frozenset[str], list[list[str]]]]:
    global _RULES
    if _RULES is None:
        _RULES = _build()
    return _RULES


def expand(tokens: list[str]) -> list[str]:
    """The tokens plus those of every glossary term whose tokens all appear in them."""
    present = set(tokens)
    extra: list[str] = []
    for needed, alternatives in _rules():
        if needed <= present:
            for alt in alternatives:
                extra.extend(t for t in alt if t not in present and t not in extra)
    return tokens + extra


def translations(tokens: list[str]) -> list[list[str]]:
    """The tokens of each translation of a glossary term whose tokens all appear in
    `tokens`, one list per alternative ("sous-titrage": ["sous", "titrag"])."""
    present = set(tokens)
    return [alt for needed, alternatives in _rules() if needed <= present for alt in alternatives]
