"""A text file that holds LaTeX source (knowledge/loading/latex.py) is read as what its
compiled document shows: \\maketitle's title, sectioning commands as headings, lists as
items, tables as Markdown tables whose rows carry their column headers, text commands,
escapes and accents as what they print, and without comments, hidden blocks, the preamble
or layout commands; text that is not LaTeX is left as it is."""

from __future__ import annotations

import time

import pytest

from knowledge.loading.latex import is_latex, latex_text

GUIDE = r"""% guide.tex - Guilde de la parole scénique
% Proposition du Conseil, non retenue : 590,00 kwacha par poème. Ne pas imprimer.
\documentclass[11pt,a4paper]{article}
\usepackage[french]{babel}
\usepackage{booktabs}
\newcommand{\guilde}{la Guilde}
\title{Votre voix et l'IA\\
  \large Guide de la partie F}
\author{Bureau de Sablonne}
\date{mercredi 25 novembre 2026}
\begin{document}
\maketitle

\section{Retirer son consentement}\label{sec:retrait}
Le retrait prend effet à la fin d'un trimestre civil (article 13.3). % avant : 60 jours
\begin{enumerate}
  \item Comptez les jours qui restent.
  \item Le modèle est effacé dans les 21 jours.\footnote{L'accord disait
  30 jours.}
\end{enumerate}
Un consentement global, \og pour tout \fg{}, n'a aucun effet ; voir
\guilde{} et la section~\ref{sec:retrait}.

\section{Les montants}
\begin{tabular}{lrl}
\toprule
Usage & Montant & Article \\
\midrule
Séance de capture vocale & 12\,000,00 kwacha & 14.1 \\
Portrait animé, par an & 28\,000,00 kwacha & 16.1 \\
\bottomrule
\end{tabular}

\subsection*{Suspension}
Toute suspension depuis le 1\textsuperscript{er} septembre 2026 compte.
\end{document}
Notes after the end are never printed.
"""


def test_a_document_reads_as_its_title_headings_items_and_table():
    text = latex_text(GUIDE)
    assert text.startswith(
        "# Votre voix et l'IA\nGuide de la partie F\nBureau de Sablonne\nmercredi 25 novembre 2026\n"
    )
    assert "\n## Retirer son consentement\n" in text and "\n## Les montants\n" in text
    assert "\n### Suspension\n" in text
    assert "- Comptez les jours qui restent.\n" in text
    # a footnote reads after its word, its lines joined
    assert "- Le modèle est effacé dans les 21 jours. (L'accord disait 30 jours.)" in text
    assert "| Usage | Montant | Article |\n|---|---|---|\n" in text
    # "\\," is a thin space; a table cell's spaces are plain ones (pdf.table_markdown)
    assert "| Séance de capture vocale | 12 000,00 kwacha | 14.1 |" in text
    assert "| Portrait animé, par an | 28 000,00 kwacha | 16.1 |" in text
    assert "1er septembre 2026" in text
    assert "« pour tout »," in text.replace("\u00a0", " ")
    assert "la Guilde et la section\u00a0sec:retrait." in text  # a macro; a \ref as its label
    # comments, the preamble, layout commands and what follows \end{document} are not shown
    for hidden in ("590,00", "60 jours", "babel", "\\", "{", "large", "Notes after", "%"):
        assert hidden not in text
    assert text.endswith("compte.\n")


def test_comments_and_hidden_blocks_are_dropped_but_escaped_percents_kept():
    source = r"""\documentclass{article}
\begin{document}
Dues rise by 2\% in May. % the employer offered 1% only
% Whole line: draft rate 3.5%
Wages rise by 4\%.
\iffalse
Rejected: a 7,900.00 taka bonus.
\fi
\begin{comment}
Rejected: 6,500.00 taka.
\end{comment}
\iffalse Old wording \else The bonus is 8,200.00 taka. \fi
Path a\\%not shown
See \href{https://example.org/a%20b}{the form} or \url{https://example.org/c%41}. % old form
\end{document}
"""
    text = latex_text(source)
    assert "Dues rise by 2% in May.\nWages rise by 4%." in text
    assert "The bonus is 8,200.00 taka." in text
    assert "Path a\n" in text
    assert "See the form or https://example.org/c%41.\n" in text and "old form" not in text
    for hidden in ("1%", "3.5", "7,900", "6,500", "Old wording", "not shown", "Rejected"):
        assert hidden not in text


