"""Commitments: who pledged, signed, endorsed, refused, demanded or proposed what, for whom, on what condition.

Find, then resolve, sentence by sentence, over the entity mentions of `transforms.entities`:
1. triggers from the versioned lexicon (`transforms.lexicon`): "pledged", "signed", "ruled out", "called on",
   "will deploy" ... Adjectival uses ("the proposed changes", "Russian-backed") and questions are not commitments.
2. negation ("not", "n't", "never" just before the trigger, or inside "will not send") turns a pledge, agreement
   or endorsement into a refusal (polarity negative); a negated refusal, demand or proposal is dropped.
3. actors: the passive agent ("signed by Ukraine, France and the UK"), else the subject group: the states,
   organisations and persons named in the trigger's clause before it (clauses end at ";", "that", quotes, "but"...),
   skipping objects of prepositions ("talks with Russia"); "we"/"I" inside a quote -> the speaker's side; "it",
   "they" -> the subject of the enclosing clause or the last actor of the document; "the allies", "the coalition",
   "the bloc" -> the last organisation named. Persons act for their state on the document's date (roles in
   `seeds/reference`), or for their organisation; an unknown person acts for the state of their title.
4. beneficiaries/targets after the trigger ("to Ukraine", "for Ukraine's defence"; "against Russia", sanctions
   "on Iran"; the object of a demand or refusal is its target), condition clause ("Following a ceasefire",
   "if ...", "once", "unless", "provided that"), modality, category, money, counts, event date and deadline.
One row per (sentence, actor group, undertaking): two triggers with the same actors and kind in one sentence are
one row; different actor groups are separate rows.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Container, Iterable, Mapping
from functools import cache
from typing import Callable, NamedTuple

from transforms.amounts import counts, money_amounts
from transforms.entities import Mention
from transforms.lexicon import ANCHORED, HEDGED_MODALS, NO_TRIGGER, NOUN_MODALS, Lexicon, Trigger
from transforms.reference import NON_STATE_ROLES, EntityRecord, Reference
from transforms.sentences import Sentence, sentence_index_at, sentence_position_at
from transforms.timex import deadline, event_date

NEGATION = re.compile(r"(?:\bnot|\bcannot|n['’]t|\bnever|\bno longer)\s+(?:\w+ly\s+|also\s+|yet\s+|be\s+|been\s+)*$",
                      re.IGNORECASE)
DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|this|that|these|those|more|most|two|three|four|"
                               r"five|several|many|\d+|newly|recently|"
                               r"jointly|already|previously|once)\s+|-)$", re.IGNORECASE)
# whom a demand addresses at home: the legislature, the people, the crowd, one's own government, or calm ("called
# for calm")
DOMESTIC_ADDRESSEE = re.compile(r"\s+(?:upon\s+|on\s+|for\s+)?(?:(?:the\s+|his\s+|her\s+|its\s+|their\s+)?"
                                r"(?:(?:U\.S\.|US|American|national|federal|state)\s+)?"
                                r"(?:(?:Congress|Parliament|parliament|lawmakers|legislators|MPs|Senate|House|"
                                r"demonstrators|protesters|protestors|supporters|followers|voters)"
                                r"\b(?!['’]s|\s+of\b)|"
                                r"calm\b|(?:people|population|public|citizens)\s+to\b)|"
                                # "had asked his government to renegotiate the contract": one's own executive
                                r"(?:his|her|its|their)\s+(?:own\s+)?(?:government|cabinet|ministers|ministry|"
                                r"administration)\b)")
PREPOSITION_JUST_BEFORE = re.compile(r"\b(?:within|under|with|without|of|for|from|among|between)\s+$", re.IGNORECASE)
_ADVERB_DETERMINERS = frozenset({"newly", "recently", "jointly", "already", "previously", "once"})
AUXILIARY_BEFORE = re.compile(r"\b(?:has|have|had|'ve|’ve)\s+$", re.IGNORECASE)
# (at most one alternative can match at a position, so their order is free: the words share one "\b")
CLAUSE_LOOK_AHEAD = 40  # how far past a trigger CLAUSE_BREAK may look (the word after "before": "has before urged")
CLAUSE_BREAK = re.compile(r";|:|\s[—–]\s|[“”\"]|\b(?:that|which|who|while|whereas|but|because|although|"
                          r"when|said|says|if|unless|as)\s|\b(?:after|before)\s(?!\w+ed\b)", re.IGNORECASE)
# "as" after a name is a role or a list, not a clause: "China as chairman (of the talks) urged", "Japan as well as"
ROLE_AS = re.compile(r"\b[A-Z][\w.'’-]*\s$")
AS_ROLE = re.compile(r"as\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:chairman|chairwoman|chair|host|"
                     r"mediator|guarantor|president|presidency|sponsor|leader|member|signatory|broker|"
                     r"representative|spokesman|spokeswoman)\b", re.IGNORECASE)
AS_WELL_AS = re.compile(r"as\s+well\s+as\b|(?<=well\s)as\b", re.IGNORECASE)
QUOTE_MARKS = frozenset('“”"')
QUOTES_AS_SPACES = str.maketrans('“”"', "   ")
OPENING_QUOTE = re.compile(r"[“\"](?=\w)")
# a pronoun opening a clause, before its verb: "(said that) he wanted ..."; in a clause after "that", either verb
# after "and" then has the same subject, the speaker ("said that he wanted a "fair share" and called for ...")
LEAD_PRONOUN = re.compile(r"\s*(he|she|we)\s+(?!and\b)\w", re.IGNORECASE)  # not "they": "claimed that they
# (the announcements) are ... and promised": the main verb's
FIRST_WORD_ING = re.compile(r"\w+ing\b")  # "criticised governments for expressing concern and pledging": theirs
# what is left of a clause after a quotation mark that is not a clause of its own: nothing, or "and" / "but"
NOTHING_OF_ITS_OWN = re.compile(r"\s*(?:(?:and|but)\s+)?(?:also\s+|then\s+|later\s+|\w+ly\s+)*", re.IGNORECASE)
RELATIVE_CLOSED = re.compile(r",\s*(?:(?:also|now|then|still|has|have|had|is|are|\w+ly)\s+)*$")
TIME_ASIDE_CLOSED = re.compile(r"[^,;]{1,80},\s*(?:(?:also|now|then|still|has|have|had|is|are|\w+ly)\s+)*$")
PREPOSITION_BEFORE = re.compile(r"\b(?:with|in|from|to|of|against|for|on|at|over|between|into|toward|towards|"
                                r"about|than|across|under|without|via|through|by)\s+(?:the\s+)?$", re.IGNORECASE)
# every match of NEGATION holds one of these, lowercased (its letters have no non-ASCII case-insensitive equals)
_NEGATION_WORDS = ("not", "n't", "n’t", "never", "no longer")


def _opening_mention(text: str, sent: Sentence, before: list[Mention]) -> Mention | None:
    """The first of `before` within the sentence's first 40 characters that no preposition governs: the sentence's
    subject when it opens with a name."""
    return next((m for m in before if m.start - sent.start <= 40 and
                 not PREPOSITION_BEFORE.search(text[max(sent.start, m.start - 20):m.start])), None)


def _sentence_tail(text: str, at: int) -> str:
    """The text before `at` back to the end of the sentence before it (a period, question or exclamation mark
    and a space, or a line break), at most 200 characters."""
    window = text[max(0, at - 200):at]
    cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "), window.rfind("\n"))
    return window[cut + 1:] if cut >= 0 else window


def _object_head(s_text: str, at: int) -> str:
    """The head noun of the object that starts at `at`: its last word before the first preposition, "and" or
    punctuation, lowercased ("all commercial relations with Vanuatu" -> "relations"); "" when there is none."""
    stop = _OBJECT_HEAD_END.search(s_text, at, at + 80)
    words = re.findall(r"[A-Za-z]+", s_text[at:stop.start() if stop else at + 80])
    return words[-1].lower() if words else ""


def _party_named(mentions: list[Mention], start: int, end: int) -> bool:
    """Whether a state or organisation is named in text[start:end] (`mentions`: the sentence's)."""
    return any(start <= m.start < end and m.entity_id.startswith(("country:", "org:")) for m in mentions)


def _negated_before(s_text: str, t_start: int) -> bool:
    """NEGATION.search(s_text, 0, t_start), asked only when a negation word is there to be found."""
    before = s_text[:t_start].lower()
    return any(w in before for w in _NEGATION_WORDS) and NEGATION.search(s_text, 0, t_start) is not None


def _determiner_before(s_text: str, t_start: int) -> bool:
    """DETERMINER_BEFORE.search(s_text, 0, t_start), searched from just before the last word before t_start: a
    match ends at t_start (or before a final "\\n"), so its "\\s+" (or its "-") ends the text but for spaces, and
    its word, at most 10 characters ("previously"), ends where those spaces begin. \\b sees the text before pos."""
    j = t_start
    while j and s_text[j - 1].isspace():
        j -= 1
    found = DETERMINER_BEFORE.search(s_text, max(0, j - 11), t_start)
    if found is None:
        return False
    # "has already urged", "had previously rejected": an adverb after an auxiliary leads to a verb, not a noun's
    # participle ("the already agreed plan")
    return not (found.group(0).strip().lower() in _ADVERB_DETERMINERS
                and AUXILIARY_BEFORE.search(s_text, max(0, found.start() - 12), found.start()))


# "-ed" triggers that stay active after "is": "Russia is opposed to", "is committed to"
ADJECTIVAL = frozenset({"committed to", "opposed", "committed itself to"})
# trigger words that are also nouns, and what makes them nouns: a determiner, an adjective, a preposition or a verb
# before them ("has seen calls for", "despite past pledges by Israel", "their demand that", "Iran's offer to")
NOUN_FIRST_WORDS = frozenset("calls call pledges pledge demands demand promises promise vows vow offers offer "
                             "commitment commitments".split())
NOUN_CONTEXT_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|our|your|this|that|these|those|past|previous|"
                                 r"earlier|repeated|renewed|growing|mounting|new|fresh|recent|similar|such|many|several|"
                                 r"more|amid|despite|after|following|of|with|by|to|for|against|ignoring|ignored|"
                                 r"rejected|rejecting|heeded|seen|made|making|issued|echoed|cited|resisted)|['’]s)\s+$",
                                 re.IGNORECASE)
PHRASAL_BACK = re.compile(r"\s+(?:away|down|off|out)\b", re.IGNORECASE)
# bare verbs that are triggers only after a pronoun subject (elsewhere mostly nouns: "support for", "a call for")
PRONOUN_ONLY = frozenset({"support", "oppose", "urge", "welcome", "ask", "call on", "call upon", "call for",
                          "appeal for", "expect", "fully expect", "expected", "request", "insist"})
# "we expect X to <verb>" is a demand; "we expect X to grow" is a forecast, and so is any expectation without an
# actor right after it
# ("I made it clear to him that I expected Israel to withdraw")
EXPECTATIONS = frozenset({"expect", "fully expect", "expected"})
FORECAST_VERBS = frozenset("""be remain grow rise fall reach become have see continue take face need win lose increase
decline recover slow expand come arrive happen get make go""".split())
# an aside between a first-person subject and its verb: "We, therefore, expect him to ..."
_ASIDE = r"(?:\s*,\s*(?:therefore|however|of\s+course|too|also)\s*,)?"
EXPECTING_SELF = re.compile(rf"\b(?:we|i){_ASIDE}\s+"
                            r"(?:\w+ly\s+|also\s+|still\s+|do\s+)*$", re.IGNORECASE)  # not "they"
EXPECTED_NORMATIVE = re.compile(r"\b(?:made\s+(?:it\s+)?clear|clear\s+that|insisted|stressed|told\s+\w+)\b",
                                re.IGNORECASE)
PERSON_OBJECT_TO = re.compile(r"\s+(?:him|her)\s+to\s", re.IGNORECASE)
_EXPECTED_TO = re.compile(r"\s+(?:[\w.'’-]+\s+){1,4}?to\s+(\w+)")
# "does not accept", "will not accept", "cannot accept": a refusal also of another state's acts ("the Colombian
# government does not accept the meddling of foreign governments"), besides an accord's objects; not of arguments,
# results or insinuations, which are opinions
REFUSED_ANYTHING = frozenset({"accept", "accepts"})
REFUSED_OBJECTS = frozenset({"meddling", "interference", "intervention", "interventions", "ultimatum", "dictates",
                             "presence", "deployment", "occupation", "annexation", "secession", "independence",
                             "pressure", "threats", "blockade", "sanctions", "embargo"})
NOT_JUST_BEFORE = re.compile(r"(?:\bnot|n['’]t|\bnever|\bcannot)\s+$", re.IGNORECASE)
# a stance kept up: "The UK continues to support ending the embargo", "Japan continued to oppose the ban"
STANCE_VERBS = frozenset({"support", "oppose"})
# a plural subject of a bare present verb: two or more names joined by "and" ("The United States, France, and
# other Western nations oppose the program", "Britain and France urge Iran to ..."), the verb right after the
# subject's last word (adverbs allowed); not a noun ("US and EU support for Kyiv", "Iranian support to")
PLURAL_PRESENT = frozenset({"support", "oppose", "urge", "welcome", "call on", "call upon", "call for"})
PLURAL_SUBJECT_END = re.compile(r"(?:\b(?:nations|countries|states|governments|powers|members|allies|partners)|"
                                r"[A-Z][\w.'’-]*)\s+(?:(?:also|still|all|both|now|jointly|\w+ly)\s+)*$")
LIST_JOINER = re.compile(r"\b(?:and|or|as\s+well\s+as|along\s+with|together\s+with|plus)\b|&", re.IGNORECASE)
# "the US, France, UK and other nuclear weapons states", "the Council of Europe and the Red Cross": the list ends
# after the last name we hold
LIST_GOES_ON = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:,\s*(?:the\s+)?[A-Z][^,;.]{0,40})*,?\s*(?:and|or|as\s+well\s+as)\b")
# a lower-case word other than an article before the first name of a chain of commas in its sentence
WORDS_BEFORE_CHAIN = re.compile(r"\b(?!(?:the|a|an)\b)[a-z][\w-]*")
# "Britain, France, and other EU members have pledged": the list goes on unnamed, it is no appositive
AND_OTHERS = re.compile(r",?\s*and\s+(?:a\s+number\s+of|other|several|many|some)\b", re.IGNORECASE)
PLURAL_JOINED = re.compile(r"\band\s+(?:the\s+|other\s+|several\s+|many\s+|some\s+)*[A-Z\w]")
# "<modal> suspend/halt/stop/freeze/cut/end <what others receive>": withholding, a refusal. The head noun of the
# direct object decides (the words before its first preposition or "and"): "will suspend aid to Ethiopia", "to
# stop all commercial relations with Vanuatu"; not "will suspend its enrichment programme", "will halt military
# operations", "will cut tariffs on imports" (one's own programme or a concession, a pledge)
WITHHOLDING_VERBS = frozenset({"suspend", "halt", "stop", "freeze", "cut", "end"})
# a vow of restraint: a harm or a hostile act ruled out is a pledge, not a refusal ("DPRK would never use such weapons
# first", "We will not attack Ethiopia", "will not interfere in Lebanon's affairs"; the gold files' vow-of-restraint
# rule); the verbs of RESTRAINT_ONLY are no undertaking unless negated ("Israel would violate the truce" is a
# forecast or a charge, "intentions to invade Iraq" a plan reported)
RESTRAINT_VERBS = frozenset({"attack", "invade", "use", "retaliate", "violate", "interfere", "impede", "obstruct",
                             "harm", "provoke", "occupy", "reoccupy"})
# a purpose: "so they would not attack the building", "so that the army would not ..." (not "and so Britain will")
PURPOSE_BEFORE = re.compile(r"\bso\s+that\s+(?:[\w'’-]+\s+){1,3}$|\bso\s+(?:they|it|he|she|we|you|i)\s+$",
                            re.IGNORECASE)
# a past modal of intent in the passive or as a participle after a comma: a thing's purpose
PURPOSED_MODALS = frozenset({"intended to", "planned to"})
PURPOSED_BEFORE = re.compile(r"(?:\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+|also\s+)?|,\s*)$", re.IGNORECASE)
RESTRAINT_ONLY = frozenset({"invade", "violate", "interfere", "impede", "obstruct", "harm", "provoke", "occupy",
                            "reoccupy"})
WITHHELD = frozenset({"aid", "assistance", "loans", "loan", "funding", "funds", "payments", "disbursements", "talks",
                      "negotiations", "relations", "ties", "trade", "exports", "imports", "deliveries", "shipments",
                      "supplies", "supply", "flights", "visas", "membership", "cooperation", "contributions", "support",
                      "sales"})
# "<modal> withdraw from / pull out of / abandon <an accord or a process>": the accords are the objects the lexicon
# allows after the plain "pulled out of"
LEAVING_VERBS = frozenset({"withdraw", "pull out", "abandon"})
ABANDONING = frozenset({"abandon"})  # (the leaving verbs whose accord is their direct object, no "from" / "of")
LEFT_FROM = re.compile(r"\s+(?:from|of)\s+")
LEAVING_AS = "pulled out of"
# the plain refusals of leaving ("withdrew from", "pulled out of", with their objects in the lexicon): the head of
# their object must be an accord ("withdrew from Somalia under the peace agreement" left a country, not the agreement)
LEAVING_ENDINGS = (" from", " out of")
_OBJECT_HEAD_END = re.compile(r"\b(?:of|to|with|in|on|for|from|and|or|by|at|into|until|unless|if|after|since|under|"
                              r"following|over|during|because|amid)\b|[,;.:]",
                              re.IGNORECASE)
WARNED_OF_CONSEQUENCES = re.compile(
    r"\s+(?:(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}(?:(?:on|last|this)\s+\w+\s+)?of\s+|"
    r"that\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}(?:will|would|could)\s+face\s+)"
    r"(?:[\w\"“”]+\s+){0,2}?[\"“]?(?:consequences|repercussions)\b"
    # 'warned of "dire consequences" unless Uganda removes its troops': a threat on a condition set to someone named
    r"|\s+of\s+[\"“]?(?:\w+\s+){0,2}?(?:consequences|repercussions)[\"”]?,?\s+(?:unless|if)\s+(?:the\s+)?[A-Z]")
# "India has long expressed concern over Nepal, calling for ...": the bare participle of the main clause after a
# comma or "while", "by"; "protesters calling for" is no row
CALLING_ON = frozenset({"calling on", "calling upon"})
CALLING = CALLING_ON | {"calling for"}
# or right after the text that calls: "adopted a resolution calling for Syria to cooperate" (the adopter's demand)
_ISSUED_TEXT = r"(?:resolutions?|statement|declaration|communiqu[eé]|letter)"
PARTICIPLE_OPENING = re.compile(r"(?:,|\b(?:by|while|" + _ISSUED_TEXT + r"))\s+(?:also\s+|again\s+|repeatedly\s+)?$",
                                re.IGNORECASE)
INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
SAID_COMMA_BEFORE = re.compile(r"\b(?:said|says|added|stated|told\s+\w+)\s*,\s*$", re.IGNORECASE)
DOCUMENT_BEFORE = re.compile(r"\b" + _ISSUED_TEXT + r"(?:\s+\d+)?\s*,?\s*$", re.IGNORECASE)
# the subject issued the text: "unanimously adopted a resolution", "made a joint statement", "has released a statement"
ISSUED_DOCUMENT = re.compile(r"\b(?:adopted|adopts|passed|passes|issued|issues|released|releases|approved|approves|"
                             r"made|published|agreed|signed)\s+(?:an?|the|its|their|this)\s+(?:[\w-]+\s+){0,3}?"
                             + _ISSUED_TEXT + r"(?:\s+\d+)?\s*,?\s*$", re.IGNORECASE)
# (also what is backed after a modal: "Bush will back the nominee", "will back the candidate of the Socialist Party")
DOMESTIC_SUPPORT_OBJECT = re.compile(r"\s+(?:for\s+|of\s+)?(?:the|his|her|their|its|this|a)\s+(?:[\w-]+\s+){0,2}?"
                                     r"(?:bill|legislation|nominee|nomination|candidate|candidacy|amendment|motion)\b",
                                     re.IGNORECASE)
# a title after a demonym: "Iraqi Prime Minister Nouri al-Maliki" (an office), not "Israelis and" (a people)
TITLE_AFTER = re.compile(r"\s+[A-Z]")
_CROWD = (r"(?:protesters|demonstrators|students|supporters|activists|crowds?|people|citizens|residents|workers|"
          r"farmers|refugees|rebels|militants|Shiites|Sunnis|Kurds|Muslims|Christians|thousands|hundreds|opposition)")
CROWD_AFTER = re.compile(r"\s+(?:\w+\s+)?" + _CROWD + r"\b", re.IGNORECASE)
CROWD_OPENING = re.compile(r"\s*(?:about\s+|some\s+|many\s+|several\s+|\d[\d,]*\s+)?" + _CROWD + r"\b", re.IGNORECASE)
RESISTING = frozenset({"resisted", "resists"})
HAVING_BEFORE = re.compile(r"\bhaving\s+$", re.IGNORECASE)
MARKET_PRESSURE = re.compile(r"\s+(?:\w+\s+){0,2}?(?:financial[- ])?market\s+pressures?\b", re.IGNORECASE)
# what "is not an option" when it is said to press on, not to refuse anything
RESOLVE_SUBJECT_BEFORE = re.compile(r"\b(?:failure|defeat|the\s+status\s+quo|inaction|business\s+as\s+usual|waiting|"
                                    r"doing\s+nothing|retreat|surrender|giving\s+up|going\s+back)\s+(?:is|was|are|"
                                    r"were|remains?|remained|seems?)\s+(?:\w+ly\s+|still\s+)*$", re.IGNORECASE)
# "Critics of Russia and China oppose ...": the names are not the subject
SUBJECT_PREPOSITION = re.compile(r"\b(?:of|between|from|in|with|against|for|on|by|at|to|among|about)\s")
NOUN_USE_AFTER = re.compile(r"\s*(?:for|of|from|to|in|among|by|at|as|and|or|is|was|has|had|[,.;:!?)\"”])(?:\b|\s|$)",
                            re.IGNORECASE)
CONTINUES_TO_BEFORE = re.compile(r"\b(?:continues|continued|continue)\s+to\s+$", re.IGNORECASE)
FIRST_PERSON_BEFORE = re.compile(rf"\b(?:we|i|they){_ASIDE}\s+"
                                 r"(?:\w+ly\s+|also\s+|all\s+|too\s+|still\s+|will\s+|would\s+|"
                                 r"do\s+|does\s+|did\s+|not\s+|never\s+|n['’]t\s+|can\s+|cannot\s+)*$",
                                 re.IGNORECASE)
ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|this|that|new)\s+$", re.IGNORECASE)
PAST_WORDS = frozenset({"past", "previous", "earlier"})
# what a person, not a state, offers or promises: their own office
PERSONAL_ACT = re.compile(r"(?:to\s+)?(?:resign|quit|step\s+down|stand\s+down|retire)\b", re.IGNORECASE)
PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
OWN_SIDE_WORD = re.compile(r"\b(?:[Oo]ur|[Mm]y|[Ww]e|us|I)\b")  # the speaker's own side, in a subject (not "US")
PRESENT_PASSIVE_BEFORE = re.compile(r"\b(?:is|are)\s+(?:\w+ly\s+)?$", re.IGNORECASE)  # "the talks are suspended"
# a trigger that is the second verb of its clause: "... and pledged", "..., and then agreed"
COORDINATED_VERB = re.compile(r"\w[^,;]*?(?:\s|,\s*)and\s+(?:then\s+|later\s+|also\s+|\w+ly\s+)*$", re.IGNORECASE)
# how every match of COORDINATED_VERB ends, searched first: far cheaper than its lazy scan from every word character
_COORDINATED_END = re.compile(r"and\s+(?:then\s+|later\s+|also\s+|\w+ly\s+)*$", re.IGNORECASE)
# a reporting or belief verb right before the trigger: its subject was left in a relative clause
REPORTING_BEFORE = re.compile(r"\b(?:believes?|believed|says|said|thinks?|thought|claims?|claimed|alleges?|alleged|"
                              r"suspects?|suspected)\s+$", re.IGNORECASE)
# the last name before the verb closes an appositive to the subject: "The Secretary General, Kofi Annan, had put"
APPOSITIVE_NAME = re.compile(r"\s*,\s*(?:\w+ly\s+|also\s+|already\s+|still\s+|again\s+|has\s+|had\s+|have\s+|will\s+|"
                             r"would\s+|then\s+)*$",
                             re.IGNORECASE)
# "agreed by 2010", "signed by the end of the year", "adopted by consensus": "by" that does not name an agent
TIME_AFTER_BY = re.compile(r"(?:the\s+)?(?:\d|end\b|middle\b|beginning\b|start\b|spring\b|summer\b|autumn\b|fall\b|"
                           r"winter\b|next\b|early\b|late\b|mid\b|consensus\b|a\s+vote\b|a\s+majority\b|"
                           r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                           r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)", re.IGNORECASE)
LATE_AGENT = re.compile(r"\s+(?:(?:in|at|on)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+|today\s+|yesterday\s+|"
                        r"(?:on\s+)?\w+day\s+|(?:last|this)\s+(?:week|month|year)\s+|\w+ly\s+){1,3}by\s")
# a receiver, then the agent of a passive: "be delivered to Palestine by", "be sent to the Sudan by"
RECEIVER_THEN_AGENT = re.compile(r"\s+(?:to|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+by\s"
                                 r"(?!\s*(?:way\s+of|air|sea|land|road|rail|ship|plane|truck)\b)")
# a court as the agent: "rejected by a Turkish court", "approved by the Supreme Court of India"
COURT_AGENT = re.compile(r"\s*(?:an?\s+|[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?:[a-z]+\s+)?(?:[Cc]ourt|[Tt]ribunal|[Jj]udge)s?\b")
BY_AGENT = re.compile(r"\s+(?:\w+ly\s+)?by\s", re.IGNORECASE)
# ("we're committed to", "I've agreed to": the first person and its verb in one token; a "they" is named only when
# it stands alone)
PRONOUN_SUBJECT = re.compile(r"\b(it|they|he|she|we|i)(?:(?<=we)['’](?:re|ve|d)|(?<=i)['’](?:m|ve|d))?\s+(?:\w+ly\s+|also\s+|all\s+|both\s+|too\s+|still\s+|"
                             r"now\s+|not\s+|never\s+|had\s+|has\s+|have\s+|would\s+|"
                             r"will\s+|did\s+|does\s+|do\s+|is\s+|are\s+|was\s+|were\s+)*$", re.IGNORECASE)
GROUP_SUBJECT = re.compile(r"\b(?:the\s+)?(allies|alliance|coalition|bloc|partners|members|leaders|signatories|"
                           r"ministers|donors|summit)\s+(?P<meeting>(?:at|of)\s+the\s+(?:summit|meeting|conference|talks)\s+)?"
                           r"(?:\w+ly\s+|also\s+|later\s+|then\s+|now\s+|have\s+|has\s+|had\s+)*$", re.IGNORECASE)
# what may follow a subject before its verb: adverbs and auxiliaries ("has also", "would now")
_SUBJECT_TAIL = r"(?:\w+ly\s+|also\s+|have\s+|has\s+|had\s+|now\s+|since\s+|will\s+|would\s+)*$"
# a subject that is a state's executive body named with the state after "of": "the Central Bank of Nigeria (CBN)",
# "The Ministry of Foreign Affairs of Japan", "the Armed Forces of Ukraine", "The Government of India" (not a
# parliament or a party); the state is the clause's last mention
STATE_BODY_SUBJECT = re.compile(r"^\s*(?:[Tt]he\s+)?(?:(?:Central|Reserve|National)\s+Bank|(?:Foreign\s+)?Ministry"
                                r"(?:\s+of\s+[A-Z][\w,&]*(?:\s+(?:[A-Z][\w,&]*|and|&))*)?|"
                                r"Armed\s+Forces|Army|Navy|Air\s+Force|Government)\s+of\s+(?:the\s+)?"
                                r"(?:[A-Z][\w'’.-]*\s+){1,3}(?:\([A-Z]+\)\s+)?" + _SUBJECT_TAIL)
# "the government", "The new Labor government", "the incoming administration": a state's, named just before
THE_GOVERNMENT_SUBJECT = re.compile(r"^\s*(?:[Tt]he|[Tt]his)\s+(?:(?:new|incoming|interim|current|present|caretaker|"
                                    r"coalition|[A-Z][\w-]*)\s+){0,2}(?:government|administration|cabinet)\s+"
                                    + _SUBJECT_TAIL)
# "The government in Khartoum refused", "the authorities in Beijing have agreed": a state's government by its capital
GOVERNMENT_IN = re.compile(r"\s*(?:(?:But|And|However|Meanwhile),?\s+)?(?:[Tt]he\s+)?"
                           r"(?:(?!city\b|local\b|municipal\b|provincial\b|regional\b|state\b|county\b|district\b)"
                           r"[\w-]+\s+)?(?:government|"
                           r"regime|authorities|leadership|administration|junta)\s+in\s+")
