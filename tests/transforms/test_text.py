import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from transforms.text import document_id, html_fragment_text, normalized_text


@pytest.mark.parametrize("raw, expected", [
    ("Kyiv is unwilling.\r\n\r\nMoscow said no.", "Kyiv is unwilling.\n\nMoscow said no."),
    ("Cafe\u0301 talks", "Caf\u00e9 talks"),  # NFC
    ("\ufeffThe summit\x00 ended\x07.", "The summit ended."),
    ("  \n Leaders met.\n\n", "Leaders met."),
    ("tab\tkept\nand newline", "tab\tkept\nand newline"),
    ("Old Mac\rline", "Old Mac\nline"),
])
def test_normalized_text(raw, expected):
    assert normalized_text(raw) == expected


@given(st.text())
def test_normalization_is_idempotent_nfc_and_control_free(raw):
    once = normalized_text(raw)
    assert normalized_text(once) == once
    assert unicodedata.is_normalized("NFC", once)
    assert not any(unicodedata.category(c) == "Cc" and c not in "\n\t" for c in once)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zs", "Zl", "Zp")), min_size=1))
def test_words_are_never_changed(word):
    word = unicodedata.normalize("NFC", word).replace("\ufeff", "")
    if word:
        assert normalized_text(f"A {word} B") == f"A {word} B"


def test_document_id_depends_on_text_only():
    assert document_id("same text") == document_id("same text")
    assert document_id("same text") != document_id("same text.")
    assert document_id("x").startswith("doc-") and len(document_id("x")) == 20


def test_html_fragment_keeps_paragraphs_and_drops_tags():
    html = "<p>Japan <b>pledged</b> aid.</p><p>Seoul agreed.<br/>Talks end Friday.</p><script>x()</script>"
    assert html_fragment_text(html) == "Japan pledged aid.\n\nSeoul agreed. Talks end Friday."
