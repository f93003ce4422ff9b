"""A PDF form's filled-in text fields are read as lines of their page; comments and
sticky notes are not (loading/pdf_fields.py)."""

from __future__ import annotations

import io

from knowledge.loading import load_bytes


def _signed_pdf(
    value: str = "15/09/2026", name: str = "date_of_signature", junk: bool = False
) -> bytes:
    from fpdf import FPDF
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (
        ArrayObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        NullObject,
        NumberObject,
        TextStringObject,
    )

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.set_xy(10, 20)
    pdf.multi_cell(
        190, 6, "18.2 This agreement is signed by the parties below.\nDate of signature:"
    )
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(bytes(pdf.output()))))
    page = writer.pages[0]
    rect = ArrayObject([FloatObject(x) for x in (120, 700, 260, 714)])
    field = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/FT"): NameObject("/Tx"),
            NameObject("/T"): TextStringObject(name),
            NameObject("/V"): TextStringObject(value),
            NameObject("/Rect"): rect,
        }
    )
    note = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Text"),
            NameObject("/Contents"): TextStringObject("draft: $950.00 an hour"),
            NameObject("/Rect"): rect,
        }
    )
    annotations = [writer._add_object(field), writer._add_object(note)]
    if junk:  # annotations that are no dictionaries, before the field
        annotations = [NumberObject(3), NullObject(), *annotations]
    page[NameObject("/Annots")] = ArrayObject(annotations)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_filled_in_field_is_a_line_of_its_page():
    text = load_bytes(_signed_pdf(), "agreement.pdf").text
    assert "Date of signature: 15/09/2026" in text
    assert "950" not in text  # a sticky note is a remark, not the text


def test_an_empty_or_huge_field_costs_nothing():
    # an empty field adds no line: the page's own label is there once
    assert load_bytes(_signed_pdf(value=""), "a.pdf").text.count("Date of signature:") == 1
    text = load_bytes(_signed_pdf(value="x" * 5000), "a.pdf").text
    assert "x" * 200 in text and "x" * 201 not in text


def test_an_annotation_that_is_no_dictionary_loses_no_field():
    assert "Date of signature: 15/09/2026" in load_bytes(_signed_pdf(junk=True), "a.pdf").text
