"""The shared tokenisation: offsets, possessives, abbreviation dots, capitals."""

from geomap.tokens import Tokens, tokenize


def test_tokens_keep_offsets_cut_possessives_and_keep_abbreviation_dots():
    text = "Turkey's and the U.S. and St. Louis"
    toks = tokenize(text)
    assert [t.text for t in toks] == ["Turkey", "and", "the", "U.S.", "and", "St.", "Louis"]
    assert all(text[t.start : t.end] == t.text for t in toks)


def test_dotted_initials_keep_their_dots_with_up_to_two_letters_a_piece():
    assert Tokens("Wheeling, W.Va., and the U.S.A. and Ph.D. work").words == [
        "Wheeling", "W.Va.", "and", "the", "U.S.A.", "and", "Ph", "D", "work"]


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


def test_gaps_and_words_rebuild_the_text():
    """``gaps[k]`` is the text before word ``k``: possessive endings and dots that are no part
    of a word fall in the gaps, so gaps and words in turn give the text back."""
    for text in ("Syria's north, near the U.S. base and St. Louis. Mr Smith’s dog", "",
                 "  Ankara ’s  (Turkey's) Gen. X", "O'Hare-bound… d'Ivoire"):
        toks = Tokens(text)
        assert len(toks.gaps) == toks.n + 1
        assert "".join(g + w for g, w in zip(toks.gaps, toks.words)) + toks.gaps[-1] == text
        for k in range(1, toks.n):
            assert toks.gaps[k] == text[toks.ends[k - 1] : toks.starts[k]]
    toks = Tokens("Turkey's and the U.S. and St. Louis")
    assert toks.gaps[1] == "'s " and toks.gaps[6] == " "  # after "Turkey", and after "St." (dot kept)


def test_the_split_matches_the_word_pattern():
    """The split (with possessive repeats where Python has them) cuts every text into the
    words of ``_TOKEN`` and the gaps between them, as the plain pattern in a group does."""
    import random
    import re

    from geomap.tokens import _SPLIT, _TOKEN

    plain = re.compile(f"({_TOKEN.pattern})")
    rng = random.Random(16)
    texts = ["d'Ivoire O'Hare rock'n'roll dogs' ’tis l’Aquila x'1 U.S.A. W.Va. Ph.D. a.b. é’s _a 2a",
             "Côte d’Ivoire’s north, the U.S.’ role; ĞĞ'ĞĞ 中国's ابن'x"]
    texts += ["".join(rng.choice("aZé’'._-1 \nU.S_中") for _ in range(rng.randint(0, 40))) for _ in range(5000)]
    for text in texts:
        assert _SPLIT.split(text) == plain.split(text)
