"""The shared tokenisation: offsets, possessives, abbreviation dots, capitals."""

from geomap.tokens import Tokens, tokenize


def test_tokens_keep_offsets_cut_possessives_and_keep_abbreviation_dots():
    text = "Turkey's and the U.S. and St. Louis"
    toks = tokenize(text)
    assert [t.text for t in toks] == ["Turkey", "and", "the", "U.S.", "and", "St.", "Louis"]
    assert all(text[t.start : t.end] == t.text for t in toks)


def test_tokens_mark_possessives_dotted_words_and_capitals():
    toks = Tokens("Syria's north, near the U.S. base and St. Louis. Mr Smith’s dog")
    assert toks.words == ["Syria", "north", "near", "the", "U.S.", "base", "and", "St.", "Louis", "Mr",
                          "Smith", "dog"]
    assert toks.possessive == {0, 10}
    assert toks.dotted == {4, 7}  # "Louis." ends a sentence: its dot is no part of it
    assert toks.capitals == [0, 4, 7, 8, 9, 10]


def test_sentence_and_line_starts():
    toks = Tokens("Aleppo fell.\n“Idlib is next,” he said. Homs")
    starts = {toks.words[k]: toks.sentence_start(k) for k in range(toks.n)}
    assert starts["Aleppo"] and starts["Idlib"] and starts["Homs"]
    assert not starts["fell"] and not starts["is"]
    assert toks.line_start(2) and not toks.line_start(1)


def test_empty_and_wordless_texts():
    for text in ("", "  ", "1,000 — 2,000!"):
        toks = Tokens(text)
        assert toks.n == 0 and toks.words == [] and toks.capitals == []
