#!/usr/bin/env python3
"""Write docs/fmcu-rate-bulletin-2026-3.txt as Windows Notepad saves "Unicode" text.

    python3 eval/union-n/make_bulletin.py

UTF-16 little-endian with a byte-order mark (the file starts with FF FE) and CRLF line
ends. `BULLETIN` is the whole text; check_set.py reads the file back from its bytes.
"""

from __future__ import annotations

import codecs
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "fmcu-rate-bulletin-2026-3.txt")

BULLETIN = """\
FMCU RATE BULLETIN 2026-3
Fashion Models and Creators' Union of Vérandol – Rates Desk
Issued: 2026-06-15
To: members, agency bookers and accounts departments of VAMTA member agencies

Subject: Rate Schedule 2025–2028, row M-8 (Band II, full day), Year 2

1. What this bulletin is about

The Word copy of the Rate Schedule to the Fashion and Image Agreement 2025–2028 that
was sent out in May 2025 shows CHF 1,113.20 in the Year 2 column of row M-8 (Band II,
full day of up to 8 hours). That figure does not match the rate sheet initialled by
both parties in the Joint Rates Committee on 24 April 2025.

2. The agreed amount

The Band II full-day rate for Year 2 is CHF 1,130.20 per day, for every full day worked
from 2026-05-01 (the first day of Year 2) to 2027-04-30. The Joint Rates Committee
confirmed this on 9 June 2026 with both co-chairs present. Please use CHF 1,130.20 in
quotes, call sheets, invoices and booking confirmations; do not use the amount in the
May 2025 Word copy.

3. Days already paid

Agencies that have paid Band II full days since 2026-05-01 at CHF 1,113.20 owe the
model CHF 17.00 for each such day. The difference is to be paid with the model's next
statement and no later than 2026-07-31. Late-payment interest under clause 6.2 runs
from that date.

4. What is not affected

The Year 1 amount of row M-8 (CHF 1,092.00) and the Year 3 amount (CHF 1,169.80) are
as signed. No other row of the Rate Schedule, and nothing in the Usage Fee Table, is
affected by this bulletin. Band II half days (row M-5) and hourly sessions (row M-2)
were never concerned.

5. Questions

Members: Rates Desk, FMCU head office, 31 Weaver Street, Castelmont (rates@fmcu.example).
Agencies: VAMTA secretariat.

Bookers who quote a Band II full day for Year 2 in a tender or an estimate should also
use CHF 1,130.20.

A new Word copy of the Rate Schedule will be posted with the next edition of the
members' area. Until then, please keep this bulletin with your copy of the schedule.

For the Joint Rates Committee:
Ysaline Ferraud (FMCU) – Bastien Kohlrausch (VAMTA)
"""


def build() -> None:
    data = codecs.BOM_UTF16_LE + BULLETIN.replace("\n", "\r\n").encode("utf-16-le")
    with open(OUT, "wb") as f:
        f.write(data)
    print("wrote", OUT)


if __name__ == "__main__":
    build()