_SUBJECT_TAIL_RE = re.compile(r"\s+" + _SUBJECT_TAIL)
IN_JUST_BEFORE = re.compile(r"\bin\s+(?:the\s+)?$")
# a phrase that opens the clause before its subject, up to a comma: "According to media reports in North Korea, the
# government has severed ...", "In a statement from Tehran, the government ..."
OPENING_PHRASE = re.compile(r"\s*(?:According\s+to|In|On|At|After|Following|Meanwhile\s+in|From)\b[^,;]*,\s*")
# "Europe" alone as a subject stands for the European Union when the document has named it: "European Union
# spokesperson Cristina Gallach says that Europe is prepared to take action"
EUROPE_SUBJECT = re.compile(r"\s*(?:(?:But|And|So|Now|Thus),?\s+)?Europe\s+" + _SUBJECT_TAIL)
EUROPEAN_UNION = "org:european-union"
# "Many countries have boycotted the ban, including the United States, Russia and India": a clause subject of
# unnamed states whose members are listed after the verb; the list is the actor
UNNAMED_STATES_SUBJECT = re.compile(r"\s*(?:(?:But|And|However|Meanwhile|So\s+far|Already|Yet),?\s+)?"
                                    r"(?:many|several|some|most|other|few|a\s+few|a\s+number\s+of|\d+|two|three|four|"
                                    r"five|six|seven|eight|nine|ten|dozens\s+of)\s+(?:other\s+|more\s+|\w+\s+)?"
                                    r"(?:countries|nations|states|governments)\s+(?:already\s+|still\s+)?"
                                    + _SUBJECT_TAIL, re.IGNORECASE)
LISTED_AFTER = re.compile(r",\s*(?:including|among\s+them|notably|such\s+as)\s+")
# where the trigger's clause ends before a later one: "have agreed to send troops, and others, including France, have
# refused" (the list is the later clause's)
LATER_CLAUSE = re.compile(r",\s*(?:and|but|while|whereas|although|though)\b|;")
THE_ONLY = re.compile(r"(?:[Tt]he\s+)?")
# ... not when the list may be the object's own: after a preposition or a plural of states ("pledged aid to poor
# nations, including Haiti", "signed agreements with neighbours, including Kenya")
OBJECT_OF_ITS_OWN = re.compile(r"\b(?:to|with|for|from|against|among|between|by|on|in)\s|\b(?:nations|countries|"
                               r"states|neighbou?rs|partners|members|governments|allies|donors|economies)\s*$",
                               re.IGNORECASE)
# "The President rejected the suggestion", "But the Prime Minister has since vowed": a title alone as the subject,
# the person named last with that title (`_titled_person`)
TITLE_SUBJECT = re.compile(r"^\s*(?:(?:But|And|However|Meanwhile|Later|Instead),?\s+)?[Tt]he\s+"
                           r"(?P<head>(?:(?:foreign|defen[cs]e|finance|trade|deputy|vice)\s+){0,2}"
                           r"(?:president|prime\s+minister|premier|chancellor|secretary(?:[- ]general)?|king|"
                           r"emir))\s+" + _SUBJECT_TAIL, re.IGNORECASE)
# "the two countries", "both sides", "the two leaders": the last two states named
PAIR_SUBJECT = re.compile(r"\b(?:(?:the\s+)?(?:two|both)\s+(?:countries|nations|sides|governments|states|neighbou?rs|"
                          r"leaders|presidents|prime\s+ministers|premiers|heads\s+of\s+(?:state|government)|"
                          r"(?:foreign|defen[cs]e|finance|trade)\s+ministers|delegations)|"
                          r"the\s+(?:countries|nations|presidents)|"
                          # "The presidents of each country", "the leaders of both nations"
                          r"the\s+(?:presidents|leaders|prime\s+ministers|heads\s+of\s+(?:state|government)|"
                          r"(?:foreign|defen[cs]e|finance|trade)\s+ministers)\s+of\s+(?:each|both|the\s+two)\s+"
                          r"(?:country|countries|nations?|states?|sides?))\s+"
                          r"(?:\w+ly\s+|also\s+|have\s+|has\s+|had\s+|now\s+|are\s+|were\s+|will\s+|would\s+)*$",
                          re.IGNORECASE)
# a pair opening the sentence, the antecedent of a "they" after it ("Both sides however declared they would")
PAIR_OPENING = re.compile(r"\s*(?:[Tt]he\s+)?(?:[Tt]wo|[Bb]oth)\s+(?:countries|nations|sides|governments|states|leaders)\b")
PAIR_OF_ONE_STATE = re.compile(r"\b(?:sides|leaders)\b", re.IGNORECASE)  # may be a government and its opposition
# "his country", "her government": the state of the person speaking or named last
OWN_STATE_SUBJECT = re.compile(r"\b(?:his|her)\s+(?:new\s+|own\s+)?(?:country|government|nation|administration)\s+"
                               r"(?:\w+ly\s+|also\s+|have\s+|has\s+|had\s+|now\s+)*$", re.IGNORECASE)
OWN_STATE_LEAD = re.compile(r"\b(?:his|her)\s+(?:new\s+|own\s+)?(?:country|government|nation|administration)\s+"
                            r"(?:will|would|shall|is|are|was|were|has|have|had)\b", re.IGNORECASE)
# "Howard says troops will leave", "said the government would conduct an inquiry": the speaker's own side
# (also "the deployment of the 1,700-strong operation would continue", "the contribution will be deployed"), and the
# same subject before a coordinated verb: "Howard says troops will leave in July and will spend two years there"
_OWN_SIDE_NOUN = (r"^\s*(?:the\s+|its\s+|their\s+|our\s+)?(?:federal\s+|national\s+|central\s+|new\s+|"
                  r"interim\s+|transitional\s+)?(?:government|troops|forces|soldiers|army|navy|"
                  r"air\s+force|military|administration|ministry|authorities|peacekeepers|board|"
                  r"executive\s+board|council|member\s+states|deployment|contribution|contingent)"
                  r"(?:\s+of\s+(?:[^,;()]|(?<=\d),(?=\d)){1,50}?)?\s+")
OWN_SIDE_SUBJECT = re.compile(_OWN_SIDE_NOUN + r"(?:\w+ly\s+|also\s+|now\s+|soon\s+|has\s+|have\s+|had\s+)*$",
                              re.IGNORECASE)
OWN_SIDE_LEAD = re.compile(_OWN_SIDE_NOUN + r"(?:will|would|shall|is|are|was|were|has|have|had)\b", re.IGNORECASE)
# the verb "advocates" takes what it advocates right after it: "advocates the end of the embargo"
ADVOCATED_OBJECT = re.compile(r"\s+(?:the|a|an|\w+ing)\b")
# a relative pronoun right after a name and a comma, and the verb's subject is that pronoun alone
RELATIVE_AFTER_NAME = re.compile(r",\s*(?:which|who)\s+$")
# a name after "of", "in" (or another preposition, or "and") completes another noun or list, which the relative may
# follow: "a resolution on intervention in Myanmar, which would", "the Constitution of Venezuela, which", "funds for
# the wars in Iraq and Afghanistan, which will fund"; "troops from Italy, which" stays Italy's
NOUN_COMPLEMENT_BEFORE = re.compile(r"\b(?:of|in|and|or|against|by|with|for|on)\s+(?:the\s+)?$", re.IGNORECASE)
RELATIVE_SUBJECT_END = re.compile(r"(?:\w+ly\s+|also\s+|has\s+|have\s+|had\s+|now\s+|already\s+)*")
OPENING_QUOTE_ONLY = re.compile(r"[\s\"“‘']*")
# a text right before a participle that describes it: "the peace treaty signed in Abuja", "the plan approved last year"
REDUCED_RELATIVE_BEFORE = re.compile(r"\b(?:treaty|treaties|agreements?|accords?|deals?|plans?|frameworks?|resolutions?|"
                                     r"declarations?|pacts?|ceasefires?|truces?|protocols?|proposals?|documents?|bills?|"
                                     r"laws?|charters?|roadmaps?|conventions?|memorandum|memoranda|packages?|"
                                     r"contracts?)\s+"
                                     r"(?:\w+ly\s+)?$", re.IGNORECASE)
BETWEEN_SOON_AFTER = re.compile(r"(?:\s+[\w,'’-]+){0,3}?\s+between\s")  # "an agreement signed (in 1997) between ..."
# a claim denied, up to the trigger: "denied claims that he had supplied FARC with $300 million and offered", "Syria
# denied that it would withdraw its troops"
DENIED_CLAIM_BEFORE = re.compile(r"\b(?:(?:denied|denies|deny|denying|dismissed|rejected)\s+(?:the\s+|any\s+)?(?:\w+\s+)?"
                                 r"(?:claims?|reports?|allegations?|accusations?|suggestions?|rumou?rs?|charges?)|"
                                 r"denied|denies|denying)\s+that\b[^;:]*$", re.IGNORECASE)
# a sentence opening with "When ..." whose comma has not come yet: "When the WTO agreed, ..."
WHEN_CLAUSE_BEFORE = re.compile(r"\s*[\"“]?When\s+[^,;:]*$")
COMMITTED_DEED_AFTER = re.compile(r"\s+(?:by|against|in|during|at|on|under|while|between|there|since)\b", re.IGNORECASE)
# the modal a "be ..." phrase needs to be a pledge: "would be prepared to", "will not be willing to", "we'll be ready to"
MODAL_JUST_BEFORE = re.compile(r"(?:\b(?:will|would|shall|could|might|may)|['’]ll|\b(?:won|wouldn|shan|couldn)['’]t)\s+"
                               r"(?:not\s+|never\s+)?"
                               r"(?:\w+ly\s+|also\s+|still\s+|now\s+|then\s+|always\s+)*$", re.IGNORECASE)
# a refusal to come in the passive: "would be turned down", "will be rejected"
MODAL_PASSIVE_BEFORE = re.compile(r"\b(?:will|would|shall)\s+(?:\w+ly\s+|also\s+)?be\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# the reporting verb of the sentence, anywhere before the trigger (the last one before "that" at most 150 characters on)
REPORTED_BEFORE = re.compile(r"\b(?:said|says|stated|announced|declared|warned|insisted)\s+(?:that\s+)?(?=[^.;]{0,150}$)",
                             re.IGNORECASE)
SAID_BEFORE = re.compile(r"\b(?:said|says|announced|announces|told\s+\w+|confirmed|confirms|stated|declared|"
                         r"underlined|stressed|emphasi[sz]ed|added)\s+"
                         r"(?:(?:yesterday|today|on\s+\w+day|\w+day)\s+)?(?:that\s+)?$",
                         re.IGNORECASE)
# the organisation kinds (organizations.csv org_type) a group noun can name; nouns not listed name any organisation
_COALITIONS = frozenset({"alliance", "coalition"})
MEETING_KINDS = frozenset({"igo", "igo_body", "bloc", "alliance", "coalition"})  # who holds a summit
_ADOPTING_KINDS = MEETING_KINDS | {None}  # bodies that adopt texts (None: an organisation found only in the text)
GROUP_NOUN_KINDS = {"allies": _COALITIONS, "alliance": _COALITIONS, "coalition": _COALITIONS,
                    "partners": _COALITIONS | {"bloc", "igo"}, "signatories": _COALITIONS | {"bloc", "igo"},
                    "bloc": frozenset({"bloc", "igo", "alliance", "coalition"})}
CONDITION = re.compile(r"(?:(?<=^)|(?<=[\s“\"(,]))(?P<cond>(?:[Ff]ollowing|[Oo]nce(?!\s+(?:again|more|before|upon))|[Ii]f|[Uu]nless|[Pp]rovided\s+that|"
                       r"[Pp]roviding\s+(?:that|it|they|he|she|we)\b|[Oo]n\s+condition\s+that|[Aa]s\s+long\s+as|[Ii]n\s+the\s+event\s+(?:of|that)|"
                       r"[Oo]nly\s+if|[Uu]ntil|[Tt]ill|[Ii]n\s+case(?:\s+of)?)\b[^,;.”\"]*)")
HEDGES = re.compile(r"\b(?:might|could|may|reportedly|possibly|perhaps|considering|would consider|is considering|"
                    r"are considering|expected to|likely to|reports?\s+(?:said|suggest)|sources said)\b",
                    re.IGNORECASE)
# a word every match of CONDITION / HEDGES holds (lowercased); HEDGES ignores case, and these characters match an
# ASCII letter case-insensitively without lowercasing to it
_CONDITION_WORDS = ("following", "once", "if", "unless", "provid", "condition", "long", "event", "until", "till",
                    "case")
_HEDGE_WORDS = ("might", "could", "may", "reportedly", "possibly", "perhaps", "consider", "expected", "likely",
                "report", "sources")
_CASE_ODD = "İıſK"
# who an undertaking is for: after "to", "for", "help" ...; the first object of a verb of giving ("pay Libya $5
# billion", "give Greece loans", "grant Pakistan waivers"); the counterpart of ties, talks or cooperation ("reinstate
# diplomatic ties with Colombia", "talks with the United States"); the people or citizens of a state
BENEFICIARY_CUE = re.compile(r"(?:\b(?:to|for|reassure|support|supporting|help|helping|defend|defending|protect|"
                             r"across|toward|towards|benefit|benefiting|pay|paying|give|giving|grant|granting|offer|"
                             r"offering|offered|promised|pledged|gave|given|granted|paid|lend|lending|lent|sell|selling|sold|assist|"
                             r"assisting|strengthen|strengthening)|"
                             r"\b(?:ties|relations|relationships?|cooperation|co-operation|talks|dialogue|negotiations|"
                             r"partnership)\s+with|\b(?:people|peoples|citizens|nationals|government)\s+of|"
                             # "for the cleanup of war-torn Afghanistan", "to help the reconstruction of Iraq"
                             r"\b(?:reconstruction|rebuilding|cleanup|clean-up|recovery|stabili[sz]ation|victims|"
                             r"refugees)\s+(?:of|in)(?:\s+[\w]+-(?:torn|hit|stricken|ravaged))?)"
                             r"\s+(?:the\s+)?$", re.IGNORECASE)
# a ban, an embargo or sanctions lifted: those they were on ("on", "from") gain, they are no target
LIFTING_TRIGGERS = frozenset({"lifted", "lifts", "removed", "removes", "eased", "eases"})
LIFTED_OBJECT_BEFORE = re.compile(r"\b(?:bans?|embargo(?:es)?|sanctions|restrictions|blockade)\b[^,;]{0,60}?\b(?:on|"
                                  r"against|from)\s+(?:the\s+)?$", re.IGNORECASE)
# a lifting told as background: "began in 2003 when the Turkish side eased restrictions", "lifted the ban in 2002"
PAST_CLAUSE_BEFORE = re.compile(r"\b(?:when|after|since|before|until|once)\b[^,;.]*$", re.IGNORECASE)
YEAR_AFTER = re.compile(r"[^,;.]{0,60}?(?<!imposed\s)(?<!introduced\s)(?<!adopted\s)\bin\s+(?:19|20)\d\d\b")  # (not
# "lifted the arms embargo in effect since 1992", "the embargo imposed in 1989")
# the one a victim suffers from, not the victim: "for victims of Israeli air strikes in Lebanon"
PERPETRATOR_AFTER = re.compile(r"\s+(?:air\s+|military\s+)?(?:strikes?|attacks?|shelling|bombings?|aggression|"
                               r"occupation|forces|troops|militias?|soldiers|army|raids?|invasion)\b", re.IGNORECASE)
# "Iraq's debt", and the corpus's "Iraq 's debt" (a space before the possessive)
POSSESSIVE_AFTER = re.compile(r"\s?['’]s\b")
_DEPLOYED = r"troops|forces|soldiers|peacekeepers|presence|mission|contingent|battalions?|personnel"
DEPLOYED_THINGS = re.compile(r"\b(?:" + _DEPLOYED + r"|military\s+advisers|police\s+officers)\b", re.IGNORECASE)
DEPLOYED_IN = re.compile(r"\b(?:" + _DEPLOYED + r"|advisers|officers)\b(?:\s+[\w-]+){0,3}?\s+in\s+"
                         r"(?:(?:southern|northern|eastern|western|central|south|north|east|west)\s+)?(?:the\s+)?$",
                         re.IGNORECASE)
# an undertaking to reduce what is deployed: no one gains ("will reduce its troop level in Iraq")
REDUCING = re.compile(r"\b(?:reduc\w*|cut\w*|lower\w*|withdr[ae]w\w*|pull(?:s|ed|ing)?\s+(?:out|back)|pull-?out\w*|"
                      r"scal\w+\s+back|draw\w*\s+down|drawdown|decreas\w*|halv\w*)\b", re.IGNORECASE)
# between a stance and the demand or offer it is about: up to three words of a noun phrase ("rejected Western calls
# for", "welcomed the US proposal", "rejected Jordan 's plan")
STANCE_OBJECT_GAP = re.compile(r"\s+(?:(?:the|a|an|its|their|his|her|this|these|any|all|[A-Z][\w.-]*|[\w-]+['’]s|['’]s)\s+)"
                               r"{0,3}")
TITLE_CASE_NEXT = re.compile(r"\s+[A-Z]")  # '"Offered No Dramatic New Policy Proposals"': a title goes on
# a name in the setting of a demand, not its addressee: "at a meeting of the OIC", "during talks with the EU"
SETTING_BEFORE = re.compile(r"\b(?:at|during)\s+(?:the\s+)?$|\b(?:at|during)\s+[^,;]{0,30}?\b(?:with|of)\s+"
                            r"(?:the\s+)?$", re.IGNORECASE)
# between the names of a list: "Kuwait, Bahrain and the United Arab Emirates", "to Egypt or the Palestinian Authority"
LIST_GAP = re.compile(r"(?:\s*,\s*(?:(?:and|or|&)\s+)?|\s+(?:and|or|&)\s+|\s+[-–]\s+)(?:the\s+)?")
# a second target after the one addressed: "urged Russia to impose sanctions on Iran" (not "to withdraw from Georgia")
_SANCTIONS_ON = r"\bsanctions\s+(?:for|on|against|over)\s+(?:the\s+)?$"
TARGET_AGAINST = re.compile(r"\b(?:against|on)\s+(?:the\s+)?$|" + _SANCTIONS_ON, re.IGNORECASE)
TARGET_CUE = re.compile(r"\b(?:against|on|from)\s+(?:the\s+)?$|" + _SANCTIONS_ON, re.IGNORECASE)
APPOSITIVE_BEFORE = re.compile(r",[^,;]{1,100},\s*(?:(?:has|have|had|is|are|was|were|also|again|already|still|\w+ly|"
                               r"on\s+\w+day)\s+)*$", re.IGNORECASE)
# (each aside set off by a comma and a space, opening with a lower-case word and holding no relative word: "the
# state where the conventions were signed" is a clause; "2,000 booklets" no aside; "the Minister of Agriculture,
# Forestry and Fisheries" one title)
_ASIDE_PART = r",\s(?=(?-i:[a-z]))(?:(?!\b(?:where|which|who|whom|whose|that|when)\b)[^,;]){1,100}"
TWO_ASIDES_BEFORE = re.compile(_ASIDE_PART + _ASIDE_PART + r",\s*(?:(?:has|have|had|is|are|was|were|also|again|"
                               r"already|still|\w+ly|on\s+\w+day)\s+)*$", re.IGNORECASE)
# what is offered as a courtesy, not a proposal: condolences, sympathy, congratulations, thanks, apologies
COURTESY_OBJECT = re.compile(r"\s+(?:(?:his|her|its|their|our|my|the|a|an|deep|deepest|sincere|sincerest|heartfelt|"
                             r"warm|warmest|full|profound|two|brief)\s+)*(?:condolences?|sympathy|sympathies|"
                             r"congratulations|reassurances?|assurances?|thanks|apology|apologies|prayers|greetings|"
                             r"praise|regrets|best\s+wishes)\b", re.IGNORECASE)
OPINION_PRONE = frozenset({"insisted", "insists", "insist", "suggested", "suggests", "agreed that"})
# (or the subjunctive of what is asked: "insisted that the border be respected")
UNDERTAKING_CLAUSE = re.compile(r"\s+(?:on\b|upon\b|to\b|an?\s|the\s|(?:that\s+)?[^.;]{0,80}?\b(?:must|should|will|would|"
                                r"shall|needs? to|has to|have to)\b|"
                                r"that\s+(?:(?!\b(?:can|could|may|might|cannot|not|to|will|would)\b)[^.;]){0,80}?"
                                r"\bbe\s+(?:\w+ly\s+)?\w+(?:ed|en)\b)",
                                re.IGNORECASE)
# after "agreed that": a clause with a modal ("agreed that talks should resume"), not a finding ("agreed that the
# result was poor")
UNDERTAKING_THAT_CLAUSE = re.compile(r"\s+[^.;]{0,80}?\b(?:must|should|will|would|shall|needs? to|has to|have to)\b",
                                     re.IGNORECASE)
# "signed into law", "signed the petition", "signs of cooperation" (a noun), "sign up for the election", "France
# (signed 1992)" (a date in a list)
SIGNED_NON_ACCORD = re.compile(r"\s+(?:into\s+law|of|up(?!\s+to\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?"
                               r"(?:agreement|treaty|deal|accord|protocol|convention|declaration|pact|charter))|"
                               r"\d{4}\b|(?:the\s+|a\s+|an\s+)?(?:\w+\s+)?(?:petition|autographs?|"
                               r"books?|copies))\b",
                               re.IGNORECASE)
ANNOUNCING = frozenset({"announced", "announces", "has announced", "have announced"})
NOT_ANNOUNCED = frozenset({"announced", "announces", "announce", "unveiled", "unveils", "unveil"})
CONTENT_THAT = re.compile(r"\s+that\b", re.IGNORECASE)
OBLIGATION_BEFORE = re.compile(r"\b(?:(?:has|have|had|needs?|ought)\s+to|must|should)\s+(?:also\s+|still\s+|first\s+|"
                               r"\w+ly\s+)*(?:be\s+)?$", re.IGNORECASE)
NOTHING_AGREED = re.compile(r"\b(?:nothing|no deal|no agreement|none|no one|nobody)\b[^,;.]*$", re.IGNORECASE)
REPORTED_DEMANDS = frozenset({"must", "should", "needs to", "need to"})
# refusals stated of the thing refused, whose actor is the one who says so: "US authorities said that lifting the
# sanctions on Burma is out of the question"
REPORTED_REFUSALS = frozenset({"out of the question", "off the table", "not on the table", "not an option",
                               "no longer an option", "not negotiable"})
# a stance named as a noun, its holders after it: 'opposition from Japan', 'opposition to a ban by the United
# States', 'Among those opposing were Israel and Australia', 'among the opposition is China'; no holder named, no row
# a state named right before the noun holds it: 'Chinese opposition to ...', 'Russia's opposition to ...'
HOLDER_BEFORE = re.compile(r"(?:'s|’s)?\s+(?:strong\s+|firm\s+|fierce\s+)?$")
# 'Chen voiced their opposition to ...': the subject of the verb holds it
VOICED_OPPOSITION = re.compile(r"\b(?:voiced|expressed|stated|declared|reiterated|repeated|reaffirmed)\s+"
                               r"(?:its|their|his|her|our)\s+(?:strong\s+|firm\s+)?$", re.IGNORECASE)
# between 'opposition from' and its holder: no preposition ('opposition from sugar farmers in the US': the farmers)
HOLDER_GAP_PREPOSITION = re.compile(r"\b(?:in|of|at|from|within|across|throughout|inside|among)\b", re.IGNORECASE)
_HOLDERS_AFTER_COPULA = re.compile(r"(?:\s+\w+){0,3}?\s+(?:were|was|are|is|included?)\s+")
HOLDERS_AFTER = {
    "opposition from": re.compile(r"\s+"),
    # not the agent of a plan, of a participle or of a noun with its object ('a plan by Taiwan', 'a law passed by',
    # 'the invasion of Iraq by')
    "opposition to": re.compile(r"(?:(?!\bof\b)[^,;:.\"“”()]){1,100}?(?<!\bplan)(?<!\bbid)(?<!\blaw)(?<!proposal)"
                                r"(?<!decision)(?<!attempt)(?<![a-z]ed)(?<![a-z]en)(?<!tion)(?<!sion)(?<!ment)(?<!attacks)"
                                r"(?<!attack)(?P<by>\s+by\s+)"),
    "those opposing": _HOLDERS_AFTER_COPULA,
    "those opposed": _HOLDERS_AFTER_COPULA,
    "among the opposition": re.compile(r"\s+(?:were|was|are|is)\s+"),
}
COPULA_BEFORE = re.compile(r"\b(?:is|are|was|were|remains?|remained|be|been|seems?)\s+(?:\w+ly\s+|still\s+)*$",
                           re.IGNORECASE)
# "should" and "needs to" are advice or a forecast as often as a demand: a demand only when another state or
# organisation is named in its subject ("Brown says Iceland should pay out", "the elections in Zimbabwe should be postponed")
TARGET_REQUIRED = frozenset({"should", "needs to", "need to"})
NEEDS = frozenset({"needs to", "need to"})
_NEXT_WORD = re.compile(r"\s+(\w+)")
# the subject of "will begin / start" that is an event, not an actor ("direct negotiations for a Palestinian state
# will begin December 12", "the talks will start on Monday")
EVENT_SUBJECT = re.compile(r"\s*(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:talks|negotiations|process|meetings?|"
                           r"summit|conference|war|consultations|elections?|campaign|trial|hearings?|season|games|"
                           r"session|work|construction|ceremony|visit|tour)\b", re.IGNORECASE)
SET_PARTICLE = re.compile(r"\s+(?:to|up|out|off|aside|for|about|in|on|back|forth|free|by)\b", re.IGNORECASE)
NEED_NOUN_BEFORE = re.compile(r"\b(?:no|a|the|any|little|every|without)\s+$", re.IGNORECASE)
# (a hedging adverb is advice or a forecast, "should probably"; a manner adverb is not: "should unconditionally withdraw")
ADVICE_AFTER = re.compile(r"\s+(?:(?:they|it|he|she|we|you|there|the|this|that|likely|probably|possibly|perhaps|maybe|"
                          r"certainly|surely|really|actually|definitely|ideally|rightly|seriously|carefully|"
                          r"hopefully|eventually|presumably|ultimately|normally|theoretically)\b|"
                          r"(?:not\s+)?(?:know|understand|"
                          r"realise|realize|remember|be\s+aware|have\s+))", re.IGNORECASE)
# what "must" asks to stop, with no one named: '"The campaign of violence must end immediately"'
STOP_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(?:end|stop|cease|halt|be\s+(?:\w+ly\s+)?(?:stopped|ended|halted))\b",
                        re.IGNORECASE)
EPISTEMIC_MUST = re.compile(r"\s+(?:\w+ly\s+)?(?:be\s+(?:said|noted|remembered|recalled|stressed|emphasi[sz]ed|"
                            r"admitted|acknowledged|understood|seen|considered)|have\s+been|have\s+\w+ed)\b", re.IGNORECASE)
THERE_BEFORE = re.compile(r"\bthere\s+$", re.IGNORECASE)  # "there must be": no one is asked
OWN_STATE_BEFORE = re.compile(r"\b(?:his|her|its|their|our)\s+(?:own\s+)?(?:country|government|nation|people|"
                              r"administration|forces|army|military|troops)\s+(?:\w+ly\s+|also\s+)*$", re.IGNORECASE)
SELF_SUBJECT = re.compile(r"\b(?:we|i|you|us|there)\s+(?:\w+ly\s+|also\s+|all\s+)*$", re.IGNORECASE)
# a clause that is the content of a worry, hope or forecast: "not worried that Australia will reduce troops"
ATTITUDE_BEFORE = re.compile(r"\b(?:worried|worries|worry|concerned|fears?|feared|afraid|doubts?|doubted|hopes?|"
                             r"think|thinks|thought|believes?|believed|feels|felt|"
                             r"hoped|hopeful|expects?|expected|predicts?|predicted|speculat\w*|rumou?rs?)\s+"
                             r"(?:that\s+)?$", re.IGNORECASE)
# the same without "that": an attitude verb, then its content clause up to the trigger with no comma between
ATTITUDE_CONTENT = re.compile(r"\b(?:hopes|hoped|believes|believed|thinks|thought|fears|feared|doubts|doubted|"
                              r"expects|predicts|predicted|worries|feels|felt)\s+(?!to\b|that\b)[^,;:“”\"]{1,100}$",
                              re.IGNORECASE)
# a sentence that opens with a concessive clause: once the hope or fear it tells has its own verb and a comma
# closes it, the main clause comes ("Despite Ban Ki-moon voicing his hopes that all nations would agree to the ban,
# many countries have boycotted the ban"); not a comma before that verb ("Although Britain hoped that Iran, Syria and
# Iraq would sign the treaty"), nor a hope after the concession ("Despite the setback, Britain hopes that ...")
CONCESSIVE_OPENING = re.compile(r"\s*[\"“]?(?:Despite|In\s+spite\s+of|Although|Though|Even\s+though|While|Whereas)\b")
CONCESSION_TOLD = re.compile(r"[^,;]*?\b(?:would|will|could|should|can|might|may|must|did|does|do|is|are|was|were|"
                             r"has|have|had)\b[^,;]*,", re.IGNORECASE)
# a word every match of ATTITUDE_BEFORE holds, lowercased (checked first: most sentences have none)
_ATTITUDE_WORDS = ("worr", "concern", "fear", "afraid", "doubt", "hope", "think", "thought", "believ", "expect",
                   "predict", "specul", "rumo", "feel", "felt")