def test_escapes_accents_and_ligatures_print_their_characters():
    source = "\\documentclass{article}\n\\begin{document}\n" + "\n\n".join(
        [
            r"Caf\'e, \`a, \^etre, na\"ive, \c{c}a, \'{E}t\'e, \^{\i}le",
            r"\oe uvre, \ae, Stra\ss e, \S 4, \textnumero 5, 20 \euro{} net",
            r"10--12 mai --- ``cited'' \ldots{} fin",
            r"R\&D, \$14.00, \#3, a\_b, \{x\}, 50\,000, a~b, a\ b",
            r"$12{,}500.00$ taka, $x^{2}$, 1\textsuperscript{re} fois, \today.",
        ]
    )
    text = latex_text(source + "\n\\end{document}\n")
    assert "Café, à, être, naïve, ça, Été, île" in text
    assert "œuvre, æ, Straße, § 4, n° 5, 20 € net" in text
    assert '10–12 mai — "cited" … fin' in text
    assert "R&D, $14.00, #3, a_b, {x}, 50\u202f000, a\u00a0b, a b" in text
    assert "12,500.00 taka, x2, 1re fois, ." in text


def test_tables_keep_their_headers_spans_captions_and_escapes():
    source = r"""\documentclass{article}
\begin{document}
\begin{table}[htbp]
  \centering
  \caption{Hourly rates}\label{tab:rates}
  \begin{tabular}{|l|r|r|}
    \hline
    \textbf{Grade} & \textbf{2025} & \textbf{2026} \\ \hline
    \multicolumn{3}{c}{Full-time staff} \\ \cline{1-3}
    A \& B & 21.50 & 22.40 \\
    C & 24.00 & \emph{25.10} \\ \hline
  \end{tabular}
\end{table}
\begin{tabular}{ll}
\hline
Lead & 240 \\
Chorus & 150 \\
\hline
\end{tabular}
\end{document}
"""
    text = latex_text(source)
    assert "Hourly rates\n\n| Grade | 2025 | 2026 |\n|---|---|---|\n" in text
    assert "| Full-time staff | Full-time staff | Full-time staff |" in text
    assert "| A & B | 21.50 | 22.40 |\n| C | 24.00 | 25.10 |" in text
    # rules above and below only: no header row, so the first row is not taken for one
    assert "|  |  |\n|---|---|\n| Lead | 240 |\n| Chorus | 150 |" in text
    assert "hline" not in text and "tab:rates" not in text


def test_a_longtable_is_read_once_without_its_repeated_head_and_page_feet():
    source = r"""\documentclass{article}
\begin{document}
\begin{longtable}{ll}
\caption{Dues by grade}\\
\toprule
Grade & Monthly dues \\
\midrule
\endfirsthead
Grade & Monthly dues \\
\midrule
\endhead
\multicolumn{2}{r}{Continued on next page} \\
\endfoot
\bottomrule
\endlastfoot
A & \$14.00 \\
B & \$16.50 \\
\end{longtable}
\end{document}
"""
    text = latex_text(source)
    table = "| Grade | Monthly dues |\n|---|---|\n| A | $14.00 |\n| B | $16.50 |"
    assert "Dues by grade\n" + table in text
    assert text.count("Grade") == 1 and "Continued" not in text


def test_lists_read_as_items_with_their_terms_and_nesting():
    source = r"""\section{Steps}
\begin{description}
  \item[Steward] A member elected by the unit.
  \item[(a)] First step.
\end{description}
\begin{itemize}
  \item Dues
  \begin{itemize}
    \item[--] Monthly
    \item Yearly
  \end{itemize}
  \item Rates, see \href{https://example.org/rates}{the rate sheet} or \url{https://example.org/a_b}.
\end{itemize}
"""
    text = latex_text(source)
    assert "- Steward: A member elected by the unit.\n- (a) First step." in text
    assert "- Dues\n  - Monthly\n  - Yearly\n- Rates, see the rate sheet" in text
    assert "or https://example.org/a_b." in text


def test_unknown_commands_keep_their_text_and_layout_commands_go():
    source = r"""\documentclass{report}
\begin{document}
\chapter{Pay}
\noindent\textbf{Overtime} is paid at \emph{time and a half}\cite{agreement}.
\vspace{1em}
\mycustombox{Night shifts} pay \textcolor{red}{\$2.00} more.\index{night}
\begin{center}\small Signed \today\end{center}
\paragraph{Note.} Run-in text.
\end{document}
"""
    text = latex_text(source)
    assert text.startswith("# Pay\n\nOvertime is paid at time and a half.\n")
    assert "Night shifts pay $2.00 more." in text and "Signed" in text
    assert "#### Note.\n\nRun-in text." in text
    for hidden in ("1em", "agreement", "red", "night", "small", "noindent"):
        assert hidden not in text


