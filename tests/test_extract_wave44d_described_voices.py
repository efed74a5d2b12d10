"""Wave 44d: a voice described by the kind of its body (`A company spokeswoman said`, `A council spokesman said`)
right after a sentence that a body opens (`Chatterbox pushed back.`) speaks for that body when the noun may name it,
even if the body has not spoken yet; an earlier company that spoke is another party. A body of another kind opening
the sentence before (`Unite ... A company spokesperson said`) leaves the reading as it was."""
from tests.extract_rows import cued_rows

ORG = "organisation"


def test_a_company_voice_after_a_sentence_a_company_opens_is_that_company():
    assert cued_rows(
        "Chatterbox said in February that 40 million people used its app.\n\nAnalytics firm Tallyware estimated that "
        "the app had about 28 million users in March, a spokesman for Tallyware said.\n\nChatterbox pushed back. "
        "A company spokeswoman said its own count was 41 million.") == [
        ("Chatterbox", ORG, "said in February that", "40 million people used its app"),
        ("Tallyware", ORG, "said", "Analytics firm Tallyware estimated that the app had about 28 million users in "
                                   "March"),
        ("Chatterbox", ORG, "said", "its own count was 41 million")]


def test_a_council_voice_after_a_sentence_a_council_opens_is_that_council():
    assert cued_rows(
        "Harrowby Borough Council said 88% of pupils got their first choice.\n\nWexcombe City Council has "
        "published its figures. A council spokesman said 215 children had been offered no school they asked for.") == [
        ("Harrowby Borough Council", ORG, "said", "88% of pupils got their first choice"),
        ("Wexcombe City Council", ORG, "said", "215 children had been offered no school they asked for")]


def test_a_company_voice_after_a_sentence_a_union_opens_is_not_the_union():
    assert cued_rows(
        "Pellan Foods said 240 jobs would go.\n\nThe Brackwater Food Workers Union has called a ballot. "
        "A company spokesperson said talks would go on.") == [
        ("Pellan Foods", ORG, "said", "240 jobs would go"),
        ("Pellan Foods", ORG, "said", "talks would go on")]