# "the group, backed by Syria and Iran,": a description of someone's backers, not an act of endorsing
DESCRIPTIVE_BACKED = re.compile(r"[,(]\s*(?:\w+ly\s+)?$")
# "refused to comment", "declined to rule out": saying nothing, or keeping an option open
NOT_A_REFUSAL = re.compile(r"\s*(?:to\s+)?(?:comment|answer|confirm|say|discuss|elaborate|speculate|disclose|reveal|"
                           r"name|identify|give\s+details|be\s+drawn|rule\s+out|exclude)\b", re.IGNORECASE)
REFUSED_BEFORE = re.compile(r"\b(?:refused|refuses|refusing|declined|declines|declining)\s+(?:to\s+)?$", re.IGNORECASE)
# "threatened to refuse / block / veto ...": the threat is a refusal
THREATENED_REFUSAL = re.compile(r"\s+(?:refuse|reject|deny|block|veto|boycott|bar|ban|halt|stop|suspend|cut\s+off|"
                                r"withhold|cancel|expel|withdraw\s+from|pull\s+out\s+of|quit|leave)\b", re.IGNORECASE)
# "leaders of APEC nations", "the foreign ministers of India and Pakistan": the named group is the subject
# "The country of Sudan has initiated a boycott", "the African country of Mauritania" (not "Residents of the state of
# Israel": then the state is the object of the first "of")
STATE_OF = re.compile(r"\b(?:the\s+)?(?:[A-Z][\w-]*\s+)?(?:country|nation|state|kingdom|republic)\s+of\s+(?:the\s+)?$",
                      re.IGNORECASE)
OF_BEFORE = re.compile(r"\bof\s+$", re.IGNORECASE)
# the plural members of a body named next: "the member states of NATO", "the leaders of the G8"
# (all of them: "the" before, never "some member states of the EU", "dissident members of Fatah", "two of the
# members of the Security Council")
MEMBERS_OF = re.compile(r"\b[Tt]he\s+(?:members|member\s+states|member\s+nations|member\s+countries|leaders|"
                        r"heads\s+of\s+state|governments|foreign\s+ministers|ministers)\s+of\s+(?:the\s+)?$")
PARTITIVE_BEFORE = re.compile(r"\b(?:some|several|many|most|few|one|two|three|four|five|six|\d+|none|each|any|"
                              r"half|part)\s+of\s+$", re.IGNORECASE)
GROUP_OF = re.compile(r"\b(?:leaders|heads\s+of\s+state|heads\s+of\s+government|members|member\s+states|"
                      r"member\s+nations|member\s+countries|government|nations|countries|"
                      r"ministers|presidents|prime\s+ministers|governments|representatives|delegates|delegations|"
                      r"envoys|negotiators|officials|secretaries|foreign\s+secretaries)\s+(?:of|from)\s+(?:the\s+)?$",
                      re.IGNORECASE)
REPORTING_VERB = re.compile(r"\b(?:said|says|declared|reiterated|insisted|stressed|warned|told\s+\w+|added|"
                            r"concluded|argued|stated|reminder\s+\w*\s*to)\b", re.IGNORECASE)
ACTOR_TYPES = frozenset({"country", "organization", "person"})
# a person the document names with no state and no office acting for one (a senator, a businessman, anyone quoted):
# their record's type inside `CommitmentExtractor.commitments`, so they act for no one
PRIVATE_PERSON = "private person"
# the key suffix, in the entities `_with_country_hints` returns, of the organisation a person's title in the document
# names: entities[person_id + ACTS_FOR] is its record
ACTS_FOR = "#acts-for"
# the head words of organisations that do not commit a state or an international organisation: parties,
# companies, unions, associations, courts, committees; a state named inside such a name ("Pakistan People's Party",
# "British Airways") is not the state acting
NON_ACTOR_ORG_HEADS = frozenset("""party company corporation union association foundation institute league court
tribunal committee board forum group holdings inc inc. ltd ltd. plc airways airlines telecom telecommunications petroleum
railways broadcasting bank motors cross crescent times post journal herald tribune chronicle gazette daily telegraph
observer examiner globe""".split())


_NOUN_MODAL_AT = re.compile("(?:" + "|".join(r"\s+".join(map(re.escape, m.split())) for m in sorted(NOUN_MODALS))
                            + r")\b",
                            re.IGNORECASE)  # `lexicon.NOUN_MODALS` in the text
PARENTHETICAL = re.compile(r",\s*(?:however|therefore|of\s+course|though|meanwhile|in\s+turn|for\s+(?:its|their|his|her)\s+part|in\s+"
                           r"addition|moreover|furthermore|instead|nevertheless|too)\s*,\s*", re.IGNORECASE)
# the head of a passive's subject that a state sends, gives or lifts: its troops, its aid, its sanctions
RESOURCE_SUBJECT = re.compile(r"\b(?:troops|forces|soldiers|personnel|contingent|complement|contribution|aid|assistance|"
                              r"funds|funding|money|loans?|sanctions|tariffs|weapons|arms|missiles|equipment|"
                              r"peacekeepers|warships|ships|aircraft|jets|battalions?|brigades?|units?|teams?|"
                              r"payments?|grants?|supplies|food)\b(?:\s+(?:in|to|for|from|of|on)\s+[\w\s'’.-]{1,40}?)?"
                              r"\s+$", re.IGNORECASE)
# where what is undertaken ends: a clause's punctuation, not the comma of a number ("to 2,000", "$1,500")
# (an opening quotation mark does not end it: 'demanded an "immediate and full withdrawal"')
_ACTION_END = re.compile(r"(?<!\d),|,(?!\d{3}\b)|[;:”]|\"(?!\w)|\s[—–]\s|\.\s*$")
PROPOSING_VERBS = frozenset({"propose", "offer"})  # after a modal: a proposal, not a pledge
# after a modal: a demand ("OPEC will urge"), and after "<modal> continue to" ("will continue to push for numerical
# targets")
DEMANDING_VERBS = frozenset({"urge", "call on", "call upon", "call for", "demand", "push for", "press for", "request",
                             "ask"})
CONTINUED_DEMAND = re.compile(r"\s+(?:urg(?:e|ing)|call(?:ing)?\s+(?:on|upon|for)|demand(?:ing)?|push(?:ing)?\s+for|"
                              r"press(?:ing)?\s+for)\b", re.IGNORECASE)
# undertakings that, taken by two or more parties together, are an agreement among them
JOINT_UNDERTAKINGS = frozenset({"agreed to", "agree to", "agrees to", "has agreed to", "have agreed to",
                                "had agreed to", "decided to"})
# what "agreed to" takes when it is an accord agreed to, not an act undertaken: "agreed to a deal to relieve the debts",
# "agreed to the terms of the ceasefire" (not "agreed to the deployment of troops", "agreed to send")
AGREED_TO_ACCORD = re.compile(r"\s+(?:a|an|the|this|that|its|their|his|her|our)\s+"
                              r"(?:(?!(?:under|to|of|for|with|in|on|by|from|after|about)\b)[\w-]+\s+){0,3}?(?:deal|accord|"
                              r"agreement|treaty|pact|plan|framework|compromise|ceasefire|cease-fire|truce|settlement|"
                              r"package|terms|proposals?|resolution|declaration|roadmap|road\s+map)\b", re.IGNORECASE)
PASSIVE_MODAL = re.compile(r"\bbe\s+\w+(?<!ing)$", re.IGNORECASE)  # "will be deployed", not "will be sending"
# paying for something in the passive, with its payer named after "by": "the project will also be financed by the
# Government of Japan", "the bridge will be funded by China"
FUNDED_PASSIVE = re.compile(r"\bbe\s+(?:funded|financed|paid\s+for|bankrolled|underwritten)$", re.IGNORECASE)
# after a modal, backing a stance is an endorsement ("Brazil will support Russia to enter the WTO", "Israel and the
# US have said they will back the new government"); with resources it stays a pledge ("will support Haiti with
# $10 million", "would back the mission with troops")
ENDORSING_VERBS = frozenset({"support", "back", "endorse"})
BACK_PARTICLE = re.compile(r"\s+(?:down|away|off|out|into|onto|to|home|in|on)\b", re.IGNORECASE)  # "will back down"
RESOURCES_IN = re.compile(r"\b(?:troops|forces|soldiers|personnel|peacekeepers|police|aid|assistance|relief|funds|"
                          r"funding|money|loans?|grants?|weapons|arms|equipment|supplies|logistics|airlift|"
                          r"engineers|training|warships|ships|aircraft|jets|helicopters|units|million|billion|bn|"
                          r"trillion)\b|[$€£¥]\s?\d", re.IGNORECASE)
# where the clause of an endorsing verb ends: "will back the plan, although Berlin sent troops to Kosovo"
ENDORSED_CLAUSE_END = re.compile(r",\s*(?:although|though|but|which|while|after|as|because|since|who)\b|;|\s[—–]\s")
# where another clause starts after the trigger, for its parties: a contrast or a concession, with or without a comma
# (and a reporting clause that goes on: "has asked the Government to evacuate him, he says he is also concerned about
# the other Iraqi man")
OTHER_CLAUSE_AFTER = re.compile(r",?\s+(?:although|though|whereas|while|but(?!\s+also\b))\s|;|"
                                r",\s+(?:he|she|they|it)\s+(?:says|said|added|adds|noted|notes)\b", re.IGNORECASE)
# money announced for others: "announced CAN$200 million for the cleanup of war-torn Afghanistan", "announced $100
# million to help flood victims" (not "announced a $2 billion profit", "announced $5 billion in tax cuts")
MONEY_FOR = re.compile(r"\s+(?:(?:a|an|another|some|about|around|nearly|almost|over|more\s+than|up\s+to|a\s+further|"
                       r"an\s+additional)\s+)*[A-Z]{0,3}[$€£¥]?\s?\d[\d.,]*\s*(?:million|billion|trillion|bn|m)\b"
                       r"(?:\s+(?:dollars?|euros?|pounds?|yen|francs?|rupees?|yuan))?\s*(?:\([^)]*\)\s*)?"
                       r"(?:for|towards|to(?!\s+(?:[A-Z]{0,3}[$€£¥]|\d)))\s", re.IGNORECASE)
# who gains from money announced, when no state or organisation is named after it ("announced $100 million to help
# flood victims"; not "unveiled $5 billion to boost the economy", a budget at home)
MONEY_GAINERS = re.compile(r"\b(?:victims|refugees|survivors|displaced|reconstruction|rebuilding|relief|humanitarian|"
                           r"famine|aid|people\s+of)\b", re.IGNORECASE)
ANNOUNCING_MONEY = frozenset({"announced", "announces", "unveiled", "unveils"})
FOR_PARTICIPLE = re.compile(r"\bfor\s+$", re.IGNORECASE)  # "sanctions on Iran for refusing"
BY_PARTICIPLE = re.compile(r"\b(?:by|while|when|after|before|in)\s+$", re.IGNORECASE)  # "by requesting", "while urging"
OPENING_FIRST_PERSON = re.compile(r"[\s\"“‘']*(?:(?:but|and|so|yet)\s+)?(?:we|i)\b", re.IGNORECASE)
# a text adopted by someone as the subject: "The resolution calls on ...", "the declaration urges ..."
DOCUMENT_SUBJECT = re.compile(r"\s*(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}?(?P<noun>resolution|declaration|"
                              r"communiqu[eé]|statement|text|accord|agreement|treaty|charter|report)\s+"
                              r"(?:also\s+|\w+ly\s+)?", re.IGNORECASE)

# a text issued: "The G8 leaders issued a statement", "In an official report issued on Monday, Iraqi authorities
# demanded", "a statement released by the African Union" (what a later "The statement called for" speaks for)
_ISSUING = r"issued|released|published|adopted|passed|unveiled|put\s+out"
# a word in every match of ISSUED_TEXT_IN, lower-cased (a cheap test first): each verb's first word
_ISSUE_WORDS = tuple(verb.split("\\")[0] for verb in _ISSUING.split("|"))
ISSUED_TEXT_IN = re.compile(r"\b(?:(?:" + _ISSUING + r")\s+(?:an?|the|its|their|this)\s+(?:[\w-]+\s+){0,3}?"
                            r"(?P<object>resolution|declaration|communiqu[eé]|statement|report)|"
                            r"(?P<noun>resolution|declaration|communiqu[eé]|statement|report)\s+"
                            r"(?:was\s+|were\s+)?(?:" + _ISSUING + r")(?P<by>\s+by\s+)?)\b", re.IGNORECASE)
ISSUER_REACH = 8  # sentences after the issuing that "the statement" still speaks for its issuer


def _text_kind(noun: str) -> str:
    """The kind of an issued text as a key: lower-cased, "communiqué" as "communique"."""
    return noun.lower().replace("é", "e")


# an accord in the subject and the parties after "between" ("An agreement to create a new alliance between Somalia's
# Islamic Courts and the government has been reached")
ACCORD_BETWEEN = re.compile(r"\b(?:agreement|deal|accord|treaty|pact|compromise|ceasefire|cease-fire|truce|"
                            r"settlement|memorandum|protocol|understanding)\b(?:[^;:]{0,80}?\bbetween|\s+of)\s+"
                            r"(?:the\s+)?", re.IGNORECASE)  # "the accession treaty of Bulgaria and Romania"
REACHED_PASSIVE = frozenset({"was reached", "were reached", "has been reached", "have been reached",
                             "had been reached"})
# what a participle may describe that is no undertaking between states: a bill or reform at home, a campaign, a
# group or its positions ("the bill backed by Bush", "groups supported by Pakistan", "the nation's proposed
# constitution")
_DOMESTIC_HEADS = (r"(?:bill|bills|legislation|laws?|amendments?|constitution|campaign|positions?|regime|groups?|rebels|"
                   r"militias?|factions?|referendum|motion|budget)")
DOMESTIC_HEAD_BEFORE = re.compile(rf"\b{_DOMESTIC_HEADS}(?:\s+of\s+\w+)?\s+(?:\w+\s+){{0,2}}$", re.IGNORECASE)
DOMESTIC_HEAD_AFTER = re.compile(rf"\s+(?:\w+\s+){{0,2}}?{_DOMESTIC_HEADS}\b", re.IGNORECASE)
ANY_POSSESSIVE_BEFORE = re.compile(r"['’]s?\s+$")
# what may stand before a sentence's subject: a short opening phrase and an article ("On Monday, the", "Meanwhile,
# the", "The")
SUBJECT_LEAD = re.compile(r"[\"“]?(?:(?:On|In|At|By|Last|Earlier|Later|Meanwhile|However|Also|Yesterday|Today|Now|But|And|"
                          r"Separately|Instead|According\s+to|After|Following|Speaking|Despite)\b[^,.;]{0,40},?\s+)?"
                          r"(?:[Tt]he\s+)?")
# what a refusal may withhold that is no undertaking: a statement ("declined to comment / reaffirm this policy /
# respond to the report", "refused to specify")
SPEECH_WITHHELD = re.compile(r"\s*(?:to\s+)?(?:comment|confirm|reaffirm|discuss|elaborate|speculate|say|reveal|disclose|"
                             r"answer|specify|name|identify|respond(?!\s+to\s+(?:\w+\s+){0,2}?(?:demands?|calls?|"
                             r"requests?|ultimatums?|appeals?)\b))\b", re.IGNORECASE)  # (not "refused to respond to a
# demand from the US President": the demand is refused)
# a claim denied ("rejected the charge / claims of fraud / the accusation", "ruled out that there was ..."; not "refused
# that proposal")
# (a claim to independence or sovereignty is a title asserted, and rejecting it a refusal to recognise it: "several
# nations, including Spain, have already rejected their claim to independence")
CLAIM_DENIED = re.compile(r"\s+(?:that\s+(?:there|it|he|she|they|we|this)\b|(?:the\s+|these\s+|such\s+|any\s+)?"
                          r"(?:\w+\s+)?(?:claims?(?!\s+(?:to|over)\s+(?:\w+\s+)?(?:independence|sovereignty|"
                          r"statehood)\b)|allegations?|accusations?|charges?|reports?)\b(?!['’]))",
                          re.IGNORECASE)
# legislators as the subject right before the trigger: "four senators refusing to", "Labor MPs have demanded"
LEGISLATORS_JUST_BEFORE = re.compile(r"\b(?:senators|MPs|lawmakers|legislators|parliamentarians|congressmen|"
                                     r"congresswomen|members\s+of\s+(?:parliament|congress))\s+"
                                     r"(?:(?:have|has|had|were|are|also|all|\w+ly)\s+)*$", re.IGNORECASE)
# a year phrase: "in 1997", "In August 2006", "during 2003", "on March 3, 2004", "in early 2005"
_YEAR_PHRASE = (r"\b(?:[Ii]n|[Dd]uring|[Oo]n)\s+(?:(?:early|late|mid)[\s-]+)?(?:(?:January|February|March|April|May|June|"
                r"July|August|September|October|November|December)\s+(?:(?:of\s+)?|\d{1,2},?\s+))?(?P<year>(?:19|20)\d\d)\b")
PAST_YEAR_PHRASE = re.compile(_YEAR_PHRASE)
# a year phrase right after the trigger and its object, with no participle of another verb between ("agreed to in
# 1997", "approved resolutions in 1979"; not "the cease-fire agreement made in 2003", "bans imposed in 2006", nor
# the year of what is undertaken: "signed an agreement today to increase trade in 1983")
YEAR_RIGHT_AFTER = re.compile(r"(?:(?!\s(?:\w+(?:ed|en)|set|since|until|from|by|after|before|when|of|and|due|because|"
                              r"following|to|today|yesterday|tonight|it|they|he|she|which|that|who)\b)"
                              r"[^,;.:]){0,40}?" + _YEAR_PHRASE)
OWN_TIME = re.compile(r"\b(?:on\s+\w+day|today|yesterday|tonight|now|this\s+(?:week|month|year)|last\s+(?:week|month))\b",
                      re.IGNORECASE)  # a clause's own time
# a year phrase that opens a clause, after "that", "and" or "but" at most
CLAUSE_OPENING_YEAR = re.compile(r"[\s\"“”'‘’]*(?:(?:that|and|but)\s+)?" + _YEAR_PHRASE)
# an open question up to the trigger, in its clause: "asked him whether he was prepared to resign"
WHETHER_BEFORE = re.compile(r"(?<!regardless of )\bwhether\b(?:(?!\b(?:and|but|while)\b)[^,;:.!?“”\"]){0,70}$",
                            re.IGNORECASE)
# ... and one whose subject is names joined by "and", right before the trigger: "whether Romania and France will
# collaborate" (not "whether the talks will resume and Japan has pledged": a clause after the question)
_NAME_RUN = r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*"
WHETHER_NAMES_BEFORE = re.compile(rf"\b[Ww]hether\s+{_NAME_RUN}(?:\s*,\s*{_NAME_RUN})*,?\s+and\s+{_NAME_RUN}\s+"
                                  r"(?:[a-z]+\s+){0,2}$")
ELLIPSIS_BEFORE = re.compile(r"(?:,\s*|\s)(?:but|and|yet)\s+$", re.IGNORECASE)  # a verb coordinated without a subject
# what may stand between "but" / "and" and a verb that shares the sentence's subject: nothing, or auxiliaries and
# adverbs ("Sudan has accepted this force, but has rejected troops from ...", "and has also agreed to", "but has
# instead urged")
AUXILIARIES_ONLY = re.compile(r"\s*(?:(?:has|have|had|is|are|was|were|will|would|shall|should|can|could|may|might|"
                              r"must|does|do|did|also|then|later|further|now|still|instead|again|already|even|"
                              r"therefore|thus|\w+ly)\s+)*", re.IGNORECASE)
PLAIN_COORDINATION = re.compile(r"\s*,\s*|\s+(?:and|or|&)\s+|\s*,\s*(?:and|or)\s+")  # "China and Russia", "A, B"
# an undertaking as a noun with its possessor: "Russia's commitment to withdraw", "their commitment from last December
# to lift the embargo"; not one broken or abandoned ("reneged on its commitment to")
POSSESSED_UNDERTAKINGS = frozenset({"commitment", "commitments"})
POSSESSIVE_JUST_BEFORE = re.compile(r"(?:['’]s?|\b(?:its|their))\s+(?:(?:firm|renewed|earlier|previous|stated|own)\s+)?$",
                                    re.IGNORECASE)
POSSESSED_TO = re.compile(r"(?:\s+(?:from|of|made\s+in|given\s+in)\s+[^,;:]{1,30}?)?\s+to\s+(?P<verb>[a-z]+)\b")  # an
# undertaking verb of the lexicon after "to": "to withdraw", not "to security" or "to its research"
BROKEN_BEFORE = re.compile(r"\b(?:broke|broken|breaking|violat\w+|reneg\w*|abandon\w*|despite|fulfil\w*|honou?r\w*|"
                           r"breach\w*|question\w*|doubt\w*)\b[^,;]*$", re.IGNORECASE)
# the possessor of a noun modal ("Iran's decision to", "its intent to", "the United States' decision to")
POSSESSOR_BEFORE = re.compile(r"(?:['’]s?|\b(?:its|their|his|her|our))\s+(?:[\w,-]+\s+){0,3}$", re.IGNORECASE)
# between a name and the noun modal it modifies: "the US| decision to", "the U.S. government's September 12| decision"
MODIFIER_GAP = re.compile(r"(?:\s+(?:government['’]s|administration['’]s|[A-Z][a-z]+|\d+)){0,3}\s+")
# "stores that they will build": a relative clause, whose pronoun refers to the noun before "that"; after a reporting
# verb ("said that they will", "told reporters that it would") "that" starts reported speech instead
RELATIVE_THAT = re.compile(r"\b([a-z]+)\s+(?:that|which)\s+$")
_REPORTING_WORDS = frozenset("""said says say stated states announced announces added adds warned warns confirmed confirms
claimed claims insisted insists believes believe believed told tells reporters journalists us them him her me noted
notes argued argues explained explains indicated indicates signalled signaled agreed agrees decided decides promised
promises pledged pledges vowed vows declared declares hopes hoped expects expected thinks thought knows knew""".split())
_CAPITALISED_WORD = re.compile(r"\b[A-Z][\w'’.-]*")
_SENTENCE_OPENERS = frozenset("""The A An He She It They We I In On At But And However Also Then Meanwhile After Before
When While Although Earlier Later Last This That These Those Since As If According Speaking Asked Following Under
For With Despite Today Yesterday Now So Mr Mrs Ms Dr""".split())
# the title words between a place's name and a person's: "Queensland| Premier |Peter Beattie", "NSW|'s Premier |..."
_LOCAL_TITLE = re.compile(r"(?:['’]s)?\s+(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*,?\s+")
# organisations found in the text by a bare name that in international news has one reading
UNQUALIFIED_NAMES = {"security council": "org:un-security-council"}
# the bare name of a UN body that is the UN's once the UN (or one of its bodies) has been named before it in the
# document: "the General Assembly" of an article on the UN; elsewhere it may be a state's legislature
UN_BODY_NAMES = {"general assembly": "org:un-general-assembly"}
UN_FAMILY = frozenset({"org:united-nations", "org:un-security-council", "org:un-general-assembly"})
NON_ACTOR_ORG_TYPES = frozenset({"ngo"})  # organizations.csv org_type: Amnesty International, Greenpeace, the ICRC
# the name of an armed group found in the text: "Moro Islamic Liberation Front", "Lord's Resistance Army"
ARMED_GROUP_NAME = re.compile(r"\b(?:Front|Army|Brigades?|Militias?|Liberation|Rebels?|Insurgents?)\b")


GAP_WORDS = frozenset("and & or as well along together with the 's ’s president prime minister foreign defence "
                      "defense secretary chancellor leader leaders envoy official officials counterpart counterparts "
                      "government governments".split())
_GAP_TOKEN = re.compile(r"[,]|['’]s|[\w.&'’-]+")


STATE_NOUNS = frozenset("""government governments officials official authorities authority minister ministers ministry
president presidency leader leaders leadership delegation delegations diplomats diplomat envoy envoys ambassador
forces troops military army navy side sides negotiators negotiator administration parliament lawmakers cabinet
state regime junta spokesman spokeswoman spokesperson counterpart counterparts embassy foreign defence defense prime
premier chancellor king queen emir police soldiers commanders commander generals intelligence security coastguard
coast air president-elect mission representatives representative people judge judges court courts prosecutors
rebels rebel insurgents militants separatists opposition""".split())
_AFTER_DEMONYM = re.compile(r"(?:\s*(?:,|and|&)\s*[A-Z][\w'’-]+)*\s+([\w'’-]+)")


# what a country name qualifies when it is not the state: its markets, companies, people counted as a population
NON_STATE_HEADS = frozenset("""market markets economy economies population company companies firm firms airline
airlines carrier carriers bank banks industry industries stock stocks shares dollar currency consumers consumer
investors automaker automakers carmaker carmakers manufacturer manufacturers media press newspaper newspapers team
teams club clubs university universities business businesses corporation corporations subsidiary operator operators
producer producers exporters importers retailers retailer exports imports housing sales unemployment inflation
league""".split())
_MODIFIED_WORDS = re.compile(r"(?:\s+(?!(?:will|would|shall|is|are|was|were|has|have|had|and|or|to|also)\b)"
                             r"[a-z][\w-]*){1,3}")
_CAPITALISED_RUN = re.compile(r"(?:\s+[A-Z][\w'’&-]*){0,3}\s+([A-Z][\w'’-]*)")
_COUNTED = re.compile(r"(?:\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions|"
                     r"some|several|many|few|most|\d[\d,.]*)(?:\s+of)?|\b(?:a|the)\s+(?:group|number|couple|"
                     r"handful|crowd)\s+of)\s+(?:\w+\s+)?$", re.IGNORECASE)


_GAP_TITLE_WORDS = ("minister|foreign|trade|defen[cs]e|finance|prime|deputy|vice|president|secretary|ambassador|envoy|"
                    "spokes(?:man|woman|person)|chancellor|premier|official|negotiator|representative|commissioner|"
                    "chief|senior|interior|economy|energy|agriculture|environment|state|top|army|military")
# "Canadian| Trade Minister |Jim", "Canada|'s trade minister |Jim": capitalised words or title words only ("Iraq
# told President X" is no title of Iraq's)
_TITLE_GAP_BEFORE = re.compile(rf"(?:['’]s)?\s+(?:(?:[A-Z][\w.'’-]*|(?:{_GAP_TITLE_WORDS})\b)\s+){{1,3}}")
_TITLE_GAP_AFTER = re.compile(r",\s+(?:the\s+)?")  # "Jim Peterson, |Canada's trade minister"
_POSSESSIVE_AFTER = re.compile(r"['’]s\s|n?\s+[a-z]")
# "Dominique Strauss-Kahn, Managing Director of the IMF", "Shinzo Abe, Prime Minister of Japan"
_TITLE_OF_AFTER = re.compile(r",\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,4}of\s+(?:the\s+)?")
# "The President of Algeria, Abdelaziz Bouteflika, said": the title before the state, the name after a comma
_TITLE_OF = (r"\b(?:(?:Deputy|Vice|Acting|Interim)[\s-]+)?(?:President|Prime\s+Minister|(?:[A-Z][a-z]+\s+){0,2}Minister|"
             r"(?:[A-Z][a-z]+\s+)?Secretary|Ambassador|Envoy|Chancellor|Premier|King|Queen|Emir|Sultan|"
             r"Spokes(?:man|woman|person))\s+of\s+(?:the\s+)?")
