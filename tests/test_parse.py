"""The parse stage: the pipeline loaded once, with paragraph breaks as sentence starts."""

from eventwire.parse.nlp import PARAGRAPHS


def test_a_quote_closing_a_paragraph_does_not_run_into_the_next(nlp):
    doc = nlp('The group warned: "We will strike again."\nAttacks have surged since 2022, officials said.')
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences == ['The group warned: "We will strike again."', "Attacks have surged since 2022, officials said."]


def test_the_component_runs_before_the_parser(nlp):
    names = nlp.pipe_names
    assert names.index(PARAGRAPHS) < names.index("parser")


def test_sentences_inside_a_paragraph_are_still_split_by_the_parser(nlp):
    doc = nlp("Gunmen attacked a village on Monday. Police arrived hours later.\nA curfew was imposed.")
    assert len(list(doc.sents)) == 3


def test_a_sentence_never_starts_right_after_a_word(nlp):
    # (the parser split this one inside the unknown temple name)
    doc = nlp("The army said rebels opened fire on a border post near the Ta Muen Thom temple at around 4 p.m. on Monday, "
              "sparking a firefight that lasted an hour.")
    assert len(list(doc.sents)) == 1