@pytest.mark.parametrize(
    "plain",
    [
        "Use \\n to break a line in the export.\nThe share is C:\\Users\\steward.\n",
        "# Notes\nA LaTeX file starts with `\\documentclass{article}`.\n",
        "```latex\n\\documentclass{article}\n\\begin{document}\nHi\n\\end{document}\n```\n",
        "Agenda:\n\\item dues\n\\item rates\n\\item any other business\n",
        "Draft\n\\section{A}\n- one\n- two\n- three\n",
        "Some text with \\textbf{bold} and \\emph{emphasis} only.\n",
        "    \\documentclass{article}\n    \\begin{document}\n",
    ],
)
def test_text_that_is_not_latex_is_left_as_it_is(plain):
    assert not is_latex(plain)
    assert latex_text(plain) == plain


def test_a_fragment_without_a_preamble_is_read_when_it_is_mostly_latex():
    fragment = "\\section{Dues}\nMembers pay 2\\%.\n\\begin{itemize}\n\\item Monthly\n"
    fragment += "\\end{itemize}\n\\subsection{Rates}\nSee below.\n"
    assert (
        latex_text(fragment) == "# Dues\n\nMembers pay 2%.\n\n- Monthly\n\n## Rates\n\nSee below.\n"
    )


def test_hostile_latex_costs_linear_time():
    head = "\\documentclass{article}\n\\begin{document}\n"
    words = "lorem ipsum dolor " * 50_000
    hostile = [
        head + "{" * 1_000_000,
        head + "{" * 100_000 + "x" + "}" * 100_000,
        head + "{a " * 15_000 + "} " * 15_000 + words,
        head + "\\begin{itemize}\n" * 60_000,
        head + "\\begin{quote}" * 5_000 + "x" + "\\end{quote}" * 5_000 + words,
        head + "\\section{" * 100_000,
        head + "\\item[" * 25_000 + words,
        head + "\\footnote{" * 12_000 + "x" + "}" * 12_000 + words,
        head + "\\begin{tabular}{ll}a & b \\\\ c & d\\\\\\end{tabular}\n" * 2_500 + words,
        head + "\\begin{tabular}{l}" + "\\multicolumn{9999}{c}{x} & " * 10_000 + "\\end{tabular}",
        head + "\\iffalse\\if\\if\\fi" * 60_000,
        head + "\\'" * 500_000,
        head.replace("\\begin", "\\newcommand{\\a}{" + "x" * 499 + "}\n\\begin") + "\\a " * 35_000,
        head + "\\verb|" * 200_000,
        head + "\\url{%" * 200_000,
        "\\section{a}\n\\begin{itemize}\n" + "\\item x\n" * 100_000 + "\\end{itemize}\n",
    ]
    for source in hostile:
        started = time.perf_counter()
        out = latex_text(source)
        assert time.perf_counter() - started < 5  # generous: well under a second here
        assert len(out) <= 2 * len(source)


def test_a_file_with_too_many_marks_to_read_one_by_one_keeps_its_words():
    source = "\\documentclass{article}\n\\begin{document}\nDues: 2\\% a month.\n"
    source += "% draft: 9% a month\n\\iffalse rejected\\fi\n" + "\\textbf{x}" * 70_000
    text = latex_text(source)
    assert text.startswith("Dues: 2% a month.\n") and text.count("x") == 70_000
    assert "draft" not in text and "rejected" not in text and "textbf" not in text


def test_a_symbol_named_like_a_conditional_does_not_hide_the_rest():
    source = (
        "\\documentclass{article}\n\\begin{document}\n\\section{Fees}\n\\iffalse\n"
        "Old rule: $a \\iff b$.\n\\fi\nThe day rate is K 500.\n\\section{Overtime}\n"
        "Double time.\n\\end{document}\n"
    )
    text = latex_text(source)
    assert "The day rate is K 500." in text and "# Overtime" in text
    assert "Old rule" not in text


def test_an_iftrue_shows_its_first_part_only():
    source = (
        "\\documentclass{article}\n\\begin{document}\n\\iftrue\nCurrent: K 500 a day.\n"
        "\\else\nWithdrawn: K 900 a day.\n\\fi\nAfter.\n"
        "\\iftrue\\iffalse x\\else y\\fi\\else z\\fi{} w\n\\end{document}\n"
    )
    text = latex_text(source)
    assert "Current: K 500 a day." in text and "After." in text
    assert "K 900" not in text and "z" not in text.split("After.")[1]
    assert "y" in text.split("After.")[1] and "x" not in text.split("After.")[1]