_TITLE_OF_BEFORE = re.compile(_TITLE_OF + "$")  # right before the state's mention
_TITLE_OF_STATE_BEFORE = re.compile(_TITLE_OF + r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*,\s+$")  # before the name
_COMMA_GAP = re.compile(r",\s+")
_NO_LONGER_BEFORE = re.compile(r"\b(?:former|ex|late|then|outgoing|retired)[\s-]+$", re.IGNORECASE)


def _state_of_title(text: str, m: Mention, mentions: list[Mention]) -> str | None:
    """The state a person's title names right next to their name: a state or demonym then up to three title
    words before the name, or ", <state>'s ..." after it. None when there is none."""
    return _named_in_title(text, m, (x for x in mentions if x.entity_id.startswith("country:")))


def _named_in_title(text: str, m: Mention, candidates: Iterable[Mention]) -> str | None:
    """The first of `candidates` named in the person's title: just before the name with up to three title words
    between ("Canadian Trade Minister Jim Peterson"), or in an appositive right after it ("Jim Peterson, Canada's
    trade minister")."""
    for x in candidates:
        if x.sentence_index != m.sentence_index:
            continue
        if x.end <= m.start and m.start - x.end <= 40 and _TITLE_GAP_BEFORE.fullmatch(text, x.end, m.start):
            return x.entity_id
        if x.start >= m.end and x.start - m.end <= 8 and _TITLE_GAP_AFTER.fullmatch(text, m.end, x.start) \
                and _POSSESSIVE_AFTER.match(text, x.end):
            return x.entity_id
        if x.start >= m.end and x.start - m.end <= 50 and _TITLE_OF_AFTER.fullmatch(text, m.end, x.start):
            return x.entity_id
        if x.end <= m.start and m.start - x.end <= 3 and _COMMA_GAP.fullmatch(text, x.end, m.start) and \
                (title := _TITLE_OF_BEFORE.search(text, max(0, x.start - 50), x.start)) and \
                not _NO_LONGER_BEFORE.search(text, max(0, title.start() - 12), title.start()):
            return x.entity_id
    return None


FORMER_WORDS = frozenset({"former", "ex", "ex-", "retired", "late"})


def _org_of_title(text: str, m: Mention, mentions: list[Mention], seeded: Container[str]) -> str | None:
    """The seeded organisation a person's title names just before the name ("EU Trade Commissioner Peter Mandelson",
    "NATO Secretary General ...") or just after it ("Louis Michel, the European Union's humanitarian aid
    commissioner"), or None. A domestic body the seeds do not hold ("a spokesman for the National Security Council,
    Gordon Johndroe") is no such organisation: its official is the state's."""
    return _named_in_title(text, m, (x for x in mentions if x.entity_id.startswith("org:") and x.entity_id in seeded))


# a finite verb of a clause of its own after what is demanded: "Bolivia is demanding maritime access, something Chile
# refuses to give" (what is demanded is an infinitive or a noun: "called on X to provide", "demanded X's withdrawal")
_OWN_CLAUSE_BEFORE = re.compile(r",\s+(?:[\w'’-]+\s+){0,3}?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+$")


def _own_clause(s_text: str, demand_end: int, trig: re.Match) -> bool:
    """Whether a trigger after a demand is the finite verb ("refuses", "rejected") of a clause of its own whose
    subject is a name after a comma."""
    first = trig.group(0).split(None, 1)[0].lower()
    return first.endswith(("s", "ed")) and bool(_OWN_CLAUSE_BEFORE.search(s_text, demand_end, trig.start()))


_HALF = re.compile(r"\b[Tt]he (North|South)\b(?![\w-]|\s+(?:of\b|[A-Z]))")


def _with_halves(text: str, sentences: list[Sentence], mentions: list[Mention],
                 seeded: dict[str, EntityRecord]) -> list[Mention]:
    """`mentions` and "the North" / "the South" as mentions of the one state of that name named before them in
    the document ("... shipped oil to North Korea, and the North said ...": North Korea). Not "the North of
    England", not "the South China Sea"; not when two such states have been named."""
    halves = list(_HALF.finditer(text))
    if not halves:
        return mentions
    named: dict[str, list[tuple[int, str]]] = {"North": [], "South": []}  # half -> (first mention start, state)
    for m in mentions:
        if m.entity_id.startswith("country:"):
            record = seeded.get(m.entity_id)
            half = record.name.split(" ", 1)[0] if record is not None else ""
            if half in named and all(eid != m.entity_id for _, eid in named[half]):
                named[half].append((m.start, m.entity_id))
    added = []
    for h in halves:
        states = {eid for at, eid in named[h.group(1)] if at < h.start()}
        if len(states) == 1:
            added.append(Mention(states.pop(), h.start(), h.end(), "name", 0.8, sentence_index_at(sentences, h.start())))
    return sorted(mentions + added, key=_start) if added else mentions


def _bare_name(entities: dict[str, EntityRecord], eid: str) -> str:
    """An extracted entity's name in lower case without a leading "the" ("" when not extracted)."""
    extracted = entities.get(eid)
    name = extracted.name.lower() if extracted is not None else ""
    return name[4:] if name.startswith("the ") else name


def _in_organisation_name(text: str, end: int) -> bool:
    """Whether the capitalised words after `end` end in an organisation's head ("... People's Party", "... Airways")."""
    name = _CAPITALISED_RUN.match(text, end)
    return bool(name) and name.group(1).lower() in NON_ACTOR_ORG_HEADS


def _demonym_names_state(text: str, m: Mention) -> bool:
    """A demonym acts for its state only when it qualifies the state's organs or people: "French officials",
    "the Israeli and Palestinian negotiators", "Dutch Foreign Minister ...", "Palestinians"; not "the new American
    management" or "Australian Greens Senator". A counted plural ("two Iraqis", "thousands of Serbs", "a group of
    Afghans") names individuals, not the state."""
    if text[m.end:m.end + 1] == "$":
        return False  # "US$20 billion", "AU$3.2 million" (not the African Union): a currency
    if text[max(0, m.start - 5):m.start].lower().endswith(("anti-", "pro-", "non-")):
        return False  # "the anti-Syrian opposition", "pro-Western parties": a stance toward the state
    if m.mention_type != "demonym":
        if m.entity_id.startswith("country:"):
            if text[m.end:m.end + 7].lstrip().startswith("-based") or \
                    m.start > 1 and text[m.start - 1] == "-" and text[m.start - 2].isalpha():
                return False  # "a United Kingdom-based company", "Radio-Canada": a place of business, a name
            after = text[m.end:m.end + 1]
            if after == "$":
                return False  # "US$20 billion": a currency
            if after == " ":
                if _in_organisation_name(text, m.end):
                    return False  # "Pakistan People's Party"
                modified = _MODIFIED_WORDS.match(text, m.end)
                if modified and any(w.lower() in NON_STATE_HEADS for w in modified.group(0).split()):
                    return False  # "the U.S. housing market", "US airlines": the country names what they belong to
        return True
    if text[m.end - 1:m.end] == "s" and text[m.start:m.end][-2:] != "ss":
        return not _COUNTED.search(text, max(0, m.start - 40), m.start)
    nxt = _AFTER_DEMONYM.match(text, m.end)
    if not nxt:
        return False
    if _in_organisation_name(text, m.end):
        return False  # "the French Communist Party", "a German Football League": an organisation's name
    word = nxt.group(1)
    bare = re.sub(r"['’]s$", "", word).lower()  # "Australian Opposition's spokesman": the opposition's
    return word.lower() in STATE_NOUNS or (word[:1].isupper() and bare not in PARTY_WORDS)


# capitalised words after a demonym that name a party or the opposition, not the state ("Australian Greens Senator")
PARTY_WORDS = frozenset({"greens", "labor", "labour", "opposition", "conservatives", "liberals", "democrats",
                         "republicans", "tories"})


# triggers that are a demand only when addressed to another state or organisation named after them ("Iran ordered
# the IAEA to remove its cameras"); an order to one's own officials, forces or courts is domestic administration
ADDRESSED_ONLY = frozenset({"ordered", "told", "warned"})
# the subject asked, pressed or invited to act: what follows "to" is asked of it ("Japan was urged to accept the deal",
# "Iran has been asked by the IAEA to suspend enrichment"), not its undertaking; nor is what it is expected or likely
# to do ("Australia and New Zealand are expected to sign similar agreements": a forecast); but "Serbia was forced to
# accept the plan", "was persuaded to suspend" tell that it did
PASSIVE_ASKED_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+|also\s+|again\s+|now\s+)*"
                                  r"(?:urged|asked|pressed|pressured|called\s+(?:on|upon)|told|ordered|requested|"
                                  r"invited|encouraged|advised|expected|likely)\s+"
                                  r"(?:by\s+[^,.;:\"“”]{1,60}?\s+)?to\s+$", re.IGNORECASE)
# a condition by inversion opening the sentence, its trigger inside it: "Were Iran to reject the Solana offer ...",
# "Should Iran agree to suspend enrichment, ...", "Had Iran accepted the offer, ..."
INVERTED_CONDITION = re.compile(r"\W*(?:Were|Should|Had)\s+[^,;.:]{1,60}?\s+$")
ASKED_OF_BEFORE = re.compile(r"\b(?:asked|asks|asking|urged|urges|urging|called\s+(?:on|upon)|calls\s+(?:on|upon)|"
                             r"calling\s+(?:on|upon)|pressed|pressured|pressuring|told|ordered|requested|invited|"
                             r"encouraged|expects?|expected|wants?|wanted)\s+(?!to\b)"
                             r"(?:(?!\b(?:that|it|he|she|they|we)\b)[^.;:“”\"]){1,60}?\s+to\s+$",
                             re.IGNORECASE)
# demands only as "<verb> <someone> to <verb>" (TOLD_TO): "told the United States to stop", "Britain is pressuring
# the European Union to freeze the assets"
TOLD_FRAMED = frozenset({"told", "pressed", "presses", "pressing", "pressured", "pressures", "pressuring"})
ADDRESSED_MODAL_VERBS = frozenset({"request", "ask"})  # after a modal, as ADDRESSED_ONLY: "will ask the UN to ..."
# "told" is a demand only as "told <someone> to <verb>": "Uribe told the United States on Friday to stop meddling";
# not "told reporters that", "told the BBC he would"
TOLD_TO = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+(?:of\s+(?:the\s+)?)?){1,5}"
                     r"(?:(?:government|authorities|leadership|regime|military|junta)\s+)?"
                     r"(?:(?:on|last|this|in)\s+\w+\s+|,[^,]{1,40},\s+)?to\s+(?!the\b|a\b|an\b|[A-Z])\w")
# a vote on a text is a state's or an organisation's stance ("Israel, the United States and Australia voted against
# the resolution"); a person's vote is a legislator's or a voter's, domestic politics and no row
VOTES = frozenset({"voted against", "votes against", "voted for", "votes for", "voted to", "votes to", "voted in favour of",
                   "voted in favor of", "votes in favour of", "votes in favor of"})
BODY_VOTES = frozenset({"voted to", "votes to"})  # a body's vote to act: the UN's, a state's, not a legislature's
_LEGISLATURE = (r"\b(?:parliament|senate|(?<!white\s)(?<!blue\s)house|assembly|congress|knesset|duma|legislature|lawmakers|legislators|mps|"
                r"deputies|senators|representatives|commons|lords)\b")
LEGISLATURE_BEFORE = re.compile(_LEGISLATURE + r"[^,;]*$", re.IGNORECASE)
LEGISLATURE_WORD = re.compile(_LEGISLATURE, re.IGNORECASE)  # anywhere in a subject
LIFTING_BEFORE = re.compile(r"\b(?:lift|lifts|lifted|lifting|ease|eases|eased|easing|end|ends|ended|ending|remove|"
                            r"removes|removed|removing|scrap|scraps|scrapped|scrapping|overturn|overturned|overturning)"
                            r"\s+(?:the\s+|its\s+|their\s+|all\s+|a\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# the other party of an accord, named after "with" right after the trigger: "China has signed an agreement with
# ASEAN", "the Ugandan government signed a permanent ceasefire with the LRA", "Australia had agreed with members of"
ACCORD_COUNTERPART = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s+with\s+(?:(?:the|members\s+of|members\s+of\s+the)\s+)?"
                                r"(?:\d+-nation\s+)?", re.IGNORECASE)
AGREED_WITH = frozenset({"agreed", "agrees", "agree"})
WITH_AFTER = re.compile(r"\s+with\b", re.IGNORECASE)
# after "agreed with <someone>" (and a title): a view shared, not an accord
AGREED_OPINION = re.compile(r"(?:\s+[A-Z][\w.’'-]*)*\s*(?:on\s+(?:this|that|these|those|the\s+need|the\s+view)\b|"
                            r"and\s+(?:said|added|stated|noted)\b|[,.;:]|$)")
AGREED_THAT = re.compile(r"(?:\s+[A-Z][\w.’'-]*)*\s+that\b")
# a text that approving adopts: an accord among those who approve it, not support for another's
APPROVED_TEXT = re.compile(r"\s+(?:\w+ly\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:declaration|resolution|accord|treaty|"
                           r"charter|communiqu[eé]|joint\s+statement)\b", re.IGNORECASE)
# "use" is an undertaking with force, arms or the means of a state after it: "would attack ... and use force", "will
# use all diplomatic means", "will use U.S. aircraft, as well as naval forces, to deliver"
USED_MEANS = re.compile(r"\s+(?:[\w.'’-]+\s+){0,3}?(?:force|forces|weapons?|arms|military|troops|aircraft|warships|"
                        r"ships|navy|veto|means|power|resources|capacities|capabilities|measures|technology)\b",
                        re.IGNORECASE)
# a count right after "ordered" is goods bought: "has ordered ten new jetliners", "ordered 48 F-16s"
ORDERED_GOODS = re.compile(r"\s+(?:up\s+to\s+|another\s+|an\s+additional\s+)?(?:\d[\d,.]*|two|three|four|five|six|seven|"
                           r"eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds|dozens|a\s+dozen)\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:jets?|jetliners?|airliners?|aircraft|planes?|helicopters?|fighters?|"
                           r"tanks?|ships?|vessels?|submarines?|frigates?|missiles?|trucks?|vehicles?|locomotives?|"
                           r"trains?|F-\d+s?|MiGs?|Boeings?|Airbus(?:es)?)\b", re.IGNORECASE)
# what may stand between a demand and its addressee of one's own state: a count and up to two words ("ordered
# thousands of armed Palestinian security officials into positions"; not "demand an independent Iraqi
# investigation", what is demanded)
OWN_ADDRESSEE_GAP = re.compile(r"\s+(?:(?:the|his|her|its|their)\s+)?(?:thousands|hundreds|dozens|\d[\d,]*)\s+"
                               r"(?:of\s+)?(?:[a-z]+\s+){0,2}")
ORDERED_ACTION = re.compile(r"\s+(?:the\s+(?:\w+\s+)?(?:withdrawal|pull-?out|deployment|dispatch|renewal|resumption|"
                            r"restoration|reopening|lifting|normali[sz]ation)\b|an\s+end\s+to\b)", re.IGNORECASE)
OWN_AUTHORITIES = re.compile(r"\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?(?:(?:government|federal|local|state|"
                             r"security|military|relevant|foreign|defen[cs]e)\s+)?(?:officials|authorities|ministries|"
                             r"ministers|ministry|agencies|government|army|military|armed\s+forces|troops|forces|"
                             r"police|navy|air\s+force)\s+to\b", re.IGNORECASE)
# what follows a pledge or proposal trigger when nothing is undertaken: the end of the sentence, or the end of a
# quotation and its attribution ('... the opportunity that India offers," said Palmisano.')
NOTHING_UNDERTAKEN = re.compile(r"""[\s.,;:!?'’")\]]*$|[,.!?]?\s*["”’']\s*(?:\w+\s+){0,3}?(?:said|says|added|adds|told|"""
                                r"according)\b", re.IGNORECASE)


# what a person's possessive names that does not act for them: "Kibaki's supporters", "Bhutto's son", "Obama's critics"
FOLLOWERS = frozenset("""supporters supporter opponents opponent critics critic followers loyalists backers fans rivals
rival lawyers lawyer attorney attorneys family son sons daughter daughters wife husband brother sister widow party
campaign movement camp""".split())
_NEXT_WORDS = re.compile(r"\s+(?:(?:own|many|most|some|former|political|closest|main|chief|fiercest|staunchest|"
                         r"loyal|die-hard)\s+)*([\w-]+)")


def _possessive_names_state(text: str, m: Mention, trigger_at: int | None = None) -> bool:
    """A state named in the possessive acts only through what it possesses when that is one of its organs or
    people: "Ukraine's President", "China's commerce ministry", "Britain's Foreign Secretary" (a capitalised
    title); not "Australia's biggest charity organisations" or "America's largest airline"."""
    if m.entity_id.startswith("person:") and text[m.end:m.end + 2] in {"'s", "’s"}:
        following = _NEXT_WORDS.match(text, m.end + 2)
        if following and following.group(1).lower() in FOLLOWERS:
            return False  # "Mr. Kibaki's supporters demanded": his supporters, not the president
    if m.mention_type in {"demonym", "title", "surname"}:
        return True
    mark = text[m.end:m.end + 2]
    if mark in {"'s", "’s"}:
        skip = 2
    elif mark[:1] == " " and text[m.end + 1:m.end + 3] in {"'s", "’s"}:
        skip = 3  # "Australia 's biggest charities": the corpus's detached possessive
    elif mark[:1] in {"'", "’"} and text[m.end - 1:m.end] == "s":
        skip = 1  # "the United States' third-largest airline"
    else:
        return True
    end = trigger_at if trigger_at is not None and trigger_at > m.end else min(len(text), m.end + 80)
    if trigger_at is not None and trigger_at > m.end and _NOUN_MODAL_AT.match(text, trigger_at) \
            and len(text[m.end + skip:trigger_at].split()) <= 3:
        return True  # "Iran's decision to resume", "Russia's intent to strengthen": the possessor decides
    words = text[m.end + skip:end].split()[:4]
    return any(w.lower().strip(",;") in STATE_NOUNS for w in words) or any(w[:1].isupper() for w in words[:2])


# a person titled as the opposition's or a party's ("Opposition leader", "shadow foreign secretary", "Labor's foreign
# affairs spokesman Kevin Rudd", "Kevin Rudd, the Opposition's foreign affairs spokesman") speaks for no state
_OPPOSITION_WORDS = r"(?:opposition|shadow|labor|labour|conservative|tory|liberal|democratic|republican|green)"
OPPOSITION_TITLE_BEFORE = re.compile(rf"\b{_OPPOSITION_WORDS}(?:['’]s)?\s+(?:[a-z][\w-]*\s+){{0,3}}"
                                     r"(?:spokes(?:man|woman|person)|leader|minister|secretary|critic)\s+$",
                                     re.IGNORECASE)
OPPOSITION_TITLE_AFTER = re.compile(rf",\s+(?:the\s+|a\s+)?(?:[A-Z][\w'’-]*\s+){{0,2}}{_OPPOSITION_WORDS}(?:['’]s)?\s",
                                    re.IGNORECASE)

OPPOSITION_ROLE_OPENING = re.compile(r"\b[Aa]s\s+(?:the\s+|an?\s+)?(?:opposition|shadow)\b[^,.;]{0,40},\s*$",
                                     re.IGNORECASE)  # "As opposition leader, Prodi has always opposed the war"


def _in_opposition(text: str, m: Mention) -> bool:
    """Whether a person's title names the opposition or a party, just before or just after the name."""
    if not m.entity_id.startswith("person:"):
        return False
    return bool(OPPOSITION_TITLE_BEFORE.search(text, max(0, m.start - 60), m.start)
                or OPPOSITION_TITLE_AFTER.match(text, m.end)
                or OPPOSITION_ROLE_OPENING.search(text, max(0, m.start - 60), m.start))


# a person's office named in an appositive: "Kim Jong-il, the leader of North Korea, and Roh Moo-hyun, ...",
# "Hu Jintao, the President of China, and ..."
OFFICE_APPOSITIVE = re.compile(r",\s+(?:the\s+|a\s+)?(?:[\w.'’-]+\s+){0,4}?(?:of|for)\s+(?:the\s+)?$")
APPOSITIVE_CLOSE = re.compile(r"\s*,")


def _office_appositives(text: str, usable: list[Mention]) -> tuple[list[Mention], dict[int, int]]:
    """`usable` without the states named in a person's office appositive ("Kim Jong-il, the leader of North Korea,"),
    and for each such person (by id) where the appositive ends: the person stands for the unit, so that "A, the
    leader of X, and B, the leader of Y, have signed" coordinates A and B (a state after "of" is no subject)."""
    kept: list[Mention] = []
    unit_end: dict[int, int] = {}
    for m in usable:
        person = kept[-1] if kept else None
        if person is not None and person.entity_id.startswith("person:") and m.entity_id.startswith("country:") \
                and OFFICE_APPOSITIVE.match(text, person.end, m.start) is not None \
                and (close := APPOSITIVE_CLOSE.match(text, m.end)) is not None:
            unit_end[id(person)] = close.end()
            continue
        kept.append(m)
    return kept, unit_end


RELATIVE_ASIDE_OPEN = re.compile(r",\s*(?:(?:all|both|each|some|none|many|most|one|two|three|four)\s+of\s+)?"
                                 r"(?:which|who|whom|whose)\b[^,;.:\"“”]*$")
RELATIVE_ASIDE_CLOSE = re.compile(r"[^,;.:\"“”]*,")


def _in_relative_aside(text: str, m: Mention, trigger_at: int | None) -> bool:
    """Whether the mention is inside a relative clause set off by commas (", all of which border Serbia,") that
    closes before the trigger (at `trigger_at`, when given): "Solana, who said Iran had agreed to suspend ..." keeps
    Iran for the trigger inside the clause."""
    lead = text[max(0, m.start - 100):m.start]
    if "which" not in lead and "who" not in lead:
        return False
    close = RELATIVE_ASIDE_CLOSE.match(text, m.end) if RELATIVE_ASIDE_OPEN.search(lead) else None
    return close is not None and (trigger_at is None or close.end() <= trigger_at)


def _coordination_gap(gap: str) -> bool:
    """Whether the text between two names only coordinates them: ", ", " and ", "'s President ", capitalised
    words ("Ukraine, France and the UK"; "Starmer, French President Emmanuel Macron and")."""
    for token in _GAP_TOKEN.findall(gap):
        if token == "," or token.lower() in GAP_WORDS or token[:1].isupper():
            continue
        return False
    return True


class Party(NamedTuple):
    entity_id: str
    role: str


class Commitment(NamedTuple):
    """One commitment: the evidence sentence, the undertaking and its parties."""

    sentence_index: int
    start: int
    end: int
    kind: str
    polarity: str
    confidence: float
    trigger_text: str
    action_text: str
    category: str
    modality: str
    condition_text: str | None
    amount_value: float | None
    amount_currency: str | None
    quantity: float | None
    quantity_unit: str | None
    event_date: dt.date | None
    deadline: str | None
    plover_type: str
    parties: tuple[Party, ...]


class Quote(NamedTuple):
    start: int
    end: int
    speaker: str | None


# every pair of quotation marks, short ones too, so that pairs stay in step: skipping '"holy war"' (too short to be a
# quotation) must not pair its closing mark with the next opening one ('"holy war", while X said "We will ...')
_QUOTE = re.compile(r"“([^”]*)”|\"(?!\s)([^\"]*)\"")  # (a straight mark with a space after it closes: skipped, it
# puts the pairing back in step after a stray mark, 'The 12" gun was fired. Olmert said "We will not ..."')
_QUOTE_MIN = 12  # shorter runs are scare quotes or titles ('"holy war"', '"insufficient"'), not quotations
# the speaker after the quote: up to a comma, a full stop or a preposition ("U.S." is no full stop)
# honorifics and ranks before a name, whose full stop ends no sentence ('" Mr. Berlusconi told reporters', '" Maj. Gen.
# Zhu Chenghu said')
_HONORIFICS = r"(?:(?:Mr|Mrs|Ms|Dr|Gen|Maj|Lt|Col|Sen|Rep|Gov|Prof|Capt|Adm|Sgt|Brig|Amb|Rev|Pres)\.\s+)*"
# the verbs that attribute a quotation ('"...," declared X', 'X commented: "..."')
_ATTRIBUTING_VERBS = ("said", "says", "added", "stated", "insisted", "warned", "continued", "explained", "noted",
                      "commented", "declared", "remarked", "stressed", "argued", "asserted", "replied", "responded",
                      "concluded", "wrote", "claimed", "acknowledged", "admitted", "emphasised", "emphasized",
                      "observed", "summarised", "summarized", "reiterated", "announced")
_ATTRIBUTING = "|".join(_ATTRIBUTING_VERBS)
_SPEAKER_AFTER = re.compile(r"[,\s]*(?:(?:" + _ATTRIBUTING + r"|told\s+\w+)\s+(?P<a>" + _HONORIFICS +
                            r"(?:[^,.;]|(?<=[A-Z])\.(?=[A-Z]|\s+[A-Z])){2,80}?)"
                            r"(?=[,;]|(?<![A-Z])\.|\.(?!\s*[A-Z])|\s+(?:in|at|on|during|after|before|to)\b|$)|"
                            r"(?P<b>" + _HONORIFICS + r"[^,.;“\"]{2,60}?|[A-Z][^,.;“\"]{1,40}?,[^,.;“\"]{2,60}?,)\s+"
                            r"(?:" + _ATTRIBUTING + r"|told)\b)")
# ('Solana added also: "I call on ..."': an adverb after the verb; 'told the Associated Press: "..."': whom told, in
# up to four words)
# ('issued a statement which read, "..."': an issued text that reads a quotation is its issuer's; not a banner's, a
# sign's or a law's, nor a letter's "from" someone other than the subject)
_SPEAKER_VERB_BEFORE = re.compile(r"\s+(?:" + _ATTRIBUTING + r"|(?<!was\s)(?<!were\s)(?<!been\s)told(?!\s+by\b)"
                                  r"(?:\s+[\w.-]+){1,4}?|saying|(?:statement|letter|telegram|"
                                  r"message|communiqu[eé]|declaration)(?:\s+(?!from\b)[\w-]+){0,5}?\s+"
                                  r"(?:which|that)\s+reads?)"
                                  r"(?:\s+(?:also|further|later|then|too))?"
                                  r"(?:[:,]|\s+that,?)?\s*$")
# a pronoun attributing a quotation: the person named last before it ('"...," he said'); not "they", "it" or "we"
_SPEAKER_PRONOUN = re.compile(r"\s*(?:he|she)(?:\s+(?:also|later|then|again|further))?\s*", re.IGNORECASE)
# a title alone attributing a quotation ('"...," the Prime Minister said', 'continued the Secretary-General')
_SPEAKER_TITLE = re.compile(r"\s*the\s+(?P<head>(?:(?:foreign|defen[cs]e|finance|trade|deputy|vice)\s+){0,2}"
                            r"(?:president|prime\s+minister|premier|chancellor|minister|secretary(?:[- ]general)?|"
                            r"ambassador|envoy|king|queen|emir|governor|commissioner))"
                            r"(?:\s+(?:also|later|then|again|further))?\s*", re.IGNORECASE)
_TITLE_WINDOW = 600  # how far back a titled person is looked for


@cache
def _title_pattern(head: str) -> re.Pattern:
    """A title's words as a pattern, any spaces or hyphens between them ("Secretary general", "Secretary-General")."""
    words = r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", head))
    general = "" if "general" in head else r"(?![\s-]+general\b)"  # a secretary is not the Secretary-General
    # "the President" is not the Vice President, "the Prime Minister" not the Deputy Prime Minister
    second = "" if re.match(r"(?:vice|deputy)\b", head) else r"(?<!vice\s)(?<!vice-)(?<!deputy\s)"
    return re.compile(rf"{second}\b{words}\b{general}", re.IGNORECASE)


def _titled_persons(text: str, mentions: list[Mention], at: int, head: str) -> list[str]:
    """The persons named before `at` (within `_TITLE_WINDOW` characters), nearest first, with the title `head`
    right before the name ("President Barack Obama", "Minister of Foreign Relations, Celso Amorim": only name words
    between them, not "Iranian President Mahmoud Ahmadinejad met Hugo Chavez") or in an appositive after it ("Ban
    Ki-moon, the UN Secretary-General")."""
    title = _title_pattern(head.lower())
    found: list[str] = []
    i = bisect_left(mentions, at, key=_start)
    while i > 0:
        i -= 1
        m = mentions[i]
        if m.start < at - _TITLE_WINDOW:
            break
        if not m.entity_id.startswith("person:") or m.entity_id in found:
            continue
        lead = text[max(0, m.start - 50):m.start]
        cut = max(lead.rfind(c) for c in ".;,\"“”")  # "by King Juan Carlos, Queen Sofía, and Prime Minister X"
        if any(_NAME_WORDS_ONLY.fullmatch(lead, t.end()) for t in title.finditer(lead, cut + 1)) or \
                title.search(text, m.start, m.end):  # "President Bush", "King Juan Carlos"
            found.append(m.entity_id)
            continue
        appositive = _APPOSITIVE_TITLE.match(text, m.end)
        if appositive and title.search(text, m.end, appositive.end()) and not any(
                n.entity_id.startswith("person:") and n.start < appositive.end() for n in mentions[i + 1:i + 4]):
            found.append(m.entity_id)  # "Ban Ki-moon, the UN Secretary-General," (not "Jay Leno, United States
            # President Barack Obama": the title is the next name's)
    return found


def _titled_person(text: str, mentions: list[Mention], at: int, head: str) -> str | None:
    """The person named last before `at` with the title `head` (`_titled_persons`), or None."""
    found = _titled_persons(text, mentions, at, head)
    return found[0] if found else None


# between a title and its holder's name: only name words ("President Mahmoud Ahmadinejad", "Prime Minister of
# Israel Ehud Olmert")
_NAME_WORDS_ONLY = re.compile(r"(?:\s+(?:[A-Z][\w.'’-]*|of|the|al|bin|de|van|von))*\s*")


_APPOSITIVE_TITLE = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?[^,.;]{0,60}?(?:,|\s+(?:said|says))")
_NAME_WORD = re.compile(r"\b[A-Z][a-z]")  # a capitalised word: a name in an attribution
_UNNAMED_SPEAKER = re.compile(r"\s*(?:a|an|another|one|some|several)\s", re.IGNORECASE)  # "a spokesman", "an official"
# one is in every match of _SPEAKER_VERB_BEFORE (a cheap test before it)
_SPEAKER_VERBS = (*_ATTRIBUTING_VERBS, "told", "saying", "which read", "that read")


