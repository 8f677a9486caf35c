"""Classes of speaker error found by probing ``toolkit.analysis.quotes`` with invented sentences (never
BBC text): one test per class, each asserting the speakers of every quotation in its little texts."""
from __future__ import annotations

from toolkit.analysis.quotes import quotes


def speakers(text: str) -> list[str]:
    return list(quotes(text)["speaker"])


# --- a role description ("the prime minister") is the holder of that office, not another office's -------

def test_a_role_is_not_someone_named_with_the_same_noun_but_another_office():
    # "Finance Minister" is another office than "the prime minister"; "shadow chancellor" is not "the chancellor"
    text = ('Finance Minister Ralph Goodwin presented the budget. Tony Blair praised it. '
            '"This is a budget for families," the prime minister said.')
    assert speakers(text) == ["Tony Blair"]
    text = ('Gordon Brownlow will deliver his budget next week. Shadow chancellor Oliver Letts said it would '
            'raise taxes. But the chancellor said: "Taxes will not rise."')
    assert speakers(text) == ["Gordon Brownlow"]
    # the same office named the same way still resolves to its holder
    text = ('Home Secretary Charles Clerk and Foreign Secretary Jack Straws met in Paris. '
            '"We agree on the main points," the foreign secretary said.')
    assert speakers(text) == ["Jack Straws"]


def test_a_role_no_one_is_named_as_passes_over_people_named_with_other_posts():
    # nobody is called "prime minister": the opposition leader who spoke last is not him
    text = ('Tony Blair visited the factory. Opposition leader Michael Howell said the visit was a stunt. '
            'The prime minister told workers: "Jobs are safe."')
    assert speakers(text) == ["Tony Blair"]
    # a post is what passes a person over, not what they are: a film star may be "the actor"
    text = ('Film star Liam Rourke met theatre chairman David Johns in Dublin. '
            'The actor said: "This stage gave me my start."')
    assert speakers(text) == ["Liam Rourke"]


def test_he_after_a_role_asked_to_speak_is_that_roles_holder():
    # "prompted the prime minister to say ...": the next "he" is the prime minister, not the last name
    text = ('Tory leader Michael Howell accused Tony Blair of a U-turn on crime. Police chief Sir Ian Blake '
            'backed the Tories last week. The pressure prompted the prime minister to say the law would be '
            'reviewed. He told MPs: "We will listen to the public."')
    assert speakers(text) == ["Tony Blair"]