def quotes(text: str, mentions: list[Mention], entities: dict[str, EntityRecord], *,
           sentences: list[Sentence] | None = None, capitals: Mapping[str, str] | None = None) -> list[Quote]:
    """Direct quotations with their speaker resolved to an entity (the person, else the state or organisation
    named in the attribution). With the document's `sentences`, a pronoun attribution ('"...," he said') is the
    person the narrative is about: the first person named in the quotation's sentence before it, else in the
    sentence before that ('U.S. President George W. Bush said that he would be willing to meet with Iran's
    President Mahmoud Ahmadinejad ... "We are willing to sit down with him ...," he said': Bush); none further back.
    With `capitals` (a capital's location id -> its state), an unnamed official in a capital speaks for its state
    ('"...," a government spokesman in Khartoum said': Sudan)."""
    out = []
    for m in _QUOTE.finditer(text):
        inner = 1 if m.group(1) is not None else 2
        start, end = m.start(inner), m.end(inner)
        if end - start < _QUOTE_MIN or text[m.start() - 1:m.start()] == "=":
            continue  # a scare quote or a title; or markup, an attribute's value ('<div style="background:#FFCCCC;">')
        speaker = None
        after = _SPEAKER_AFTER.match(text, m.end(), min(len(text), m.end() + 120))
        if after and not (after.group("a") or text[end - 1:end] not in ".!?"):
            after = None
        unnamed_attribution = False  # '"...," a spokesman said', '"...," said an official': someone unnamed speaks
        if after:
            # '"...," said X' or '"...," X said'; after a quotation that ends its sentence ('... only by us." The
            # United States has since said') a name before "said" starts the next sentence, not an attribution
            g = "a" if after.group("a") else "b"
            speaker = _entity_in(text, mentions, after.start(g), after.end(g))
            if speaker is None and capitals:
                speaker = _official_in_capital(text, mentions, after.start(g), after.end(g), capitals)
            unnamed_attribution = speaker is None and _UNNAMED_SPEAKER.match(after.group(g)) is not None
            if speaker is None and _SPEAKER_PRONOUN.fullmatch(after.group(g)):
                speaker = _narrated_person(mentions, sentences, m.start(), text=text)  # '"...," he said'
            elif speaker is None and (title := _SPEAKER_TITLE.fullmatch(after.group(g))):
                # '"...," continued the Secretary-General', '"...," the President said': the person last named
                # with that title before it
                speaker = _titled_person(text, mentions, m.start(), title.group("head"))
            elif speaker is None and _NAME_WORD.search(after.group(g)):
                # '"... peaceful." said deputy prime minister Abdullahi Sheikh Ismail': a name we do not hold speaks,
                # not the speaker of the quotation before
                unnamed_attribution = True
        if speaker is None:
            lo = max(0, m.start() - 100)
            lead = text[lo:m.start()]
            verb = _SPEAKER_VERB_BEFORE.search(text, lo, m.start()) if any(w in lead for w in _SPEAKER_VERBS) \
                else None
            if verb:
                window = text[lo:verb.start()]
                cut = _last_break(window)
                speaker = _entity_in(text, mentions, lo + cut + 1, verb.start())
                if speaker is None and capitals:
                    speaker = _official_in_capital(text, mentions, lo + cut + 1, verb.start(), capitals)
                if speaker is None and _SPEAKER_PRONOUN.fullmatch(window[cut + 1:].strip()):
                    speaker = _narrated_person(mentions, sentences, m.start(), text=text)  # 'He said: "..."'
        if speaker is None and not unnamed_attribution and sentences:
            speaker = _reporting_subject(text, mentions, sentences, m.start())
        # attributed to someone unnamed ('"...," said a statement issued by the Interior Ministry'): not the last
        # quotation's speaker's
        if speaker is None and out and not unnamed_attribution and \
                _QUOTE_CONTINUES.fullmatch(text, out[-1].end + 1, m.start()):
            # '"...," said a spokesman for the State Department. "We remain concerned ...': the next quote with no
            # attribution of its own, right after the last one's, is the same speaker's; the person named in
            # between when there is one ('"... again." Bush said. "We will take the fight ..."': the name after a
            # quotation that ends its sentence may start a sentence of its own, but then it speaks the next one)
            named = _entity_in(text, mentions, out[-1].end + 1, m.start())
            speaker = named if named is not None and named.startswith("person:") else out[-1].speaker
        k = sentence_position_at(sentences, m.start()) if speaker is None and sentences else None
        if k is not None and not text[sentences[k].start:m.start()].strip() and \
                not _ATTRIBUTION_IN.search(text, m.start(), min(len(text), m.end() + 80,
                                                                sentences[sentence_position_at(sentences, m.end())].end)):
            # 'Bush went on to describe the methods used. "... we will use U.S. aircraft ..."': a quotation with no
            # attribution at all, opening its sentence, is the one person the sentence before names (none if it
            # names two: 'After talks with Bush, Putin criticised the plan.')
            speaker = _narrated_person(mentions, sentences, sentences[k - 1].end - 1, back=0, only=True) \
                if k > 0 else None
            if speaker is None and k > 1 and _PRONOUN_OPENING.match(text, sentences[k - 1].start) and \
                    _narrated_person(mentions, sentences, sentences[k - 1].end - 1, back=0) is None:
                # '"...," he said. He continued by saying that the UK will cooperate. "I want to pledge ..."': the
                # sentence before only goes on about the person narrated before it, whose words these are
                previous = out[-1] if out and out[-1].start >= sentences[k - 2].start else None
                speaker = previous.speaker if previous is not None else \
                    _narrated_person(mentions, sentences, sentences[k - 2].end - 1, back=0, only=True)
        out.append(Quote(start, end, speaker))
    if ":" in text:
        out = _with_colon_quotes(text, mentions, entities, out)
    return out


# a reporting verb inside a sentence, before a partial quotation ('Kuçi said the decision was "very good ..."')
_REPORTED_BEFORE = re.compile(r"\s(?:" + _ATTRIBUTING + r"|told\s+(?:reporters|journalists|the\s+press))\b(?!\s+by\b)")
# what may stand between that verb and the quotation: no second voice ('said Putin had called it "..."', 'said the
# paper quoted him as saying "..."') and no other quotation
_SECOND_VOICE = re.compile(r"[“”\"]|\b(?:call(?:s|ed)?|describ(?:es|ed)|term(?:s|ed)|quot(?:es|ed|ing)|accus(?:es|ed)|"
                           r"according\s+to|so-called|dubbed|labell?ed|known\s+as|named|titled|entitled|"
                           r"who\s+claims?|(?:has|have|had)\s+(?:\w+\s+)?(?:vowed|promised|pledged|said|stated|"
                           r"warned|insisted|declared|threatened|announced|claimed|reported))\b", re.IGNORECASE)


def _reporting_subject(text: str, mentions: list[Mention], sentences: list[Sentence], at: int) -> str | None:
    """The speaker of a partial quotation at `at` inside reported speech: the subject named nearest before the
    sentence's last reporting verb before it ('Kosovo's deputy prime minister, Hajredin Kuçi said the decision was
    "very good ..."', 'Ahmadinejad also said the two countries needed to "coordinate their positions"'); none when
    a person is named, a second voice is told or a quotation mark stands between the verb and the quotation."""
    sent = sentences[sentence_position_at(sentences, at)]
    verb = None
    for verb in _REPORTED_BEFORE.finditer(text, sent.start, at):
        pass
    if verb is None or _SECOND_VOICE.search(text, verb.end(), at) or any(
            m.entity_id.startswith("person:") for m in mentions[bisect_left(mentions, verb.end(), key=_start):
                                                              bisect_left(mentions, at, key=_start)]):
        return None
    window = text[sent.start:verb.start()]
    cut = _last_break(window)
    speaker = _speaker_named(_mentions_in(mentions, sent.start + cut + 1, verb.start()), text, nearest=True)
    if speaker is None and _SPEAKER_PRONOUN.fullmatch(window[cut + 1:].strip() + " "):
        speaker = _narrated_person(mentions, sentences, at, text=text)  # 'He said the talks were "constructive"'
    return speaker


# a quotation set off by a colon and no quotation marks, to the end of its paragraph: 'Prime Minister Călin
# Popescu-Tăriceanu said: <!---->:The signature of the Accession Treaty signifies ... We will join EU on ...'
_COLON_QUOTE = re.compile(r"\b(?:said|says|stated|declared|added|told\s+\w+)\s*:\s*(?:<!--[^>]{0,40}-->\s*:?\s*)?"
                          r"(?=[A-Z])")


def _with_colon_quotes(text: str, mentions: list[Mention], entities: dict[str, EntityRecord],
                       found: list[Quote]) -> list[Quote]:
    """`found` with each colon-introduced quotation outside them, its speaker named before the verb."""
    added = []
    colon = text.find(":")
    matches = []
    while colon >= 0:  # the pattern tried only near each colon (rare), not at every position of the text
        m = _COLON_QUOTE.search(text, max(0, colon - 20), colon + 60)
        if m is not None and m.start() <= colon < m.end() and (not matches or m.start() >= matches[-1].end()):
            matches.append(m)
        colon = text.find(":", colon + 1)
    for m in matches:
        start = m.end()
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        while end > start and text[end - 1].isspace():
            end -= 1
        if end - start < 12 or any(q.start < end and start < q.end for q in found) or "“" in text[start:end] \
                or '"' in text[start:end]:
            continue  # too short, or a quotation in marks is there (found already)
        lo = max(0, m.start() - 100)
        window = text[lo:m.start()]
        cut = _last_break(window)
        added.append(Quote(start, end, _entity_in(text, mentions, lo + cut + 1, m.start())))
    return sorted(found + added) if added else found


# between the last quotation and the next: its attribution ("said a spokesman for ...", "he said", "Asefi added") and
# the full stop, or nothing
_QUOTE_CONTINUES = re.compile(r"[,.]?\s*(?:(?:he|she|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s+)?"
                              r"(?:said|says|added|told|stated|continued)\b[^.“”\"]{0,100}\.\s*|\s*")


def _quote_at(offset: int, doc_quotes: list[Quote]) -> Quote | None:
    """The quotation holding this offset, if any."""
    for q in doc_quotes:
        if q.start <= offset <= q.end:
            return q
    return None


# where the text before a reporting verb last breaks: a full stop (not a middle initial's, "George W. Bush said:";
# "by the U.S. He said:" still breaks), a semicolon or a quotation mark
_BREAK = re.compile(r"(?<![a-z]\s[A-Z])\.|[;“\"]")


def _last_break(window: str) -> int:
    """The offset of the last break in `window`, -1 if none."""
    last = -1
    for b in _BREAK.finditer(window):
        last = b.start()
    return last


_PRONOUN_OPENING = re.compile(r"\s*(?:(?:But|And|Then|Later),?\s+)?(?:He|She)\s")  # "He continued by saying that"
_ATTRIBUTION_IN = re.compile(r"\b(?:said|says|added|adds|told|stated|according\s+to|insisted|warned|continued|"
                             r"explained|noted|declared)\b", re.IGNORECASE)


def _narrated_person(mentions: list[Mention], sentences: list[Sentence] | None, at: int, *, back: int = 1,
                     only: bool = False, text: str | None = None) -> str | None:
    """The first person named in the sentence holding offset `at` (before it), else in the `back` sentences
    before; with `only`, the person only when the sentence names no other. With the `text`, a person named after a
    preposition ("Speaking with Prime Minister Gordon Brown, President Musharraf rejected ...") is passed over for
    the next one not so named. `mentions` are sorted by start."""
    if not sentences:
        return None
    k = sentence_position_at(sentences, at)
    for sent in (sentences[i] for i in range(k, k - back - 1, -1) if i >= 0):
        inside = mentions[bisect_left(mentions, sent.start, key=_start):bisect_left(mentions, min(sent.end, at),
                                                                                  key=_start)]
        persons = [m for m in inside if m.entity_id.startswith("person:")]
        if persons:
            if only:
                return persons[0].entity_id if len({m.entity_id for m in persons}) == 1 else None
            if text is not None:
                heads = [m for m in persons if not _OBJECT_OF_PREPOSITION.search(text, max(sent.start, m.start - 60),
                                                                                 m.start)]
                if heads:
                    return heads[0].entity_id
            return persons[0].entity_id
    return None


# a name that is a preposition's object, maybe after a title: "with Prime Minister Gordon Brown", "to Bush"
_OBJECT_OF_PREPOSITION = re.compile(r"\b(?:with|(?<!according )to|from|against|for|by|about|than|between|toward|towards|"
                                    r"met|meeting)"
                                    r"\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}$")


def _described_at_home(s_text: str, t_start: int, t_end: int, s_mentions: list[Mention], offset: int) -> bool:
    """Whether the participle at s_text[t_start:t_end] describes a bill, a campaign or a group rather than tells an
    undertaking: "the immigration bill backed by Bush" (but not with an organisation as the agent: "a referendum
    backed by the United Nations"), "the Howard government's proposed amendments". `offset`: the sentence's start."""
    by = BY_AGENT.match(s_text, t_end)
    if by and DOMESTIC_HEAD_BEFORE.search(s_text, max(0, t_start - 40), t_start):
        agent_at = offset + by.end()
        return not any(m.entity_id.startswith("org:") and agent_at <= m.start <= agent_at + 4 for m in s_mentions)
    return bool(ANY_POSSESSIVE_BEFORE.search(s_text, max(0, t_start - 4), t_start) and
                DOMESTIC_HEAD_AFTER.match(s_text, t_end))


# an unnamed official of the state's own executive as a speaker: "a government spokesman", "a Foreign Ministry
# official", "a presidential spokesman"; not someone else's ("a Western diplomat", "a rebel spokesman", "an embassy
# spokesman", "an opposition spokesman", "an aid official": none of these words may be in the attribution)
_OFFICIAL_SPEAKER = re.compile(r"\b(?:government|ministry|presidential|cabinet|interior|foreign\s+office)\b",
                               re.IGNORECASE)
_OTHERS_OFFICIAL = re.compile(r"\b(?:western|foreign\s+(?:diplomat|official)|rebels?|opposition|embassy|aid|party|"
                              r"militants?|U\.?N\.?|NATO|EU|diplomats?|sources?|opponents?)\b", re.IGNORECASE)


def _official_in_capital(text: str, mentions: list[Mention], start: int, end: int,
                         capitals: Mapping[str, str]) -> str | None:
    """The state whose capital an unnamed official in text[start:end] speaks from ('a Foreign Ministry spokesman
    in Beijing', and right after the span: '"...," said a government spokesman in Khartoum'), else None."""
    if not _OFFICIAL_SPEAKER.search(text, start, end) or _OTHERS_OFFICIAL.search(text, start, end):
        return None
    for m in _mentions_in(mentions, start, min(len(text), end + 30)):
        if m.entity_id in capitals and IN_JUST_BEFORE.search(text, max(0, m.start - 8), m.start):
            return capitals[m.entity_id]
    return None


def _entity_in(text: str, mentions: list[Mention], start: int, end: int) -> str | None:
    """The speaker named in text[start:end]: the first person, else the last state or organisation, not a place
    (`_speaker_named`)."""
    return _speaker_named(_mentions_in(mentions, start, end), text, nearest=False)


def _mentions_in(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """The mentions inside text[start:end] (`mentions` sorted by start)."""
    return [m for m in mentions[bisect_left(mentions, start, key=_start):bisect_left(mentions, end, key=_start)]
            if m.end <= end]


def _speaker_named(inside: list[Mention], text: str, *, nearest: bool) -> str | None:
    """Of the mentions of an attribution, the speaker: a person (the first, or with `nearest` the last one not
    after a preposition: "After meeting Putin, Bush said", not "Sarkozy in a joint press conference with Angela
    Merkel said"), else the last state or organisation. A place speaks for no one: skipped ("the Iranian Foreign
    Ministry in Tehran said"), and none when it follows a name we do not hold ("Gregg Murphy of Tennessee said")."""
    persons = [m for m in inside if m.entity_id.startswith("person:")]
    if nearest:
        persons = [m for m in persons if not PREPOSITION_BEFORE.search(text[max(0, m.start - 20):m.start])] or \
            persons[:1]
    if persons:
        return persons[-1 if nearest else 0].entity_id
    if inside and inside[-1].entity_id.startswith("location:") and \
            _UNHELD_NAME_OF.search(text, max(0, inside[-1].start - 40), inside[-1].start):
        return None
    inside = [m for m in inside if not m.entity_id.startswith("location:")]
    return inside[-1].entity_id if inside else None


_UNHELD_NAME_OF = re.compile(r"\b[A-Z][\w'’-]+\s+of\s+(?:the\s+)?$")  # "Gregg Murphy of |Tennessee"


def _start(m: Mention) -> int:
    return m.start


_TITLE_WORD = re.compile(r"[^\W\d][\w.'’-]*")  # the words of a title phrase ("sen.", "commander-in-chief")


def _with_states(seen: list[str], mentions: list[Mention], acting_for: Callable[[Mention], str | None]) -> list[str]:
    """`seen` with the states these mentions name (by name, demonym or capital), or act for (a person in a state's
    office: "Singh met Musharraf. The two leaders agreed"), moved or added last, in order."""
    named = [m.entity_id if m.entity_id.startswith("country:") else actor for m in mentions
             if m.entity_id.startswith("country:")
             or m.entity_id.startswith("person:") and (actor := acting_for(m)) and actor.startswith("country:")]
    if not named:
        return seen
    named = list(dict.fromkeys(reversed(named)))[::-1]  # each state once, at its last mention
    return [s for s in seen if s not in named] + named


def _without_topic_tag(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` without the topic tag that opens many Wikinews articles: a country or place name glued to the
    first sentence ("Zimbabwe Ban Ki-moon, the Secretary General of the United Nations, has said ...", "New Zealand
    The New Zealand Government has tabled ..."). It names the article's topic, not the subject of the sentence."""
    if not mentions:
        return mentions
    first = min(mentions, key=_start)
    lead = text[:first.start]
    if lead.strip() or not first.entity_id.startswith(("country:", "location:", "org:")) or first.mention_type not in \
            {"name", "alias"}:
        return mentions
    after = _TAG_AFTER.match(text, first.end)
    if after is None:
        return mentions
    if first.entity_id.startswith("org:") and after.group(1) not in _SENTENCE_OPENERS:
        return mentions  # "United Nations The United Nations Security Council has announced": an organisation's
        # tag only before a sentence's first word ("European Union Trade Commissioner" is one name)
    # a tag is followed by a sentence's first word ("The", "On") or by another name ("Zimbabwe Ban Ki-moon",
    # "Brazil Hu Jintao"); "Pakistan Information Minister", "U.S. Senator", "United States Department" are one name
    glued = any(m.start == first.end + 1 and m.entity_id.startswith(("person:", "country:", "org:")) for m in mentions)
    if not (after.group(1) in _SENTENCE_OPENERS or glued):
        return mentions
    return [m for m in mentions if m is not first]


_SECTION_HEADING = re.compile(r"==+[^=\n]+==+\s*")  # "== Chad welcomes treaty =="
_TAG_AFTER = re.compile(r" ([A-Z][a-z]*)\b")


class CommitmentExtractor:
    """Finds commitments in a document given its sentences and entity mentions."""

    def __init__(self, *, lexicon: Lexicon, reference: Reference) -> None:
        self.lexicon = lexicon
        self.reference = reference
        titles = "|".join(re.escape(t).replace(r"\ ", r"\s+")
                          for t in sorted(reference.state_titles(), key=len, reverse=True))
        # a title of an office acting for a state just before a name ("President Askar Akayev", "the Kyrgyz
        # president, Askar Akayev") or just after it ("Askar Akayev, the president of ...")
        by_title: dict[str, set[str]] = {}
        for t in reference.titles:
            by_title.setdefault(t.title, set()).add(t.role)
        # title (words lower-cased, single-spaced) -> whether its office acts for a state; looked up on the last
        # words before a name, longest first: "Opposition leader Kim Beazley" is an opposition leader's
        self._title_acts = {" ".join(t.split()): not roles <= NON_STATE_ROLES for t, roles in by_title.items()}
        self._title_words = max((len(t.split()) for t in self._title_acts), default=0)
        # the names and adjectives of states, lower-cased: "Libyan leader" is a state's leader, "Labour leader" not
        self._state_words = frozenset(a.alias.lower() for a in reference.aliases if a.entity_id.startswith("country:"))
        non_state = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in
                             sorted((t for t, roles in by_title.items() if roles <= NON_STATE_ROLES), key=len,
                                    reverse=True))
        # a state named before the title of an office that does not act for it: "U.S. Senator", "Texas Governor"
        self._non_state_office = re.compile(rf"(?:['’]s)?\s+(?:{non_state})(?!\w)", re.IGNORECASE) \
            if non_state else None
        # titles of an organisation's offices ("European commissioner", "UN secretary-general"): their holders take
        # no state from the document
        state_titles = {t.title for t in reference.titles
                        if t.applies_to in ("", "any", "country") or t.applies_to.isupper()}
        org_titles = "|".join(re.escape(t.title).replace(r"\ ", r"\s+") for t in
                              sorted(reference.titles, key=lambda t: len(t.title), reverse=True)
                              if t.title not in state_titles)  # "president" is a state's too
        self._org_title = re.compile(rf"\b(?:{org_titles})\b", re.IGNORECASE) if org_titles else None
        self._title_after = re.compile(rf",\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’.-]+\s+){{0,3}}?(?:{titles})\b",
                                       re.IGNORECASE) if titles else None
        # the places that are their state's capital or seat of government (location id -> "country:<ISO3>"): "the
        # government in Khartoum" is Sudan's
        capitals = {(a.entity_id, a.alias) for a in reference.aliases if a.kind in ("capital", "seat")}
        self.capital_of = {eid: f"country:{record.country_iso3}" for eid, record in reference.entities.items()
                            if eid.startswith("location:") and record.country_iso3
                            and (f"country:{record.country_iso3}", record.name) in capitals}

    def commitments(self, text: str, sentences: list[Sentence], mentions: list[Mention],
                    entities: dict[str, EntityRecord], day: dt.date | None,
                    doc_quotes: list[Quote] | None = None) -> list[Commitment]:
        """Every commitment in the document (`doc_quotes`: its quotes, when already computed)."""
        found: list[Commitment] = []
        entities = self._with_country_hints(text, mentions, entities, day)
        mentions = self._short_forms(_without_topic_tag(text, mentions), entities)
        if "non-" in text or "Non-" in text:
            # "non-OPEC members", "a major non-NATO ally": a mention of what is outside the organisation or state,
            # never its actor or the party of another's undertaking (the mentions table keeps it)
            mentions = [m for m in mentions if m.start < 4 or text[m.start - 4:m.start].lower() != "non-"]
        if "the North" in text or "the South" in text:
            mentions = _with_halves(text, sentences, mentions, self.reference.entities)
        if doc_quotes is None:
            doc_quotes = quotes(text, mentions, entities, sentences=sentences, capitals=self.capital_of)
        last_actors: tuple[str, ...] = ()
        last_at = -10  # sentence index where last_actors were named
        last_subject = False  # whether last_actors acted (a row) or opened their sentence as its subject
        last_person: tuple[str, ...] = ()
        last_person_at = -10
        last_accord: tuple[str, ...] = ()  # the actors of the last agreement row
        last_accord_at = -10
        by_sentence: dict[int, list[Mention]] = {}
        persons_in: dict[int, list[Mention]] = {}  # the person mentions of a sentence
        orgs_in: dict[int, list[str]] = {}  # the organisations named in a sentence, in order
        doc_mentions = sorted(mentions, key=_start)  # stable: by start, ties in given order (also `_titled_person`)
        for m in doc_mentions:  # each sentence's mentions in that order
            by_sentence.setdefault(m.sentence_index, []).append(m)
            if m.entity_id.startswith("person:"):
                persons_in.setdefault(m.sentence_index, []).append(m)
            elif m.entity_id.startswith("org:"):
                orgs_in.setdefault(m.sentence_index, []).append(m.entity_id)
        issuers: dict[str, tuple[int, tuple[str, ...]]] = {}  # a text issued -> (sentence index, its issuer's actors)
        orgs_seen: list[str] = []
        states_seen: list[str] = []  # the states named in the sentences before, in order (a state again moves last)
        maybe_trigger = self.lexicon.candidates(text, [(sent.start, sent.end) for sent in sentences])
        acting: dict[str, str | None] = {}  # entity id -> `_acting_for`, which depends on nothing else here

        def acting_for(m: Mention) -> str | None:
            eid = m.entity_id
            if eid in acting:
                return acting[eid]
            actor = acting[eid] = self._acting_for(m, entities, day)
            return actor

        def opens_with(sent: Sentence, s_mentions: list[Mention], actors: tuple[str, ...]) -> bool:
            """Whether the sentence opens with a mention of `actors` as its subject ("The United Nations approved
            ...", "On Monday, the EU said ..."; not "His lawyers will press the British government", "The Deutsche
            Bahn, Germany's rail company, refused"): what a "they" or "it" of the next sentence may refer to."""
            first = s_mentions[0]
            return acting_for(first) in actors and first.mention_type != "demonym" and \
                SUBJECT_LEAD.fullmatch(text, sent.start, first.start) is not None  # ("Russian gas supplies fell")

        def remember(s_mentions: list[Mention]) -> tuple[str, ...]:
            for m in s_mentions:
                actor = acting_for(m)
                if actor:
                    return (actor,)
            return ()

        for sent, maybe in zip(sentences, maybe_trigger):
            index, start, end = sent.index, sent.start, sent.end
            s_mentions = by_sentence.get(index)
            question_end = end  # a question ('?' before closing quotes and spaces) is not a commitment
            while question_end > start and text[question_end - 1] in "”\"' ":
                question_end -= 1
            if question_end > start and text[question_end - 1] == "?":
                if s_mentions:
                    remembered = remember(s_mentions)
                    if remembered:
                        last_actors, last_at = remembered, index
                        last_subject = opens_with(sent, s_mentions, remembered)
                    if index in orgs_in:
                        orgs_seen += orgs_in[index]
                    states_seen = _with_states(states_seen, s_mentions, acting_for)
                continue
            rows: dict[tuple, Commitment] = {}
            if maybe != NO_TRIGGER and not (text.startswith("==", start) and _SECTION_HEADING.fullmatch(text, start, end)):
                # a wiki section heading ("== Chad welcomes treaty ==") announces what the text below states
                s_text = text[start:end]
                s_mentions_or_none = s_mentions or []
                triggers = self.lexicon.scan(s_text) if maybe == ANCHORED else self.lexicon.matches(s_text)
                demand_at: int | None = None
                object_at: int | None = None
                stance_end: int | None = None  # where a refusal or an endorsement ("rejected", "welcomed") ends
                for trig in triggers:
                    if demand_at is not None and trig.start() > demand_at and not _own_clause(s_text, demand_at, trig):
                        continue  # what is demanded or proposed ("called on X to provide") is not a second pledge
                    if object_at is not None and not s_text[object_at:trig.start()].strip():
                        continue  # "refused to sign", "agreed to sign": the undertaking refused or agreed, one row
                    if stance_end is not None and STANCE_OBJECT_GAP.fullmatch(s_text, stance_end, trig.start()):
                        continue  # "has rejected Western calls for action", "welcomed the US proposal": the
                        # demand or offer is what the stance is about, not a row of its own
                    recent = last_actors if index - last_at <= 1 else ()
                    recent_person = last_person if index - last_person_at <= 1 else ()
                    recent_accord = last_accord if index - last_accord_at <= 3 else ()
                    result = self._one(text, sent, s_text, trig, s_mentions_or_none, entities, day, doc_quotes,
                                       doc_mentions, issuers,
                                       (recent, recent_person, recent_accord, recent if last_subject else ()),
                                       orgs_seen, states_seen)
                    if result is None:
                        continue
                    if trig.group(0).lower().endswith(" to"):
                        object_at = trig.end()
                    if result.kind in {"refusal", "endorsement"} and trig.group("plain"):
                        stance_end = trig.end()
                    key = (tuple(sorted(p.entity_id for p in result.parties if p.role == "actor")), result.kind)
                    if result.kind in {"demand", "proposal"} or result.trigger_text.lower() in ADDRESSED_ONLY:
                        demand_at = trig.end()
                    if key in rows:
                        continue
                    rows[key] = result
            for c in rows.values():
                found.append(c)
                actors_here = tuple(p.entity_id for p in c.parties if p.role == "actor")
                if actors_here:
                    last_actors, last_at, last_subject = actors_here, index, True
                    if c.kind == "agreement" and c.polarity == "positive":
                        last_accord, last_accord_at = actors_here, index
            if not s_mentions:
                continue  # nothing to remember
            s_low = text[start:end].lower()
            issuing = ISSUED_TEXT_IN.search(text, start, end) if any(w in s_low for w in _ISSUE_WORDS) else None
            if issuing is not None:
                issuer = self._issuer(text, sent, issuing, rows, s_mentions, acting_for, opens_with)
                if issuer:
                    issuers[_text_kind(issuing.group("object") or issuing.group("noun"))] = (index, issuer)
            if not rows:
                remembered = remember(s_mentions)
                if remembered:
                    last_actors, last_at = remembered, index
                    last_subject = opens_with(sent, s_mentions, remembered)
            if index in persons_in:
                # a person in opposition is remembered as no one: "Kevin Rudd, the Opposition's spokesman, said
                # that he supported the agreement" is not Australia's support
                persons = [None if _in_opposition(text, m) else acting_for(m) for m in persons_in[index]]
                if any(persons):
                    last_person, last_person_at = (next(p for p in reversed(persons) if p),), index
            if index in orgs_in:
                orgs_seen += orgs_in[index]
            states_seen = _with_states(states_seen, s_mentions, acting_for)
        return found

    def _with_country_hints(self, text: str, mentions: list[Mention], entities: dict[str, EntityRecord],
                            day: dt.date | None) -> dict[str, EntityRecord]:
        """Persons with no known state get one for this document when the text gives them an office that acts for
        a state: the state most named in their sentence, else in the document ("President Askar Akayev ...
        Kyrgyzstan"). A person named without such a title (a senator, a governor, a businessman, anyone quoted)
        gets none, and so does not act for a state."""
        doc_counts: dict[str, int] = {}
        sent_counts: dict[int, dict[str, int]] = {}
        for m in mentions:
            eid = m.entity_id
            if eid.startswith("country:"):
                doc_counts[eid] = doc_counts.get(eid, 0) + 1
                here = sent_counts.get(m.sentence_index)
                if here is None:
                    here = sent_counts[m.sentence_index] = {}
                here[eid] = here.get(eid, 0) + 1
        local = entities  # copied before the first change
        known: dict[str, str | None] = {}
        person_country = self.reference.person_country
        titled: dict[str, bool] = {}  # asked only of persons with no state (the title scan is the costly part)

        place_ends: set[int] | None = None  # where the mentions of places (regions, cities) end
        country_ends: set[int] = set()  # where the mentions of states end (made with place_ends)
        of_person: dict[str, list[Mention]] = {}  # a person's mentions, in order (made at the first question)

        def is_titled(eid: str) -> bool:
            nonlocal place_ends
            if eid not in titled:
                if place_ends is None:
                    place_ends = {x.end for x in mentions if x.entity_id.startswith("location:")}
                    country_ends.update(x.end for x in mentions if x.entity_id.startswith("country:"))
                    for x in mentions:
                        of_person.setdefault(x.entity_id, []).append(x)
                titled[eid] = any(self._titled(text, x, country_ends) and not self._local_office(text, x, place_ends)
                                  for x in of_person.get(eid, ()))
            return titled[eid]

        for m in mentions:
            eid = m.entity_id
            if not eid.startswith("person:"):
                continue
            country = known[eid] if eid in known else known.setdefault(eid, person_country(eid, day))
            roles = self.reference.roles.get(eid)
            if country and roles and day is not None and not any(r.active_on(day) for r in roles) \
                    and not is_titled(eid):
                # a seeded office holder out of office on the day, and given no state office here ("Conservative
                # leader David Cameron" in 2008, "former president Bill Clinton"): acts for no one
                record = local.get(eid) or self.reference.entities.get(eid)
                if record is not None and record.entity_type == "person":
                    if local is entities:
                        local = dict(entities)
                    local[eid] = record._replace(entity_type=PRIVATE_PERSON)
                continue
            if country:
                continue
            record = local.get(eid) or self.reference.entities.get(eid)
            if record is None or record.country_iso3 or record.entity_type != "person":
                continue
            if day is not None and any(r.org_id and r.active_on(day) for r in self.reference.roles.get(eid, ())):
                continue  # in an organisation's office on the day (Kofi Annan in 2005): acts for it
            if not is_titled(eid):
                if local is entities:
                    local = dict(entities)
                local[eid] = record._replace(entity_type=PRIVATE_PERSON)  # acts for no one (`_acting_for`)
                continue
            counts_here = sent_counts.get(m.sentence_index) or doc_counts
            own = _state_of_title(text, m, mentions)
            org = _org_of_title(text, m, mentions, self.reference.entities) if own is None else None
            if org is not None:
                # "EU Trade Commissioner Peter Mandelson", "Dominique Strauss-Kahn, Managing Director of the IMF":
                # an organisation's official, who acts for it (their "we" is the organisation's)
                if local is entities:
                    local = dict(entities)
                local[eid + ACTS_FOR] = local.get(org) or self.reference.entities[org]
                continue
            if own is None and self._org_titled(text, m):
                continue  # "Louis Michel, the European Commissioner for Development": an organisation's official
                # the text does not name, not a state's
            if own is not None or counts_here:
                # the state in the title itself ("Canadian Trade Minister Jim Peterson", "Jim Peterson, Canada's
                # trade minister"), else the first most named, as Counter.most_common
                best = own or max(counts_here, key=counts_here.__getitem__)
                if local is entities:
                    local = dict(entities)
                local[eid] = record._replace(country_iso3=best.split(":", 1)[1])
        return local

    @staticmethod
    def _local_office(text: str, m: Mention, place_ends: set[int]) -> bool:
        """Whether the title before this person mention follows a place's name: the office is a region's or a
        city's ("Queensland Premier Peter Beattie", "NSW Premier Morris Iemma", "London Mayor Ken Livingstone")."""
        return any(end in place_ends and _LOCAL_TITLE.fullmatch(text, end, m.start)
                   for end in range(max(0, m.start - 40), m.start))

    def _org_titled(self, text: str, m: Mention) -> bool:
        """Whether an organisation's title stands just before the name or in an appositive right after it ("Louis
        Michel, the European Commissioner for Development")."""
        if self._org_title is None:
            return False
        before = self._org_title.search(text, max(0, m.start - 40), m.start)
        if before is not None and _TITLE_GAP_BEFORE.fullmatch(text, before.end(), m.start) or \
                before is not None and not text[before.end():m.start].strip():
            return True
        after = _TITLE_GAP_AFTER.match(text, m.end)
        return after is not None and self._org_title.match(text, after.end(), after.end() + 60) is not None

    def _titled(self, text: str, m: Mention, country_ends: Container[int] = ()) -> bool:
        """Whether the text gives this person mention the title of an office acting for a state (`country_ends`:
        where the document's mentions of states end)."""
        if self._title_after is None:
            return False
        title_of = _TITLE_OF_STATE_BEFORE.search(text, max(0, m.start - 70), m.start)
        if title_of is not None and text.rfind(",", title_of.start(), m.start) in country_ends:
            # "The President of Algeria, Abdelaziz Bouteflika, said": a state named before the comma (not "The
            # President of Harvard University, Drew Faust", not "the former President of ...")
            return not _NO_LONGER_BEFORE.search(text, max(0, title_of.start() - 12), title_of.start())
        words = _TITLE_WORD.findall(text, max(0, m.start - 40), m.start)[-self._title_words:]
        for k in range(len(words), 0, -1):
            acts = self._title_acts.get(" ".join(words[-k:]).lower())
            if acts is not None:
                if any(w.lower() in FORMER_WORDS for w in words[max(0, len(words) - k - 3):len(words) - k]):
                    return False  # "Former FDA commissioner David Kessler": an office no longer held
                if acts and k == 1 and words[-1].lower() == "leader" and not (
                        len(words) >= 2 and (words[-2].lower() in self._state_words
                                             or " ".join(words[-3:-1]).lower() in self._state_words)):
                    return False  # "Conservative leader David Cameron", "Likud leader", '"...," leader Jack Layton
                    # said': a party's, not a state's, unless a state is named right before ("Libyan leader")
                return acts  # the longest title before the name decides
        return bool(self._title_after.match(text, m.end, m.end + 80))

    def _remember(self, s_mentions: list[Mention], entities: dict[str, EntityRecord],
                  day: dt.date | None) -> tuple[str, ...]:
        for m in s_mentions:
            actor = self._acting_for(m, entities, day)
            if actor:
                return (actor,)
        return ()

    def _short_forms(self, mentions: list[Mention], entities: dict[str, EntityRecord]) -> list[Mention]:
        """`mentions` with each organisation found in the text (not seeded) that is the last words of a seeded
        organisation named before it in the document renamed to that organisation: "the Security Council" after
        "the UN Security Council", "the Assembly" after "the UN General Assembly". "The Security Council" with no
        word before it that would make it another ("National Security Council" is found as that name) is the UN's
        anywhere (`UNQUALIFIED_NAMES`); "the General Assembly" is the UN's in a document that names the UN or its Security Council (`UN_BODY_NAMES`).
        Others stay as they are."""
        orgs = self.reference.entities
        if not any(m.entity_id.startswith("org:") and m.entity_id not in orgs for m in mentions):
            return mentions  # no organisation found only in the text: nothing to rename
        tails: dict[str, str] = {}  # the last one, two or three words of a seeded name named so far -> its id
        out = []
        un_named = any(m.entity_id in UN_FAMILY or _bare_name(entities, m.entity_id) in UNQUALIFIED_NAMES
                       for m in mentions if m.entity_id.startswith("org:"))
        for m in sorted(mentions, key=_start):
            eid = m.entity_id
            if eid.startswith("org:"):
                record = orgs.get(eid)
                if record is not None:
                    words = record.name.lower().split()
                    for k in range(1, min(3, len(words) - 1) + 1):
                        tails[" ".join(words[-k:])] = eid
                else:
                    name = _bare_name(entities, eid)
                    if name in tails:
                        m = m._replace(entity_id=tails[name])
                    elif name in UNQUALIFIED_NAMES and UNQUALIFIED_NAMES[name] in orgs:
                        m = m._replace(entity_id=UNQUALIFIED_NAMES[name])
                    elif un_named and name in UN_BODY_NAMES and UN_BODY_NAMES[name] in orgs:
                        m = m._replace(entity_id=UN_BODY_NAMES[name])
            out.append(m)
        return out

    def _acting_for(self, m: Mention, entities: dict[str, EntityRecord], day: dt.date | None) -> str | None:
        """The actor a mention stands for: a state, an organisation, or (unresolved) a person."""
        eid = m.entity_id
        record = entities.get(eid) or self.reference.entities.get(eid)
        if record is None or record.entity_type not in ACTOR_TYPES:
            return None
        if record.entity_type == "person":
            # the office held on the document's date decides: Kaja Kallas in 2025 acts for the EU, not Estonia
            if day is not None:
                for role in self.reference.roles.get(eid, []):
                    if role.active_on(day):
                        if role.org_id:
                            return f"org:{role.org_id}"
                        if role.country_iso3:
                            return f"country:{role.country_iso3}"
            org = entities.get(eid + ACTS_FOR)
            if org is not None:
                # an organisation's official by the title in this document; a non-governmental organisation's
                # ("Greenpeace spokesman ...") speaks for no ledger actor, as the organisation itself
                return None if self.reference.org_types.get(org.entity_id) in NON_ACTOR_ORG_TYPES else org.entity_id
            country = (self.reference.person_country(eid, day) if eid in self.reference.roles else None) \
                or record.country_iso3
            if country:
                return f"country:{country}"
            return eid  # an office holder of a state the text does not name ("President Bouteflika said")
        if record.entity_type == "organization" and self.reference.org_types.get(eid) in NON_ACTOR_ORG_TYPES:
            return None  # "Amnesty International urged ...": a non-governmental organisation's call, not a commitment
            # of the ledger's actors (states, international organisations, alliances, coalitions)
        if record.entity_type == "organization" and record.source == "extracted" and \
                not ARMED_GROUP_NAME.search(record.name):
            # an organisation the seeds do not hold is a domestic body, a party, a company or a movement (a city
            # council, "the Welsh Assembly Government", "the Muslim Council of Britain"): not one of the ledger's
            # actors (states, international organisations, alliances, coalitions). Armed groups named by their
            # head word are, as the seeded ones: parties to ceasefires and peace deals ("the Revolutionary United
            # Front announced it will return weapons"). A short form of a seeded organisation named before ("the
            # Security Council") is renamed to it by `_short_forms` first.
            return None
        return eid

    def _one(self, text: str, sent: Sentence, s_text: str, trig: re.Match, s_mentions: list[Mention],
             entities: dict[str, EntityRecord], day: dt.date | None, doc_quotes: list[Quote],
             doc_mentions: list[Mention], issuers: dict[str, tuple[int, tuple[str, ...]]],
             recent: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]], orgs_seen: list[str],
             states_seen: list[str]) -> Commitment | None:
        """One trigger -> a commitment, or None. `recent`: (actors named in this or the previous sentence, the
        state of the person named last in this or the previous sentence, the actors of the last agreement in the
        last three sentences, the actors of the sentence before when they acted there or opened it as its
        subject), for pronoun subjects and texts ("the resolution calls on"); `doc_mentions`: the document's
        mentions in order, for a title alone as the subject ("The President rejected ..."); `issuers`: the kind of
        text ("statement", "report") -> (the index of the sentence that told its issuing, the issuer's actors)."""
        last_actors, last_person, last_accord, last_subject_actors = recent
        t_start, t_end = trig.start(), trig.end()
        if s_text.endswith("to ", max(0, t_start - 3), t_start) and (  # (a cheap test first: both end in "to ")
                PASSIVE_ASKED_BEFORE.search(s_text, max(0, t_start - 100), t_start) or
                ASKED_OF_BEFORE.search(s_text, max(0, t_start - 90), t_start)) or \
                s_text[:1] in "WSH\"“'" and INVERTED_CONDITION.match(s_text, 0, t_start):
            # "Japan was urged to accept the deal", "Bush has asked Congress to approve $225m": asked of someone,
            # not undertaken by the subject; "Were Iran to reject the offer, ...": a condition
            return None
        plain = bool(trig.group("plain"))
        possessed = None  # "Russia's commitment to ...": the possessive before a noun undertaking
        passive_refusal: list[str] = []  # "any such treaty would be turned down": the announcer
        if plain:
            trigger = self.lexicon.triggers[trig.group("phrase")]
            if trig.group(0)[:1].isupper() and s_text[:t_start].strip(" \"“‘'") and (
                    s_text[:t_start].rstrip()[-1:] not in "\"“‘':" or TITLE_CASE_NEXT.match(s_text, t_end)):
                return None  # "Canadian Generally Accepted Accounting Principles", '"Approved Destination Status"':
                # a capitalised word inside its sentence is part of a name or a title (after a quotation mark or a
                # colon it may open a quotation: 'said: "We Agree to the terms"', unless a title goes on after it)
            if trigger.kind == "endorsement" and PHRASAL_BACK.match(s_text, t_end) and \
                    trigger.phrase.startswith("back"):
                return None  # "backed away from", "backed down": a retreat, not support
            if trigger.phrase in PRONOUN_ONLY and not FIRST_PERSON_BEFORE.search(s_text, max(0, t_start - 40), t_start) \
                    and not (trigger.phrase in PLURAL_PRESENT and
                             self._plural_subject(s_text, t_start, t_end, s_mentions, sent.start)) \
                    and not (trigger.phrase in STANCE_VERBS and
                             (kept := CONTINUES_TO_BEFORE.search(s_text, max(0, t_start - 20), t_start)) and
                             (subject := [m for m in s_mentions if m.end <= sent.start + kept.start()]) and
                             not subject[-1].entity_id.startswith("person:")):
                # "The UK continues to support ending the embargo": a state's or an organisation's stance kept up;
                # "President Bush continues to support his nominee" is a person's (often domestic) loyalty
                return None  # "support" is a noun but in "we support", "they do not support"
            if trigger.phrase in {"set", "sets"} and (PASSIVE_BEFORE.search(s_text, max(0, t_start - 30), t_start)
                                                      or SET_PARTICLE.match(s_text, t_end)
                                                      or _determiner_before(s_text, t_start)):
                return None  # "is set to meet its targets", "set up a fund", "the targets set": no target set
            if trigger.phrase in CALLING and not PARTICIPLE_OPENING.search(s_text, max(0, t_start - 12), t_start):
                return None  # "protesters calling for", "a rally calling for": not a participle of the main clause
            if trigger.phrase == "advocates" and not ADVOCATED_OBJECT.match(s_text, t_end):
                return None  # "Advocates of the legislation claim", "met with Darfur advocates": the noun
            if trigger.phrase == "request" and not EXPECTING_SELF.search(s_text, max(0, t_start - 30), t_start):
                return None  # "we request": the speaker's side; "they will request" is often a family or a lawyer
            if trigger.phrase == "committed" and COMMITTED_DEED_AFTER.match(s_text, t_end):
                return None  # "abuses committed by US forces", "crimes committed during the war": deeds done
            if trigger.phrase.startswith("be ") and not MODAL_JUST_BEFORE.search(s_text, max(0, t_start - 40), t_start):
                return None  # "would be prepared to" is a pledge; "in order to be prepared to", "must be ready to" not
            possessed = POSSESSIVE_JUST_BEFORE.search(s_text, max(0, t_start - 12), t_start) \
                if trigger.phrase in POSSESSED_UNDERTAKINGS and (to := POSSESSED_TO.match(s_text, t_end)) and \
                (to.group("verb").lower(),) in self.lexicon.verbs and \
                not BROKEN_BEFORE.search(s_text, max(0, t_start - 40), t_start) else None
            if possessed is None and " " not in trigger.phrase and _determiner_before(s_text, t_start):
                return None  # "the proposed changes", "a US-backed plan", "a sign of", "the demands"
            if " " not in trigger.phrase and trigger.phrase.endswith("ed") and \
                    PREPOSITION_JUST_BEFORE.search(s_text, max(0, t_start - 10), t_start):
                return None  # "to act within accepted international principles": a participle as an adjective
            if possessed is None and trigger.phrase.split(None, 1)[0] in NOUN_FIRST_WORDS:
                noun = NOUN_CONTEXT_BEFORE.search(s_text, max(0, t_start - 16), t_start)
                if noun and not (BY_AGENT.match(s_text, t_end) and noun.group(0).split()[0].lower() not in PAST_WORDS):
                    # "has seen calls for", "despite past pledges by Israel", "their demand that": nouns; a noun
                    # with its agent still states who demands ("in the wake of demands by the US for Iran to halt")
                    return None
            if trigger.kind != "agreement" and trigger.phrase.split(None, 1)[0].endswith("ed") \
                    and not s_text[:t_start].strip(" \"“‘'") and not BY_AGENT.match(s_text, t_end):
                return None  # "Asked to comment, the spokesman said ...": the one asked follows
        else:
            key = f"{' '.join(trig.group('modal').lower().split())} {' '.join(trig.group('verb').lower().split())}"
            trigger = self.lexicon.triggers[key]
            if trig.group("verb").lower() == "use" and not USED_MEANS.match(s_text, t_end):
                return None  # "will use the recommendations as a base", "would never use that term": no undertaking
            if trigger.modal in {"plan to", "plans to"} and ARTICLE_BEFORE.search(s_text, max(0, t_start - 12), t_start):
                return None  # "agreed on a plan to cut emissions": a noun, the plan of the agreement
            if PASSIVE_MODAL.search(trig.group(0)) and not RESOURCE_SUBJECT.search(s_text, max(0, t_start - 60),
                                                                                    t_start) \
                    and not (FUNDED_PASSIVE.search(trig.group(0)) and BY_AGENT.match(s_text, t_end)):
                # "North Korea would be removed from the list", "his trip would not be cancelled": the one acted
                # upon; only resources sent, given or lifted are undertakings in the passive ("troops will be
                # deployed", "the sanctions will be lifted", "the French complement will be increased")
                return None
            if trigger.modal in NOUN_MODALS:
                possessor = POSSESSOR_BEFORE.search(s_text, max(0, t_start - 40), t_start)
                if possessor is not None and possessor.group(0)[:1] in "'’" and not any(
                        m.end == sent.start + possessor.start() for m in s_mentions):
                    possessor = None  # "Columbia's decision to allow": a possessor we do not hold
                modifier = [m for m in s_mentions if 0 <= sent.start + t_start - m.end <= 40
                            and MODIFIER_GAP.fullmatch(text, m.end, sent.start + t_start)]
                if possessor is None and not modifier:
                    return None  # "China criticised the decision to impose tariffs": not China's decision
        kind, polarity = trigger.kind, trigger.polarity
        leaving = False  # "<modal> withdraw from / abandon <an accord>": a refusal that negation turns into staying
        if not plain and (verb := " ".join(trig.group("verb").lower().split())) in PROPOSING_VERBS:
            kind = "proposal"  # "his new government will propose the withdrawal", "is going to offer these figures"
        elif not plain and (verb in DEMANDING_VERBS or verb == "continue to" and CONTINUED_DEMAND.match(s_text, t_end)):
            kind = "demand"  # "OPEC will also urge other exporters to cut", "the EU will call on Iran to ..."
        elif not plain and verb in ENDORSING_VERBS and not PASSIVE_MODAL.search(trig.group(0)):
            if verb == "back" and BACK_PARTICLE.match(s_text, t_end):
                return None  # "will back down", "would back away from": no backing
            if DOMESTIC_SUPPORT_OBJECT.match(s_text, t_end):
                return None  # "President Bush will back the nominee for the Supreme Court": at home
            clause_end = ENDORSED_CLAUSE_END.search(s_text, t_end)
            if not RESOURCES_IN.search(s_text, t_end, clause_end.start() if clause_end else len(s_text)) and \
                    not trig.group("effort"):
                kind = "endorsement"  # (but "will do what it can to support the legal team" promises help)
        elif not plain and verb in WITHHOLDING_VERBS and _object_head(s_text, t_end) in WITHHELD:
            # "will suspend aid to Ethiopia", "its intention to stop all commercial relations with Vanuatu": to
            # withhold what others get is a refusal, as "has suspended aid" is ("will stop enrichment" stays a
            # pledge: no withheld object)
            kind, polarity = "refusal", "negative"
        elif not plain and verb in LEAVING_VERBS and _object_head(
                s_text, left.end() if (left := LEFT_FROM.match(s_text, t_end)) else t_end
        ) in self.lexicon.objects.get(LEAVING_AS, ()) and (left is not None or verb in ABANDONING):
            # "will withdraw from the nuclear talks", "would pull out of the Kyoto Protocol", "will abandon the
            # talks": leaving an accord or a process is a refusal, as "withdrew from the treaty" is ("will withdraw
            # its troops from Iraq", "will abandon its nuclear programme" stay pledges)
            kind, polarity, leaving = "refusal", "negative", True
        if kind == "refusal" and (NOT_A_REFUSAL.match(s_text, t_end) or
                                  REFUSED_BEFORE.search(s_text, max(0, t_start - 20), t_start)):
            return None  # "refused to comment", "refused to rule out action": no undertaking refused
        if plain and trigger.phrase in LIFTING_TRIGGERS and (
                PAST_CLAUSE_BEFORE.search(s_text, max(0, t_start - 60), t_start) or YEAR_AFTER.match(s_text, t_end)
                or (trigger.phrase.startswith("ease") or "restrictions" in s_text[t_end:t_end + 60].lower())
                and not _party_named(s_mentions, sent.start + t_end, sent.start + t_end + 80)):
            return None  # a lifting told as background, or restrictions eased at home ("on foreign journalists")
        if kind == "refusal" and plain and LIFTING_BEFORE.search(s_text, max(0, t_start - 30), t_start):
            return None  # "aimed at lifting bans on Georgian imports": a ban lifted is no refusal
        if trigger.phrase.startswith("threaten") and THREATENED_REFUSAL.match(s_text, t_end):
            kind, polarity = "refusal", "negative"  # "threatened to refuse the vessels reentry"
        if plain and kind == "endorsement" and trigger.phrase in {"backed", "supported"} \
                and BY_AGENT.match(s_text, t_end) and DESCRIPTIVE_BACKED.search(s_text, max(0, t_start - 12), t_start):
            return None  # "the group, backed by Syria and Iran, ...": who backs whom, described
        low_before = s_text[:t_start].lower()
        if any(w in low_before for w in _ATTITUDE_WORDS) and (
                ((attitude := ATTITUDE_BEFORE.search(s_text, max(0, t_start - 120),
                                                     clause_at := self._clause_start(s_text, t_start))) is not None
                 and not (CONCESSIVE_OPENING.match(s_text) and
                          (told := CONCESSION_TOLD.match(s_text, attitude.end())) is not None and
                          told.end() <= t_start))
                or (ATTITUDE_CONTENT.search(s_text, max(clause_at, t_start - 120), t_start)
                    and not (plain and ELLIPSIS_BEFORE.search(s_text, max(0, t_start - 12), t_start)))):
            # "not worried that Australia will reduce troop levels", "Russia hopes the efforts to lift sanctions will
            # improve relations": a worry, hope or forecast ("had hoped Iraq would refrain ... and urged the
            # government": a verb after "and" is the main clause's again)
            return None
        if plain and trigger.phrase.split()[0].endswith("ed") and \
                REDUCED_RELATIVE_BEFORE.search(s_text, max(0, t_start - 30), t_start) and \
                not BY_AGENT.match(s_text, t_end) and not LATE_AGENT.match(s_text, t_end) and \
                not BETWEEN_SOON_AFTER.match(s_text, t_end):
            return None  # "Chad welcomed the peace treaty signed in Abuja": the treaty's signing, by others unnamed
        if plain and kind != "agreement" and trigger.phrase.split()[0].endswith("ed") \
                and trigger.phrase not in ADJECTIVAL and PASSIVE_BEFORE.search(s_text, max(0, t_start - 30), t_start) \
                and not BY_AGENT.match(s_text, t_end) and not LATE_AGENT.match(s_text, t_end):
            # "India has been asked to ...", "Ukraine would be offered ...": the subject is the one asked (an accord
            # "was signed" names its parties in the subject: "The accession treaty of Bulgaria and Romania")
            if kind != "refusal" or not (MODAL_PASSIVE_BEFORE.search(s_text, max(0, t_start - 30), t_start) or
                                         PRESENT_PASSIVE_BEFORE.search(s_text, max(0, t_start - 12), t_start) and
                                         _quote_at(sent.start + t_start, doc_quotes) is not None):
                return None
            # "Siniora said that ... any such treaty would be turned down", '"The negotiations are suspended," said
            # an aide': a refusal to come, or one stated now inside a quotation, with no agent, is the one who
            # announces it (the reporting verb's subject, else the quotation's speaker)
            said = None
            for said in REPORTED_BEFORE.finditer(s_text, 0, t_start):
                pass  # the last reporting verb before the trigger: "X said that Y said that ... would be turned down"
            announced = self._said_by(text, sent, said, [m for m in s_mentions if m.end <= sent.start + t_start],
                                      entities, day) if said else \
                self._speaker_actors(sent.start + t_start, doc_quotes, entities, day)
            if not announced:
                return None
            subject_at = self._clause_start(s_text, t_start)
            if OWN_SIDE_WORD.search(s_text, subject_at, t_start) or any(
                    self._acting_for(m, entities, day) in announced for m in s_mentions
                    if sent.start + subject_at <= m.start < sent.start + t_start):
                return None  # '"Our proposals are rejected," said Abbas', '"Turkey's bid is rejected," said Erdogan':
                # the speaker's side is the one refused
            passive_refusal = announced
        if plain and trigger.phrase.endswith("ed") and \
                _described_at_home(s_text, t_start, t_end, s_mentions, sent.start):
            return None  # "the immigration bill backed by Bush", "militant groups supported by Pakistan", "the Howard
            # government's proposed amendments": a bill, a group or a campaign described, no undertaking told
        if kind == "refusal" and (SPEECH_WITHHELD.match(s_text, t_end) or CLAIM_DENIED.match(s_text, t_end)):
            return None  # "declined to comment", "refused to specify which methods", "rejected the accusation",
            # "ruled out that there was a political dimension": a statement withheld or a claim denied
        if LEGISLATORS_JUST_BEFORE.search(s_text, max(0, t_start - 40), t_start):
            return None  # "with four senators refusing to support the bill", "Labor MPs have demanded": legislators
            # speak for no state
        if day is not None and ("19" in s_text or "20" in s_text) and self._told_of_past_year(s_text, trig, day):
            return None  # "In 2003, Bush and Roh said that they would not tolerate ...", "the OAS approved resolutions
            # in 1979": an undertaking dated years before the article is background
        if "whether" in low_before and (WHETHER_BEFORE.search(s_text, max(0, t_start - 80), t_start) or
                                        WHETHER_NAMES_BEFORE.search(s_text, max(0, t_start - 80), t_start)):
            return None  # "asked whether Brazil is ready to", "to decide whether it will review": a question, open
        if any(w in low_before for w in _CONDITION_WORDS):
            for cond in CONDITION.finditer(s_text):
                if cond.start() >= t_start:
                    break
                if cond.group("cond")[:9].lower() == "following" and plain and \
                        trigger.phrase.split(None, 1)[0] in NOUN_FIRST_WORDS and BY_AGENT.match(s_text, t_end):
                    continue  # "The deal was secured following a last-minute commitment by Japan": one made
                if cond.end() >= t_end or (s_text[cond.end():cond.end() + 1] in QUOTE_MARKS and
                                           NOTHING_OF_ITS_OWN.fullmatch(s_text, cond.end() + 1, t_start)):
                    return None  # "if the UN will not agree to ...": the condition of another undertaking
        if plain and trigger.phrase in ANNOUNCING and CONTENT_THAT.match(s_text, t_end):
            return None  # "announced that both countries would support ...": the clause's own trigger carries it
        allowed = self.lexicon.objects.get(trigger.phrase)
        if trigger.phrase in TOLD_FRAMED and not TOLD_TO.match(s_text, t_end):
            return None  # "told reporters that ...": telling, not asking; "pressed the point", "a pressing need"
        if trigger.phrase in TOLD_FRAMED and trigger.phrase != "told" and not any(
                0 < m.start - sent.start - t_end <= 5 and m.entity_id.startswith(("country:", "org:"))
                for m in s_mentions):
            return None  # "pressuring Congress to allow", "pressuring Prosecutors to": pressed at home, no actor
        if trigger.phrase.startswith(("voiced ", "expressed ")) and kind == "endorsement" and \
                DOMESTIC_SUPPORT_OBJECT.match(s_text, t_end):
            return None  # "Bush has voiced his support for the legislation": a bill or a nominee at home
        if trigger.phrase in RESISTING and (HAVING_BEFORE.search(s_text, max(0, t_start - 12), t_start)
                                            or MARKET_PRESSURE.match(s_text, t_end)):
            return None  # "Having resisted financial-market pressure for months, Portugal has requested": given up
        object_words = re.findall(r"[a-z]+", s_text[t_end:t_end + 60].lower())[:6] if allowed else []
        if trigger.phrase == "warned" and "against" not in object_words and \
                not WARNED_OF_CONSEQUENCES.match(s_text, t_end):
            # "warned Iran of serious consequences", "warned that Iran will face serious consequences": a threat made
            # to someone named; "warned of the consequences of a trade war", "warned its citizens of": no one's
            return None
        if allowed and trigger.kind == "refusal" and trigger.phrase.endswith(LEAVING_ENDINGS) and \
                _object_head(s_text, t_end) not in allowed:
            return None  # "Ethiopia is withdrawing from Somalia under the peace agreement": a place left
        if allowed and allowed.isdisjoint(object_words) and \
                not (trigger.phrase in ANNOUNCING_MONEY and (money_for := MONEY_FOR.match(s_text, t_end)) and (
                    MONEY_GAINERS.search(s_text, money_for.end(), money_for.end() + 80) or
                    _party_named(s_mentions, sent.start + money_for.end(), sent.start + money_for.end() + 80))) and \
                not (trigger.phrase in REFUSED_ANYTHING and NOT_JUST_BEFORE.search(s_text, max(0, t_start - 12), t_start)
                     and not REFUSED_OBJECTS.isdisjoint(object_words)):
            return None  # "accepted gifts", "adopted the licences": not an accord
        if kind == "proposal" and (trigger.phrase.split()[-1].startswith("offer") or
                                   not plain and verb == "offer") and COURTESY_OBJECT.match(s_text, t_end):
            return None  # "Japan offered its condolences", "offered reassurances about relations": a courtesy
        if trigger.phrase in OPINION_PRONE and not (UNDERTAKING_THAT_CLAUSE if trigger.phrase.endswith(" that")
                                                    else UNDERTAKING_CLAUSE).match(s_text, t_end):
            return None  # "suggested that China is more likely", "insists there is not enough": opinions
        if SIGNED_NON_ACCORD.match(s_text, t_end) and kind == "agreement":
            return None  # "signed the online petition"
        if DENIED_CLAIM_BEFORE.search(s_text, 0, t_start) or WHEN_CLAUSE_BEFORE.match(s_text, 0, t_start):
            # "He denied claims that he had supplied FARC with money and offered to ...": what is denied;
            # "When the WTO agreed, Antigua pressed for ...": the time of another act
            return None
        if OBLIGATION_BEFORE.search(s_text, max(0, t_start - 20), t_start):
            return None  # "the deal has to be signed by both governments": what must happen, not an undertaking
        if NOTHING_AGREED.search(s_text[max(0, t_start - 40):t_start]):
            return None  # "nothing was agreed upon", "no deal was signed": no undertaking, and no one refusing
        if plain:
            negated = _negated_before(s_text, t_start)
        else:
            negated = bool(trig.group("neg")) or bool(re.search(r"\b(?:not|never)\b", trig.group("adv") or "")) \
                or _negated_before(s_text, t_start)
        if trigger.phrase in REPORTED_DEMANDS or trigger.phrase in REPORTED_REFUSALS:
            return self._reported_demand(text, sent, s_text, trig, trigger, s_mentions, entities, day, negated,
                                         doc_quotes)
        if not plain and trig.group("verb").lower() in {"begin", "start"} and \
                EVENT_SUBJECT.match(s_text, self._clause_start(s_text, t_start), t_start):
            return None  # "direct negotiations for a Palestinian state will begin": an event begins, no one undertakes
        if not plain and not negated and trig.group("verb").lower() == "attend":
            return None  # "Obama will attend the meeting": attendance; "Russia will not attend" is a refusal (boycott)
        if negated and plain and trigger.phrase.split()[-1] in NOT_ANNOUNCED:
            return None  # "Garcia has not announced a truce": nothing announced, and nothing refused
        restraint: int | None = None  # a hostile act ruled out: where its verb ends (the state spared follows)
        if kind == "refusal" and plain and trigger.phrase.endswith(" to") and \
                (after_to := _NEXT_WORD.match(s_text, t_end)) and after_to.group(1).lower() in RESTRAINT_VERBS and \
                (after_to.group(1).lower() != "use" or USED_MEANS.match(s_text, after_to.end())):
            kind, polarity = "pledge", "positive"  # "has no plans to attack", "refused to interfere"
            restraint = sent.start + after_to.end()
        if not plain and trigger.modal in PURPOSED_MODALS and PURPOSED_BEFORE.search(s_text, max(0, t_start - 20),
                                                                                     t_start):
            return None  # "the attack was intended to prevent ...", "a campaign by Reid, intended to prevent ...": a
            # purpose told of a thing, no one's undertaking
        if not plain and PURPOSE_BEFORE.search(s_text, max(0, t_start - 30), t_start):
            return None  # "so they would not attack the building": the purpose of another act
        if negated:
            if kind in {"pledge", "agreement", "endorsement"}:
                kind, polarity = "refusal", "negative"
            elif kind == "refusal" and not plain and (verb in WITHHOLDING_VERBS or leaving):
                kind, polarity = "pledge", "positive"  # "will not cut aid", "will not withdraw from the treaty": the
                # aid goes on, the party stays
            else:
                return None
            if kind == "refusal" and not plain and verb in RESTRAINT_VERBS:
                kind, polarity = "pledge", "positive"  # "would never use such weapons first": a vow of restraint
                restraint = sent.start + t_end
        elif not plain and verb in RESTRAINT_ONLY:
            return None  # "the new law would violate the treaty": a forecast or a charge, no undertaking
        abs_start = sent.start + t_start
        abs_end = sent.start + t_end
        before = [m for m in s_mentions if m.end <= abs_start]
        after = [m for m in s_mentions if m.start >= abs_end]

        # ---- actors ---------------------------------------------------------------------------------------
        confidence = 0.85
        actors: list[str] = []
        one_by_one = False  # unnamed states listed after the verb: each acts on its own
        pair = None  # "the two sides": a subject that is two parties
        if passive_refusal:
            actors = passive_refusal
            confidence = 0.6
        elif plain and possessed is not None:
            # "Russia's commitment to withdraw": the state named right before "'s"; "their commitment from last
            # December to lift the embargo": the sentence's subject, else the actor of the sentence before
            if possessed.group(0)[:1] in "'’":
                owner = [m for m in before if m.end == sent.start + possessed.start()]
                actors = [a for a in [self._acting_for(owner[-1], entities, day)] if a] if owner else []
            else:
                actors = self._opening_subject(text, sent, s_text, before, entities, day) or list(last_actors)
            if not actors:
                return None
            confidence = 0.6
        if plain and trigger.phrase in HOLDERS_AFTER:
            named_before = [m for m in before if trigger.phrase.startswith("opposition")
                            and HOLDER_BEFORE.fullmatch(text, m.end, abs_start)]
            holders = HOLDERS_AFTER[trigger.phrase].match(s_text, t_end)
            first = [m for m in after if m.start >= sent.start + holders.end()] if holders else []
            if named_before:
                actors = [a for a in [self._acting_for(named_before[-1], entities, day)] if a]
            elif first and first[0].start - sent.start - holders.end() <= \
                    (40 if trigger.phrase == "opposition from" else 4) and \
                    not HOLDER_GAP_PREPOSITION.search(s_text, holders.end(), first[0].start - sent.start):
                actors = self._group(text, first, entities, day, forward=True)
            if not actors and not VOICED_OPPOSITION.search(s_text, max(0, t_start - 40), t_start):
                return None  # 'opposition from within the party', 'the opposition to the war': no holder named
        passive = BY_AGENT.match(s_text, t_end) if not actors else None
        if passive is None and not actors and plain and (
                PASSIVE_BEFORE.search(s_text, max(0, t_start - 30), t_start)
                or REDUCED_RELATIVE_BEFORE.search(s_text, max(0, t_start - 30), t_start)):
            # "an agreement was signed in Berlin today by India and Germany": the agent after a place or a day
            passive = LATE_AGENT.match(s_text, t_end)
        if passive is None and not actors and not plain and PASSIVE_MODAL.search(trig.group(0)):
            # "aid would once again be delivered to Palestine by the European Union": the giver after the receiver
            passive = RECEIVER_THEN_AGENT.match(s_text, t_end)
        if passive:
            agent_start = sent.start + passive.end()
            if COURT_AGENT.match(s_text, passive.end()):
                return None  # "the proposal was rejected by a Turkish court": a ruling at home, no state's stance
            actors = self._group(text, [m for m in after if m.start >= agent_start], entities, day, forward=True)
            if not actors and not TIME_AFTER_BY.match(s_text, passive.end()):
                return None  # "Medvedev was backed by three other parties": the agent acts, and it is not ours
        if not actors and plain and trigger.phrase in CALLING:
            # "India has long expressed concern over Nepal, calling for ...": the sentence's opening subject, and
            # only that ("About 200 supporters of Myanmar's democracy leader held a march, calling for" names no
            # one who calls); "adopted a resolution calling for": the adopter, when the text's adoption is told
            if SAID_COMMA_BEFORE.search(s_text, max(0, t_start - 30), t_start):
                return None  # '"...," she said, calling on the guerrilla organization to ...': the speaker calls
            document = DOCUMENT_BEFORE.search(s_text, max(0, t_start - 30), t_start)
            if document and not ISSUED_DOCUMENT.search(s_text, max(0, document.start() - 60), document.end()):
                return None  # "a resolution calling for" that was only considered, "resolution 1701, calling for"
            if document and LEGISLATURE_WORD.search(s_text, 0, min(document.start(), 60)):
                return None  # "Romanian lawmakers ... passed a resolution calling on the government": domestic
            issuer = before if not document else [m for m in before if m.end <= sent.start + document.start()]
            actors = self._opening_subject(text, sent, s_text, issuer, entities, day)
            opening = _opening_mention(text, sent, issuer)
            if not actors or opening is None or INDEFINITE_BEFORE.search(text, max(0, opening.start - 4), opening.start) \
                    or CROWD_OPENING.match(s_text) or (opening.mention_type == "demonym" and CROWD_AFTER.match(
                        text, opening.end)):
                # "A Mogadishu radio station broadcast ...": a place naming a thing is no subject; "Palestinian
                # protesters marched through Ramallah", "Students protested outside the British embassy": a crowd
                # calls, not a state ("Canadian ministers have since responded by calling for" is Canada's)
                return None
            if trigger.phrase in CALLING_ON and not any(
                    (addressee := self._acting_for(m, entities, day)) and addressee not in actors
                    for m in after[:1] if m.start - abs_end <= 12):
                return None  # "calling on Congress", "calling on lawmakers": an appeal at home, to no other actor
        if not actors:
            clause_start = self._clause_start(s_text, t_start)
            if REPORTING_BEFORE.search(s_text, max(clause_start, t_start - 20), t_start):
                return None  # "a unit which the U.S. believes backs militants": the subject is the relative's
            clause_mentions = [m for m in before if m.start >= sent.start + clause_start]
            subject_text = s_text[clause_start:t_start].translate(QUOTES_AS_SPACES)  # 'he "backed': he backed
            if s_text[t_start:t_start + 1] in "'’":
                subject_text += " "  # "we'll": the pronoun is the subject
            if plain and trigger.phrase.split(None, 1)[0].endswith("ing") and FOR_PARTICIPLE.search(subject_text) \
                    and before:
                # "sanctions on Iran for refusing to ...", "criticised Japan for refusing to ...": the one blamed, the
                # name right before "for", even after a preposition
                actors = [a for a in [self._acting_for(before[-1], entities, day)] if a]
                if not actors:
                    return None
            if plain and trigger.phrase.split(None, 1)[0].endswith("ing") and BY_PARTICIPLE.search(subject_text):
                # "Chirac cited Resolution 1701 by requesting ...": the one who cites requests, not the resolution
                actors = self._opening_subject(text, sent, s_text, before, entities, day)
            if not actors and kind == "agreement" and \
                    (between := ACCORD_BETWEEN.search(subject_text)) is not None and \
                    (trigger.phrase in REACHED_PASSIVE or PASSIVE_BEFORE.search(s_text, max(0, t_start - 30), t_start)):
                # "An agreement between Israel and Syria was reached", "The accord between the US and Iraq was
                # signed": the parties named after "between" in the subject
                parties_at = sent.start + clause_start + between.end()
                actors = self._group(text, [m for m in clause_mentions if m.end > parties_at], entities, day,
                                     forward=True)
                confidence = 0.75
            # "He accused Iran of supporting militias, and urged it to stop": a pronoun that opens the clause is the
            # subject of both verbs, not a name inside the first one's object
            coordinated = not actors and bool(clause_mentions) and \
                _COORDINATED_END.search(subject_text) is not None and COORDINATED_VERB.search(subject_text) is not None
            lead_pronoun = LEAD_PRONOUN.match(subject_text) if coordinated else None
            if lead_pronoun is None and coordinated:
                # "Japan thanked India for its support and promised ...": the subject of the first verb, not the
                # object named last
                heads = [m for m in clause_mentions
                         if not PREPOSITION_BEFORE.search(text[max(0, m.start - 20):m.start])]
                actors = self._group(text, heads, entities, day, forward=True)
            if clause_mentions and not actors and lead_pronoun is None:
                actors = self._group(text, clause_mentions, entities, day, forward=False, trigger_at=abs_start)
            # only asked when no actor yet; "They have, however, indicated ...": a parenthetical is no subject
            pronoun = PRONOUN_SUBJECT.search(PARENTHETICAL.sub(" ", subject_text)) if not actors else None
            if not actors and pronoun is None:
                pronoun = lead_pronoun
            if not actors and pronoun is None and not clause_mentions and _COORDINATED_END.search(subject_text) \
                    and COORDINATED_VERB.search(subject_text) and not (plain and FIRST_WORD_ING.match(trigger.phrase)):
                # "Chirac said that he wanted a fair share and called for ...": the pronoun that opens the clause is
                # the subject of both verbs
                pronoun = LEAD_PRONOUN.match(subject_text)
            if not actors and pronoun:
                word = pronoun.group(1).lower()
                if word in {"we", "i"}:
                    # the speaker's side, and only that: an unattributed "we" is nobody we can name
                    # a private person (a shop manager, a campaigner) speaks for no one
                    actors = self._speaker_actors(abs_start, doc_quotes, entities, day)
                else:
                    outer = [m for m in before if m.start < sent.start + clause_start]
                    actors = self._group(text, outer, entities, day, forward=False)
                    if not actors and word == "they" and PAIR_OPENING.match(s_text):
                        # "Both sides however declared they would abide by the cease-fire": the two states named
                        named = _with_states(states_seen, before, lambda m: self._acting_for(m, entities, day))
                        actors = named[-2:] if len(named) >= 2 else []
                    if not actors and _quote_at(abs_start, doc_quotes) is None \
                            and not ((rel := RELATIVE_THAT.search(s_text, max(0, clause_start - 30), clause_start))
                                     and rel.group(1) not in _REPORTING_WORDS) \
                            and not self._unnamed_subject(s_text, clause_start, before, sent.start):
                        # ("they" / "it": the actors of the sentence before only when they acted there or opened it
                        # as its subject: not "Hicks' lawyers expect him to be granted British citizenship. They will
                        # request ...")
                        actors = list(last_person if word in {"he", "she"} else last_subject_actors)
                    # inside a quote, "they are prepared to do us ill" names someone the quote has not: no one
                confidence = 0.7
            if not actors and not clause_mentions and RELATIVE_SUBJECT_END.fullmatch(subject_text) and \
                    (rel := RELATIVE_AFTER_NAME.search(s_text, max(0, clause_start - 12), clause_start)):
                # "troops from Italy, which has volunteered up to 3,000 soldiers": the name the relative follows
                named = [m for m in before if m.end == sent.start + rel.start()
                         and not NOUN_COMPLEMENT_BEFORE.search(text, max(0, m.start - 10), m.start)]
                actors = [a for a in [self._acting_for(named[-1], entities, day)] if a] if named else []
                confidence = 0.7
            pair = PAIR_SUBJECT.search(subject_text) if not actors else None
            if pair:
                named = _with_states(states_seen, before, lambda m: self._acting_for(m, entities, day))
                # "the two sides", "the two leaders" of one state (a government and its opposition, Kibaki and
                # Odinga): that state; two countries need two states
                one_state = PAIR_OF_ONE_STATE.search(pair.group(0))
                actors = named[-2:] if len(named) >= 2 or one_state else []
                confidence = 0.7
            if not actors and (OWN_SIDE_SUBJECT.match(subject_text) or (
                    OWN_SIDE_LEAD.match(subject_text) and _COORDINATED_END.search(subject_text)
                    and COORDINATED_VERB.search(subject_text))):
                said = SAID_BEFORE.search(s_text, max(0, clause_start - 30), clause_start)
                if said:
                    actors = self._said_by(text, sent, said, before, entities, day)
                elif clause_start == 0 or OPENING_QUOTE_ONLY.fullmatch(s_text, 0, clause_start):
                    # '“The Government is going to initiate talks with ETA,” said Zapatero': the speaker's side
                    actors = self._speaker_actors(abs_start, doc_quotes, entities, day)
                confidence = 0.7
            if not actors and (OWN_STATE_SUBJECT.search(subject_text) or (
                    OWN_STATE_LEAD.search(subject_text) and COORDINATED_VERB.search(subject_text))):
                # "Prodi said his government will remain on the front lines and would participate ...": the second
                # verb shares the first one's subject
                persons = [a for a in (self._acting_for(m, entities, day) for m in before
                                       if m.entity_id.startswith("person:")) if a and a.startswith("country:")]
                actors = persons[-1:] or [a for a in last_person if a.startswith("country:")]
                confidence = 0.7
            if not actors and not clause_mentions and not pronoun and plain \
                    and trigger.phrase.split(None, 1)[0].endswith("ing"):
                # "Ban Ki-moon condemned the attack, while urging ...": a participle's subject is the main clause's,
                # which opens the sentence ("Chirac cited United Nations Resolution 1701 by requesting ...": Chirac)
                outer = [m for m in before if m.start < sent.start + clause_start]
                actors = self._opening_subject(text, sent, s_text, outer, entities, day) or \
                    self._group(text, outer, entities, day, forward=False)
            if not actors and plain and " our " in trigger.phrase:
                # "“Let me express our willingness to settle ...,” Raul Castro said": the speaker's side
                actors = self._speaker_actors(abs_start, doc_quotes, entities, day)
            if not actors and not plain and PASSIVE_MODAL.search(trig.group(0)):
                # "Howard said 200 troops will be deployed", "“The ADF contribution will be deployed ...,” Howard
                # told reporters": a passive undertaking with no agent is the one who announces it
                said = SAID_BEFORE.search(s_text, max(0, clause_start - 40), clause_start)
                actors = self._said_by(text, sent, said, before, entities, day) if said else \
                    self._speaker_actors(abs_start, doc_quotes, entities, day)
                confidence = 0.7
            if not actors and clause_mentions and STATE_BODY_SUBJECT.match(subject_text) and \
                    (state := self._acting_for(clause_mentions[-1], entities, day)) and state.startswith("country:"):
                actors = [state]  # "the Central Bank of Nigeria would transfer ...": the state's own body
            # where the clause's last comma before the trigger ends (0 when there is none): what follows it is the
            # subject after an opening phrase ("According to reports in X, the government") or an aside ("Despite
            # ..., many countries have")
            after_comma = s_text.rfind(",", clause_start, t_start) + 1
            opened = not actors and clause_mentions and after_comma > clause_start and \
                OPENING_PHRASE.fullmatch(s_text, clause_start, after_comma) is not None and \
                THE_GOVERNMENT_SUBJECT.search(s_text[after_comma:t_start]) is not None
            if not actors and (not clause_mentions and THE_GOVERNMENT_SUBJECT.search(subject_text) or opened):
                # "The new Labor government has signed ...": the government of the one state named in this
                # sentence, else of the one state the document has named so far (none when two are: whose
                # government would it be?); after an opening phrase, only a state it places the news "in"
                # ("According to reports in North Korea, the government"; not "Following the visit by Chinese
                # premier Wen, the government")
                named = {a for a in (self._acting_for(m, entities, day) for m in before
                                     if not opened or IN_JUST_BEFORE.search(text, max(0, m.start - 8), m.start))
                         if a and a.startswith("country:")}
                if not named:
                    named = {a for a in states_seen if a.startswith("country:")}
                actors = list(named) if len(named) == 1 else []
                confidence = 0.6
            if not actors and not clause_mentions and EUROPE_SUBJECT.match(subject_text) and \
                    (EUROPEAN_UNION in orgs_seen or any(m.entity_id == EUROPEAN_UNION for m in before)):
                actors = [EUROPEAN_UNION]  # "Europe is prepared to take action", once the EU has been named
                confidence = 0.7
            group = GROUP_SUBJECT.search(subject_text) if not actors and orgs_seen else None
            if group:
                actors = self._group_referent(group.group(1), orgs_seen, at_meeting=group.group("meeting") is not None)
                confidence = 0.7
            if not actors and clause_start and AUXILIARIES_ONLY.fullmatch(subject_text) and \
                    ELLIPSIS_BEFORE.search(s_text, max(0, clause_start - 12), clause_start):
                # "Australia has plans to post an attaché, but will not be increasing troop numbers": the verb after
                # "but", "and" or "yet" with no subject of its own shares the sentence's subject
                actors = self._opening_subject(text, sent, s_text, before, entities, day)
                if not actors and OPENING_FIRST_PERSON.match(s_text):
                    # "“But we do respect the EU, and demand the same from the EU”": the speaker's side
                    actors = self._speaker_actors(abs_start, doc_quotes, entities, day)
                confidence = 0.7
            if not actors and len(clause_mentions) == 1 and clause_mentions[0].entity_id in self.capital_of and \
                    GOVERNMENT_IN.fullmatch(text, sent.start + clause_start, clause_mentions[0].start) and \
                    _SUBJECT_TAIL_RE.fullmatch(text, clause_mentions[0].end, abs_start):
                actors = [self.capital_of[clause_mentions[0].entity_id]]  # "The government in Khartoum refused"
                confidence = 0.7
            if not actors and not clause_mentions and (title := TITLE_SUBJECT.match(subject_text)):
                holders = _titled_persons(text, doc_mentions, abs_start, title.group("head"))
                named = [m for m in doc_mentions if holders and m.entity_id == holders[0] and m.start < abs_start]
                # every person named since the holder, and every other holder of the title in reach, acts for the
                # same side: "... President Abbas agreed ... Mr. Bush says he hopes ... The president has set the
                # goal", "President Bush met President Hu Jintao. The president pledged" are no one's
                others = {self._acting_for(m, entities, day) for m in doc_mentions
                          if named and named[-1].start < m.start < abs_start and m.entity_id.startswith("person:")
                          or m.entity_id in holders[1:]}
                side = self._acting_for(named[-1], entities, day) if named else None
                actors = [side] if side and {a for a in others if a and a.startswith(("country:", "org:"))} <= \
                    {side} else []
                confidence = 0.7
            if not actors and UNNAMED_STATES_SUBJECT.match(s_text, unnamed_at := max(clause_start, after_comma),
                                                           t_start) and \
                    not any(m.start >= sent.start + unnamed_at for m in clause_mentions) and \
                    (listed := LISTED_AFTER.search(s_text, t_end, clause_end.start() if (
                        clause_end := LATER_CLAUSE.search(s_text, t_end)) else len(s_text))) is not None:
                # "Many countries have boycotted the ban, including the United States, Russia, Israel": the states
                # listed are the unnamed subject's members (the subject after the clause's last comma; the list's
                # first name must open it)
                listed_at = sent.start + listed.end()
                first = next((m for m in after if m.start >= listed_at), None)
                if first is not None and THE_ONLY.fullmatch(text, listed_at, first.start) and \
                        not OBJECT_OF_ITS_OWN.search(s_text, t_end, listed.start()):
                    actors = self._group(text, [m for m in after if m.start >= listed_at], entities, day,
                                         forward=True)
                    confidence = 0.7
                    one_by_one = True  # each of them acts: "have agreed to send troops" is no accord among them
            if trigger.phrase in REACHED_PASSIVE and not actors:
                return None  # "a deadline was reached", "an agreement was reached" with no party named
            document = DOCUMENT_SUBJECT.fullmatch(subject_text) if not actors else None
            issued = issuers.get(_text_kind(document.group("noun"))) if document else None
            if issued is not None and sent.index - issued[0] <= ISSUER_REACH:
                # "The G8 leaders issued a statement ... The statement called for ...": the issuer speaks
                actors = list(issued[1])
                confidence = 0.6
            if not actors and document and document.group("noun").lower() != "report" and last_accord:
                # (a report speaks only for who issued it, never for the parties of an accord told before)
                # "The resolution calls on both Israel and Palestine to ...": the text speaks for whoever adopted,
                # passed or signed it in the sentences just before
                actors = list(last_accord)
                confidence = 0.6
            if not actors and t_start == 0 or (not actors and subject_text.strip() == ""):
                actors = list(last_actors) if t_start == 0 else []
                confidence = 0.6
        actors = list(dict.fromkeys(a for a in actors if a))
        if not actors:
            return None
        if plain and trigger.phrase in BODY_VOTES and LEGISLATURE_BEFORE.search(s_text, max(0, t_start - 80), t_start):
            return None  # "Iraq's parliament voted to extend the state of emergency": a legislature's domestic act
        if plain and trigger.phrase in VOTES and any(
                m.entity_id.startswith("person:") for m in before
                if m.start >= sent.start + self._clause_start(s_text, t_start)):
            return None  # "Tony Blair voted for a complete ban": a legislator's vote

        # ---- beneficiaries and targets -------------------------------------------------------------------
        parties = [Party(a, "actor") for a in actors]
        last: tuple[Mention, str] | None = None  # the last mention given a role, and the role
        counterpart_end = None  # where the other party of an accord named after "with" ends
        # the undertaking's own clause: "will back the plan, although Berlin sent troops to Kosovo" gives Kosovo no
        # role, nor does "lifted sanctions on Libya but kept its embargo against Cuba" give Cuba one
        clause_end = OTHER_CLAUSE_AFTER.search(s_text, t_end)
        own_end = sent.start + clause_end.start() if clause_end else sent.end
        # troops or a mission kept or sent "in" a state are there for it ("expand its presence in Afghanistan",
        # "will maintain ground forces in southern Lebanon")
        things = DEPLOYED_THINGS.search(text, abs_end, own_end) if kind == "pledge" else None
        # (not what is reduced: "will reduce its troop level", "pledged to withdraw its troops in Iraq")
        deployed = things is not None and not REDUCING.search(text, abs_start, things.end())
        for m in after:
            if m.start >= own_end:
                break
            actor = self._acting_for(m, entities, day)
            if not actor or actor in actors or not actor.startswith(("country:", "org:")) or \
                    text[m.end:m.end + 1] == "$":
                continue  # "promised AU$34 billion": a currency, not the African Union
            lead = text[max(sent.start, m.start - 30):m.start]
            if kind == "agreement" and (last is None or last[1] == "actor") and \
                    ACCORD_COUNTERPART.fullmatch(text, abs_end, m.start) and not POSSESSIVE_AFTER.match(text, m.end):
                role = "actor"  # "signed a permanent ceasefire with the LRA", "agreed with members of the Council"
            elif kind in {"demand", "refusal"}:
                if last is None and SETTING_BEFORE.search(lead):
                    continue  # "demanded at a meeting of the OIC that Israel ...": a setting, not the one addressed
                if last is not None and last[1] == "target" and not TARGET_AGAINST.search(lead) and \
                        not LIST_GAP.fullmatch(text, last[0].end, m.start):
                    continue  # "urged Russia to withdraw its troops from Georgia's territory": the one addressed
                    # (and the ones listed with it), not every state the demand goes on to name
                role = "target"
            elif TARGET_CUE.search(lead):
                role = "beneficiary" if plain and trigger.phrase in LIFTING_TRIGGERS and \
                    LIFTED_OBJECT_BEFORE.search(text, max(sent.start, m.start - 80), m.start) else "target"
            elif restraint is not None and 0 <= m.start - restraint <= 5:
                role = "beneficiary"  # "would not attack North Korea": the state spared
            elif BENEFICIARY_CUE.search(lead) or POSSESSIVE_AFTER.match(text, m.end) or (
                    deployed and DEPLOYED_IN.search(text, max(abs_end, m.start - 50), m.start)):
                if PERPETRATOR_AFTER.match(text, m.end):
                    continue  # "for victims of Israeli air strikes": who struck, not who gains
                role = "beneficiary"
            elif last is not None and PLAIN_COORDINATION.fullmatch(text, last[0].end, m.start):
                role = last[1]  # "the citizens of Poland and Hungary": the list shares its first member's role
            else:
                continue
            last = (m, role)
            if role == "actor":
                counterpart_end = m.end  # the list of the other parties goes on
            if Party(actor, role) not in parties:
                parties.append(Party(actor, role))

        if plain and trigger.phrase in AGREED_WITH and counterpart_end is not None and \
                WITH_AFTER.match(s_text, t_end) and (AGREED_OPINION.match(text, counterpart_end, sent.end) or (
                    (that := AGREED_THAT.match(text, counterpart_end, sent.end))
                    and not UNDERTAKING_THAT_CLAUSE.match(text, that.end(), sent.end))):
            # "Prodi agreed with the Russian President on this point", "Wade agreed with the AU that Africans must
            # be judged in Africa" has a modal; "Rakhman agreed with Khamenei and said": a view shared, no accord
            return None
        if trigger.phrase in EXPECTATIONS:
            expected = _EXPECTED_TO.match(s_text, t_end)
            him = PERSON_OBJECT_TO.match(s_text, t_end)  # "We, therefore, expect him to fully withdraw his troops"
            named = bool(after) and after[0].start - abs_end <= 6
            if trigger.phrase == "expected" and not EXPECTED_NORMATIVE.search(s_text, max(0, t_start - 60), t_start):
                return None  # "We expected Iran to reject the offer": a past expectation is a forecast, unless made
                # a demand ("I made it clear to him that I expected Israel to withdraw")
            if not (named or him) or expected is None or \
                    not EXPECTING_SELF.search(s_text, max(0, t_start - 30), t_start) or \
                    expected.group(1).lower() in FORECAST_VERBS or \
                    (named and self._acting_for(after[0], entities, day) in actors):
                return None  # "we expect the economy to grow", "we expect to finish": no one asked to act
            if not named:
                expected_of = [a for a in last_person if a not in actors]
                if not expected_of:
                    return None
                parties = [p for p in parties if p.role == "actor"] + [Party(a, "target") for a in expected_of]
        if trigger.phrase in ADDRESSED_ONLY and ORDERED_GOODS.match(s_text, t_end):
            return None  # "Garuda has ordered ten new jetliners": a purchase
        ordered = ORDERED_ACTION.match(s_text, t_end) if trigger.phrase in ADDRESSED_ONLY else None
        if trigger.phrase in ADDRESSED_ONLY and (OWN_AUTHORITIES.match(s_text, t_end) or ordered is not None):
            # "Putin ordered authorities to hold talks with Georgia": an order to one's own officials about another
            # state or organisation is the state's undertaking towards it; "ordered police to arrest protesters"
            # is domestic administration and no row
            if all(p.role == "actor" for p in parties) and ordered is None:
                return None
            # "He also ordered the renewal of postal ties with Georgia", "ordered the withdrawal of the troops": an
            # action of his own state ordered, its undertaking
            kind = "pledge"
            parties = [p for p in parties if p.role == "actor"] + \
                [Party(p.entity_id, "beneficiary") for p in parties if p.role != "actor"]
        elif (trigger.phrase in ADDRESSED_ONLY or trigger.modal and trig.group("verb").lower() in ADDRESSED_MODAL_VERBS) \
                and not any(p.role == "target" for p in parties):
            # "the prime minister ordered an investigation", "will request a defence budget of $439 billion", "would
            # ask their country's food safety commission": asking one's own, not a demand on another actor
            return None
        if kind == "demand" and not passive and after and (after[0].start - abs_end <= 12 or
                                                           OWN_ADDRESSEE_GAP.fullmatch(text, abs_end, after[0].start)) \
                and self._acting_for(after[0], entities, day) in actors:
            # "Bush has asked the U.S. Congress for $80bn", "urged Iranians to vote": a state asking its own
            # legislature or people is domestic politics, not a demand on another actor
            return None
        if kind == "demand" and not passive and DOMESTIC_ADDRESSEE.match(s_text, t_end) and \
                not any(p.role == "target" for p in parties):
            # "He has asked Congress to approve $225m", "Kabila has called for calm", "demanded the demonstrators
            # keep calm", "called on his supporters to set up camp": the state's own legislature or people, unnamed
            return None
        if kind == "endorsement" and plain and trigger.phrase in {"approved", "approves"} and \
                APPROVED_TEXT.match(s_text, t_end) and (len(actors) >= 2 or all(
                    a.startswith("org:") and self.reference.org_types.get(a) in _ADOPTING_KINDS for a in actors)):
            kind = "agreement"  # "the leaders approved a declaration", "the Council approved a resolution": adopted
        if kind == "pledge" and (len(actors) >= 2 or pair) and not one_by_one and \
                (trigger.phrase in JOINT_UNDERTAKINGS or trigger.modal in JOINT_UNDERTAKINGS):
            kind = "agreement"  # "the two sides agreed to create ...", "India and Pakistan have decided to form ..."
        elif kind == "pledge" and plain and trigger.phrase in JOINT_UNDERTAKINGS and \
                AGREED_TO_ACCORD.match(s_text, t_end):
            kind = "agreement"  # "the G8 finance ministers have agreed to a deal": an accord agreed to, not an act
        return self._commitment(sent, s_text, trig, trigger, kind, polarity, confidence, parties, day)

    def _commitment(self, sent: Sentence, s_text: str, trig: re.Match, trigger: Trigger, kind: str, polarity: str,
                    confidence: float, parties: list[Party], day: dt.date | None) -> Commitment | None:
        """The commitment row with its attributes: condition, modality, category, money, counts, dates."""
        low = s_text.lower()
        cond = CONDITION.search(s_text) if any(w in low for w in _CONDITION_WORDS) else None
        condition_text = cond.group("cond").strip() if cond else None
        if condition_text and len(condition_text.split()) < 2:
            condition_text = None
        hedged = bool((any(w in low for w in _HEDGE_WORDS) or any(c in s_text for c in _CASE_ODD))
                      and HEDGES.search(s_text)) or trigger.modal in HEDGED_MODALS
        modality = "conditional" if condition_text else ("hedged" if hedged else "firm")
        if hedged:
            confidence -= 0.2
        money = money_amounts(s_text)
        count = counts(s_text)
        # the clause before the trigger is only read for an accord or a refusal stated of its subject
        clause = self._clause_start(s_text, trig.start()) \
            if kind == "agreement" or trigger.phrase in REPORTED_REFUSALS else 0
        accord_subject = kind == "agreement" and ACCORD_BETWEEN.search(s_text, clause, trig.start()) is not None \
            and (trigger.phrase in REACHED_PASSIVE or PASSIVE_BEFORE.search(s_text, max(0, trig.start() - 30),
                                                                            trig.start()) is not None)
        subject_at = self._clause_start(s_text, trig.start()) if trigger.modal is not None and \
            trig.group(0).lower().endswith("continue") and NOTHING_UNDERTAKEN.match(s_text, trig.end()) else None
        continued = subject_at is not None and OWN_SIDE_SUBJECT.match(s_text[subject_at:trig.start()]) is not None
        if kind != "refusal" and not accord_subject and not continued and NOTHING_UNDERTAKEN.match(s_text, trig.end()):
            return None  # "the opportunity that India offers," said ... / "as Abbas has promised.": no undertaking
        if continued:
            # "the deployment of Opération Baliste would continue": what continues is the subject
            action_text = " ".join(s_text[subject_at:trig.start()].split())[:300]
        elif accord_subject:
            # "A deal between Iran and the EU has been reached.": the accord is the subject
            action_text = " ".join(PASSIVE_BEFORE.sub("", s_text[clause:trig.start()]).split())[:300]
        elif trigger.phrase in REPORTED_REFUSALS:
            # what is refused is the subject: "that lifting the sanctions on Burma is out of the question"
            action_text = " ".join(COPULA_BEFORE.sub("", s_text[clause:trig.start()]).split())[:300]
        elif trigger.phrase in HOLDERS_AFTER:
            # what is opposed: 'opposition to a global ban by ...'; 'Among those opposing were ...' names it before
            held = HOLDERS_AFTER[trigger.phrase].match(s_text, trig.end()) if trigger.phrase == "opposition to" \
                else None
            action_text = " ".join(s_text[trig.end():held.start("by")].split())[:300] if held \
                else self._action(s_text, trig.end()) if trigger.phrase == "opposition to" else ""
        else:
            action_text = self._action(s_text, trig.end())
        if kind == "proposal" and PERSONAL_ACT.match(action_text):
            # "Calderoli offered to resign": a gesture about one's own career; "Akayev has agreed to resign" (a
            # negotiated exit) stays a pledge
            return None
        return Commitment(
            sentence_index=sent.index, start=sent.start, end=sent.end, kind=kind, polarity=polarity,
            confidence=round(max(0.1, confidence), 2), trigger_text=trig.group(0),
            action_text=action_text, category=self._category(s_text, trigger, action_text),
            modality=modality, condition_text=condition_text,
            amount_value=money[0].value if money else None, amount_currency=money[0].currency if money else None,
            quantity=count[0].value if count else None, quantity_unit=count[0].unit if count else None,
            event_date=event_date(s_text, day), deadline=deadline(s_text), plover_type=trigger.plover_type,
            parties=tuple(parties))

    def _reported_demand(self, text: str, sent: Sentence, s_text: str, trig: re.Match, trigger: Trigger,
                         s_mentions: list[Mention], entities: dict[str, EntityRecord], day: dt.date | None,
                         negated: bool, doc_quotes: list[Quote]) -> Commitment | None:
        """'<actor> said/declared/insisted (that) <target> must ...': a demand by the speaker on the target; inside
        a quote, by the quote's speaker ('"The violence must end immediately," the Secretary General said'). The
        same for a refusal stated of what is refused ('... said that lifting the sanctions is out of the
        question')."""
        refusal = trigger.phrase in REPORTED_REFUSALS
        if trigger.phrase in NEEDS and (NEED_NOUN_BEFORE.search(s_text, max(0, trig.start() - 12), trig.start()) or (
                (after := _NEXT_WORD.match(s_text, trig.end())) and after.group(1).lower() in FORECAST_VERBS)):
            # "the Greek economy needs to grow": a forecast or a diagnosis, no one asked to act; "has no need to":
            # a noun
            return None
        if refusal and not COPULA_BEFORE.search(s_text, max(0, trig.start() - 30), trig.start()):
            return None  # "took the option off the table", "a question of ...": no refusal stated
        if refusal and RESOLVE_SUBJECT_BEFORE.search(s_text, max(0, trig.start() - 50), trig.start()):
            return None  # "failure is not an option", "the status quo is no longer an option": resolve, no refusal
        reporting = None
        for m in REPORTING_VERB.finditer(s_text, 0, trig.start()):
            reporting = m
        if negated or EPISTEMIC_MUST.match(s_text, trig.end()) or \
                THERE_BEFORE.search(s_text, max(0, trig.start() - 8), trig.start()):
            return None  # "must not" forbids (left alone); "must be said", "must have been": no demand
        if reporting is not None:
            speaker_end = sent.start + reporting.start()
            actors = self._group(text, [m for m in s_mentions if m.end <= speaker_end], entities, day, forward=False)
            content_start = sent.start + reporting.end()
        else:
            if SELF_SUBJECT.search(s_text, max(0, trig.start() - 12), trig.start()):
                return None  # "we must do more": a resolve of one's own side, not a demand
            actors = self._speaker_actors(sent.start + trig.start(), doc_quotes, entities, day)
            content_start = sent.start
        if not actors:
            return None
        if not refusal and (OWN_STATE_BEFORE.search(s_text, max(0, trig.start() - 40), trig.start()) or any(
                self._acting_for(m, entities, day) in actors for m in s_mentions
                if sent.start + self._clause_start(s_text, trig.start()) <= m.start < sent.start + trig.start())):
            return None  # "Hu Jintao stated his country must build", "Rudd said Australia must": a resolve, not a demand
        parties = [Party(a, "actor") for a in actors]
        for m in s_mentions:
            if content_start <= m.start < sent.start + trig.start():
                target = self._acting_for(m, entities, day)
                if target and target not in actors and Party(target, "target") not in parties:
                    parties.append(Party(target, "target"))
        if not refusal and reporting is None and not any(p.role == "target" for p in parties) and \
                not STOP_AFTER.match(s_text, trig.end()):
            # '"The state must be devoted to growth," he said', '"Everyone must ask whether ..."': inside a quote,
            # a demand names whom it is made of, or what must stop ('"The violence must end immediately"'); a
            # diagnosis or a maxim names no one
            return None
        if trigger.phrase in TARGET_REQUIRED:
            clause_start = sent.start + self._clause_start(s_text, trig.start())
            subjects = {self._acting_for(m, entities, day) for m in s_mentions
                        if clause_start <= m.start < sent.start + trig.start()}
            if not all(a.startswith(("country:", "org:")) for a in actors) or ADVICE_AFTER.match(s_text, trig.end()) \
                    or not any(p.role == "target" and p.entity_id in subjects and p.entity_id.startswith(("country:", "org:"))
                               for p in parties):
                return None  # advice to a person, "should know" (a warning), "should they not ..." (a condition)
        if refusal:
            return self._commitment(sent, s_text, trig, trigger, "refusal", "negative", 0.75, parties, day)
        return self._commitment(sent, s_text, trig, trigger, "demand", "positive", 0.75, parties, day)

    @staticmethod
    def _issuer(text: str, sent: Sentence, issuing: re.Match, rows: dict[tuple, Commitment],
                s_mentions: list[Mention], acting_for: Callable[[Mention], str | None],
                opens_with: Callable[[Sentence, list[Mention], tuple[str, ...]], bool]) -> tuple[str, ...]:
        """Who issued the text of `issuing` (a match of ISSUED_TEXT_IN in this sentence): the agent after "by"
        ("a statement released by the African Union"); for a text issued before the sentence's actors are named,
        the actors of its first row ("In an official report issued on Monday, Iraqi authorities demanded"); for
        "<subject> issued a <text>", the actor that opens the sentence as its subject ("The G8 leaders issued a
        statement"). Not whoever reacts to it ("Iran rejected a report published on Monday", "Russia refused to
        endorse the statement issued at the summit")."""
        if issuing.group("by"):
            agent = [m for m in s_mentions if 0 <= m.start - issuing.end() <= 4]
            return tuple(a for a in [acting_for(agent[0])] if a) if agent else ()
        if issuing.group("noun"):
            for c in rows.values():
                actors = tuple(p.entity_id for p in c.parties if p.role == "actor")
                named_at = [m.start for m in s_mentions if acting_for(m) in actors]
                if actors and named_at and issuing.end() <= min(named_at):
                    return actors
            return ()
        first = [m for m in s_mentions if m.start < issuing.start()]
        opening = (acting_for(first[0]),) if first and acting_for(first[0]) else ()
        return opening if opening and opens_with(sent, s_mentions, opening) else ()

    def _opening_subject(self, text: str, sent: Sentence, s_text: str, before: list[Mention],
                         entities: dict[str, EntityRecord], day: dt.date | None) -> list[str]:
        """The actors that open the sentence as its subject (a name within its first 40 characters, no preposition
        or clause break before it), or none."""
        opening = _opening_mention(text, sent, before)
        if opening is None or CLAUSE_BREAK.search(s_text, 0, opening.start - sent.start):
            return []
        return self._group(text, [m for m in before if m.start >= opening.start], entities, day, forward=True)

    @staticmethod
    def _unnamed_subject(s_text: str, end: int, mentions: list[Mention], offset: int) -> bool:
        """Whether a capitalised name that is no mention stands before `end` in the sentence: the subject a pronoun
        after it refers to ("Al Jazeera has stated that it will", "The DHBs say they will not"), not the last actor
        of the sentence before."""
        for w in _CAPITALISED_WORD.finditer(s_text, 0, end):
            if w.start() == 0 and w.group(0) in _SENTENCE_OPENERS:
                continue
            at = offset + w.start()
            if not any(m.start <= at < m.end for m in mentions):
                return True
        return False

    def _plural_subject(self, s_text: str, t_start: int, t_end: int, s_mentions: list[Mention],
                        offset: int) -> bool:
        """Whether the bare verb at s_text[t_start:t_end] has a plural subject of names joined by "and" right
        before it, in its own clause: "The United States and other Western nations oppose ...". Not peoples ("Most
        Israelis and Palestinians support", "Iraq's Sunnis and Kurds oppose": a demonym or a possessive heads
        them). Which names act is the caller's question (no actor, no row)."""
        if NOUN_USE_AFTER.match(s_text, t_end) or not PLURAL_SUBJECT_END.search(s_text, max(0, t_start - 40), t_start):
            return False
        clause = self._clause_start(s_text, t_start)
        members = [m for m in s_mentions if offset + clause <= m.start and m.end <= offset + t_start]
        if members and (body := MEMBERS_OF.search(s_text, max(clause, members[-1].start - offset - 40),
                                                  members[-1].start - offset)) and \
                not PARTITIVE_BEFORE.search(s_text, max(0, body.start() - 20), body.start()) and \
                _SUBJECT_TAIL_RE.fullmatch(s_text, members[-1].end - offset, t_start):
            return True  # "the member states of NATO support", "the leaders of the G8 oppose": a body's members
        if PLURAL_JOINED.search(s_text, clause, t_start) is None or SUBJECT_PREPOSITION.search(s_text, clause, t_start):
            return False
        return not any((m.mention_type == "demonym" and not TITLE_AFTER.match(s_text, m.end - offset))
                       or s_text[m.end - offset:m.end - offset + 2] in {"'s", "’s"}
                       for m in s_mentions if offset + clause <= m.start < offset + t_start)

    def _told_of_past_year(self, s_text: str, trig: re.Match, day: dt.date) -> bool:
        """Whether the trigger is dated in a past year: by a year phrase ("in 1997", "In August 2006", "during
        2003") that opens the sentence or the trigger's own clause, or stands right after the trigger and its
        object (not after another verb or a noun of its own: "the agreement made in 2003", "due to the freezing of
        these funds in 2005"). A past year is two or more years before the article's, or the year before once the
        article's year is two months old."""
        t_start, t_end = trig.start(), trig.end()

        def past(m: re.Match) -> bool:
            year = int(m.group("year"))
            return year <= day.year - 2 or (year == day.year - 1 and day.month >= 3)
        clause = self._clause_start(s_text, t_start)
        opening = PAST_YEAR_PHRASE.match(s_text)
        if opening and opening.end() <= t_start and past(opening) and not OWN_TIME.search(s_text, clause, t_start):
            return True  # every clause the year opens, but one with a time of its own ("In 2005, Iran suspended
            # enrichment, but on Monday it refused to extend the suspension")
        opening = CLAUSE_OPENING_YEAR.match(s_text, clause, t_start)
        if opening and past(opening):
            return True  # "... pointed out that in 1979 and 1989 the OAS approved resolutions"
        if trig.group("plain") is None:
            return False  # "Japan will pay for damage caused in 2004": what is to come is no past event
        after = YEAR_RIGHT_AFTER.match(s_text, t_end)
        return after is not None and past(after)

    def _clause_start(self, s_text: str, t_start: int) -> int:
        start = unquoted = 0
        quote, unquoted_word = False, ""
        # past the trigger: "before"/"after" looks at the word after it
        for m in CLAUSE_BREAK.finditer(s_text, 0, t_start + CLAUSE_LOOK_AHEAD):
            if m.end() > t_start:
                break  # ("has before urged": an adverb before a verb in -ed, no clause; an end at `t_start` hid it)
            word = m.group(0)[:3].lower()
            if word in {"who", "whi"} and s_text[max(0, m.start() - 2):m.start()].startswith(",") \
                    and RELATIVE_CLOSED.search(s_text, m.end(), t_start):
                continue  # "Russia, which supplies gas to Europe, will send troops": a relative clause set off by
                # commas, closed just before the trigger, is not the trigger's clause
            if word in {"aft", "bef"} and s_text[max(0, m.start() - 2):m.start()].startswith(",") \
                    and TIME_ASIDE_CLOSED.match(s_text, m.end(), t_start):
                continue  # "The G8 finance ministers, after years of pressure, have agreed": a time aside set off by
                # commas right before the verb, no clause of its own
            if word == "as " and (ROLE_AS.search(s_text, max(0, m.start() - 40), m.start())
                                  and AS_ROLE.match(s_text, m.start()) or AS_WELL_AS.match(s_text, m.start())):
                continue  # "China as chairman (of the talks) urged", "Japan as well as China": a role or a list
            start, quote = m.end(), m.group(0) in QUOTE_MARKS
            if not quote:
                unquoted, unquoted_word = start, word
        if quote and NOTHING_OF_ITS_OWN.fullmatch(s_text, start, t_start) and (
                OPENING_QUOTE.match(s_text, start - 1) or
                # a closing mark and "and": 'called the promise "insufficient" and demanded'; not in a clause after
                # "that" or a relative, whose "and" may be the main verb's ('told a rally that Bush was "worse than
                # Hitler" and vowed': the speaker vowed)
                s_text[start:t_start].strip() and (unquoted_word not in {"tha", "whi", "who"} or
                                                   unquoted_word == "tha" and LEAD_PRONOUN.match(s_text, unquoted))):
            # 'the Foreign Ministry also, "urged the United States': quotation marks inside the clause, not a
            # quotation that opens a clause of its own
            return unquoted
        return start

    def _group_referent(self, noun: str, orgs_seen: list[str], *, at_meeting: bool = False) -> list[str]:
        """The organisation a group noun refers to: the last one named whose kind the noun can name ("the allies",
        "the coalition" -> an alliance or coalition, past an IMF named in between; "the bloc" -> a bloc or
        intergovernmental organisation); nouns any organisation has ("members", "leaders", "donors") -> the last
        organisation named; "the leaders at the summit" (`at_meeting`) -> the last body of states named (not the
        FARC named in between). Organisations found only in text have no kind and match the generic nouns only."""
        kinds = MEETING_KINDS if at_meeting else GROUP_NOUN_KINDS.get(noun.lower())
        for eid in reversed(orgs_seen):
            kind = self.reference.org_types.get(eid)
            if kinds is None or kind in kinds or (at_meeting and kind is None):
                return [eid]
        return []

    def _group(self, text: str, mentions: list[Mention], entities: dict[str, EntityRecord], day: dt.date | None,
               *, forward: bool, trigger_at: int | None = None) -> list[str]:
        """The coordinated group of actors nearest the trigger ("Ukraine, France and the UK"); none when the
        nearest name is an organisation that is not an actor ("the Muslim Council of Britain", "the Orange
        Democratic Movement"): the subject is that body, not a state named before or inside it."""
        if not forward:
            # "Croatia, Bulgaria and Hungary, all of which border Serbia, announced": a name inside a relative
            # clause set off by commas is no subject of the sentence
            mentions = [m for m in mentions if not _in_relative_aside(text, m, trigger_at)]
        subjects = mentions if forward else [m for m in mentions
                                            if not PREPOSITION_BEFORE.search(text[max(0, m.start - 20):m.start])]
        if subjects:
            nearest = subjects[0] if forward else subjects[-1]
            record = entities.get(nearest.entity_id) or self.reference.entities.get(nearest.entity_id)
            partner = (subjects[1] if forward else subjects[-2]) if len(subjects) > 1 else None
            coordinated = partner is not None and _coordination_gap(
                text[nearest.end:partner.start] if forward else text[partner.end:nearest.start])
            if record is not None and not coordinated and (
                    forward and record.entity_type == PRIVATE_PERSON or record.entity_type == "organization"
                    and self._acting_for(nearest, entities, day) is None):
                # an agent who is a private person: "proposed by Congresswoman Barbara Lee" is not the US; one named
                # with others keeps them ("AusAID Australia and the World Bank's Global Environment Fund reached")
                return []
        # "Greenpeace Japan", "Amnesty International USA": a state named right after a body that acts for no one
        # is that body's national branch, not the state
        branches = {id(b) for a, b in zip(mentions, mentions[1:])
                    if b.entity_id.startswith("country:") and a.entity_id.startswith("org:") and
                    text[a.end:b.start] == " " and self._acting_for(a, entities, day) is None}
        usable = [m for m in mentions if self._acting_for(m, entities, day) and _demonym_names_state(text, m)
                  and _possessive_names_state(text, m, trigger_at)
                  and not (self._non_state_office and self._non_state_office.match(text, m.end))
                  and not _in_opposition(text, m) and id(m) not in branches]
        if not usable:
            return []
        if not forward and trigger_at is not None and re.search(r",\s*[^\W\d]", text[usable[-1].end:trigger_at]) \
                and not APPOSITIVE_NAME.match(text, usable[-1].end, trigger_at) \
                and not AND_OTHERS.match(text, usable[-1].end, trigger_at):
            # "Pakistan, a key U.S. ally, has refused": skip an appositive between subject and verb
            appositive = APPOSITIVE_BEFORE.search(text, usable[0].start, trigger_at)
            kept = [m for m in usable if appositive and m.end <= appositive.start()]
            if kept and re.search(r",\s*[^\W\d]", text[kept[-1].end:appositive.start()]) and \
                    (two := TWO_ASIDES_BEFORE.search(text, usable[0].start, trigger_at)) is not None:
                # "The finance ministers of the G8, the world's eight richest countries, after years of pressure,
                # have agreed": two asides in a row
                appositive = two
                kept = [m for m in usable if m.end <= appositive.start()]
            usable = kept
            if not usable or re.search(r",\s*[^\W\d]", text[usable[-1].end:appositive.start()]):
                return []  # "..., saying the money would provide": the subject is not the last name named
        unit_end: dict[int, int] = {}  # id(person) -> the end of the appositive that names the person's state
        if not forward:
            usable, unit_end = _office_appositives(text, usable)
        while usable:
            ordered = usable if forward else list(reversed(usable))
            group = [ordered[0]]
            for prev, m in zip(ordered, ordered[1:]):
                a, b = (prev, m) if forward else (m, prev)
                gap = text[unit_end.get(id(a), a.end):b.start]
                if not _coordination_gap(gap) or a.entity_id == b.entity_id and gap.strip():
                    # a name is not coordinated with itself: "oil to North Korea, and the North said" (one name
                    # inside another, "Irish" in "Irish Taoiseach", is one name)
                    break
                group.append(m)
            if forward:
                subject = group
            else:
                group.reverse()
                gaps = [text[a.end:b.start] for a, b in zip(group, group[1:])]
                if any("," in g for g in gaps) and not any(LIST_JOINER.search(g) for g in gaps) and \
                        not LIST_GOES_ON.match(text, group[-1].end) and \
                        WORDS_BEFORE_CHAIN.search(_sentence_tail(text, group[0].start)):
                    # "... with ties to al-Qaeda, the United Nations World Food Programme announced", "in Cairo, Egypt,
                    # Lula da Silva proposed": after other words, a comma with no "and" anywhere closes an aside, it
                    # lists nothing; the subject is what follows the last one. A chain that opens its sentence
                    # lists ("Russia, China, India agree to boost trade")
                    last = max(i for i, g in enumerate(gaps) if "," in g)
                    group = group[last + 1:]
                # objects of prepositions are not subjects: "the sides of the island of Cyprus have agreed";
                # then the subject is the group before them
                subject = [m for m in group if not PREPOSITION_BEFORE.search(text[max(0, m.start - 20):m.start])
                           or re.search(r"\b(?:like|including|such as)\s+$", text[max(0, m.start - 20):m.start])
                           or GROUP_OF.search(text, max(0, m.start - 40), m.start)
                           or (state_of := STATE_OF.search(text, max(0, m.start - 40), m.start)) is not None
                           and not OF_BEFORE.search(text, max(0, state_of.start() - 6), state_of.start())]
                first = group[0]
                lead = PREPOSITION_BEFORE.search(text[max(0, first.start - 20):first.start])
                if subject and subject[0] is not first and lead and not lead.group(0).lower().startswith("of") \
                        and len(group) > 1 and PLAIN_COORDINATION.fullmatch(text, first.end, group[1].start):
                    # "trade with China and Russia will help": Russia is the preposition's too ("the accession treaty
                    # of Bulgaria and Romania was signed" names the accord's parties and stays)
                    subject = []
            if subject:
                return list(dict.fromkeys(a for a in (self._acting_for(m, entities, day) for m in subject) if a))
            if forward:
                return []
            usable = usable[:len(usable) - len(group)]
        return []

    def _speaker_actors(self, offset: int, doc_quotes: list[Quote], entities: dict[str, EntityRecord],
                        day: dt.date | None) -> list[str]:
        """The actor the speaker of the quotation around `offset` stands for, if any (a private person: none)."""
        speaker = self._speaker_of(offset, doc_quotes)
        if speaker is None:
            return []
        actor = self._acting_for(Mention(speaker, 0, 0, "name", 1.0, 0), entities, day)
        return [actor] if actor else []

    def _said_by(self, text: str, sent: Sentence, said: re.Match, before: list[Mention],
                 entities: dict[str, EntityRecord], day: dt.date | None) -> list[str]:
        """The actors named before the reporting verb `said` (a match in the sentence's text) of this sentence."""
        said_at = sent.start + said.start()
        return self._group(text, [m for m in before if m.end <= said_at], entities, day, forward=False,
                           trigger_at=said_at)

    def _speaker_of(self, offset: int, doc_quotes: list[Quote]) -> str | None:
        quote = _quote_at(offset, doc_quotes)
        return quote.speaker if quote is not None else None

    def _action(self, s_text: str, t_end: int) -> str:
        rest = s_text[t_end:]
        m = _ACTION_END.search(rest)
        while m is not None and m.group(0) in QUOTE_MARKS and OPENING_QUOTE.search(rest, 0, m.start()):
            # the mark that closes a quotation opened inside the action: 'an "immediate and full withdrawal" of'
            opened = len(OPENING_QUOTE.findall(rest, 0, m.start()))
            closed = sum(1 for c in rest[:m.start()] if c in QUOTE_MARKS) - opened
            if opened <= closed:
                break
            m = _ACTION_END.search(rest, m.end())
        return " ".join(rest[: m.start() if m else len(rest)].split())[:300]

    def _category(self, s_text: str, trigger: Trigger, action_text: str = "") -> str:
        """The category of the first keyword (in lexicon order) of what is committed to, else of the sentence."""
        categories = self.lexicon.categories
        for scope in (action_text, s_text):
            low = scope.lower()
            if not self.lexicon.any_category_keyword(low):
                continue  # the pattern matches keywords only: none is in the text, nothing to find
            present = {m.group(1) for m in self.lexicon.category_pattern.finditer(low)}
            for keyword, category in categories:
                if keyword in present:
                    return category
        return trigger.category_hint or "other"

