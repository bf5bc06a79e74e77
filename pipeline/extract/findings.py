"""Finding (relation) extraction: who does what to whom, sentence by sentence.

Rule-based on purpose (no parser model can be loaded offline here). For every sentence with at least
two grounded participants the extractor looks at each pair of entities, picks the best pair of their
mentions, and reads the text between (and around) them:

* trigger words carry a predicate class and a sign ("inhibited" -> inhibits, -; "promote" -> +);
  several triggers compose by multiplying signs, so "antibody against IL-1alpha inhibited IL-6" and
  "interfering with RANKL ... seemed to block tumor progression" come out positive for the subject;
* passives ("B was induced by A"), nominalisations ("induction of B by A") and hyphenated
  participles ("A-induced B") decide which mention is subject;
* coordinations ("IL-6, IL-8, and MMP3") share the trigger; a bare list between two mentions means
  they are coordinated, not related; "but not X" gives a negated finding for X;
* negation (not, no, did not, failed to, ...) and hedging (suggests, may, might, could, appears to,
  potentially, likely, ...) are flags on the finding; organism comes from species words in the
  sentence up to the end of the finding's clause, else from the article's study context.

Abstracts (``source_kind == "abstract"``) also pass through two document-level models fitted on BioRED
Train by ``scripts/train_findings.py`` (weights and thresholds in seeds/lexicons/findings_model.tsv): a
pair model drops stated findings of unlikely pairs and adds likely pairs no sentence states; a
direction model (+ / - / undirected) signs the pairs no sentence gives a sign
(``positively_correlated`` / ``negatively_correlated``).

Predicate vocabulary (direction in brackets): increases (+), decreases (-), activates (+),
inhibits (-), produces (+), binds (0), associated_with (0); document level only: positively_correlated (+),
negatively_correlated (-).
See notes/findings.md for the figures and the decisions behind them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from pipeline.extract.entities import NEOPLASM
from pipeline.ids import stable_id
from pipeline.lexicon_files import lexicon_dir, read_tsv
from pipeline.model import CleanArticle, Entity, Finding, Mention, Sentence


def _model_digest() -> str:
    """Short hash of the document-level model file, so refitting it re-extracts findings."""
    import hashlib

    from pipeline.lexicon_files import DEFAULT_LEXICON_DIR, lexicon_path

    path = lexicon_path("findings_model.tsv")
    if not path.exists():
        path = DEFAULT_LEXICON_DIR / "findings_model.tsv"
    return hashlib.sha256(path.read_bytes()).hexdigest()[:8] if path.exists() else "none"


VERSION = "99+model." + _model_digest()  # rule version + the fitted model file it reads

PREDICATES = {
    "increases": "+",
    "decreases": "-",
    "activates": "+",
    "inhibits": "-",
    "produces": "+",
    "binds": "0",
    "associated_with": "0",
    # document level (abstracts): the sign of a correlation the abstract implies without stating how
    # (BioRED's Positive_/Negative_Correlation), from the direction model
    "positively_correlated": "+",
    "negatively_correlated": "-",
}

# Entity types that take part in findings (species and cell lines only set the organism/context).
PARTICIPANT_TYPES = frozenset(
    {"gene", "protein_family", "chemical", "cell_type", "process", "disease", "variant"}
)

# ---------------------------------------------------------------------------------------------
# Trigger lexicon: (regex, class, sign). Class names map onto predicates in _predicate().
#   up: increases   act: activates   down: decreases   block: inhibits   prod: produces
#   assoc: associated_with   bind: binds   flip: a modifier that reverses the sign (loss of, anti-)
# ---------------------------------------------------------------------------------------------
# "have made fish oil supplementation less important", "can make insulin levels spike": a causative, not production
# verbs that hold something back ("helped hamper prostaglandin production"; "blunt instruments" is no verb)
_HINDER = r"hamper\w*|hinder\w*|curb(?:s|ed|ing)?\b|dampen\w*|thwart\w*|blunt(?:s|ed|ing)\b"
_CAUSATIVE = r"\s*(?:[\w-]+\s+){0,3}(?:less|more|spike|spikes|rise|fall|drop|possible|worse|better|harder|easier)\b"
_CLASS_NOUN = r"(?:inhibitors?|antagonists?|blockers?|blockade)"
# nouns that name a kind of drug ("the anti-seizure drug", "anti-hormone treatments")
_DRUG_KIND = r"(?:drugs?|medications?|medicines?|pills?|agents?|treatments?|therap(?:y|ies))"
_CLASS_NOUN_WORD = re.compile(rf"\s*-?{_CLASS_NOUN}", re.IGNORECASE)
_T: list[tuple[str, str, int]] = [
    # positive
    (r"increas(?!ingly\b)\w*|elevat\w*|rais(?:e|es|ed|ing)|augment\w*|enhanc\w*|boost\w*|amplif\w*", "up", 1),
    (r"up-?regulat\w*|overexpress\w*|over-expression|accumulat\w*", "up", 1),
    # "too much insulin can cause low blood sugar": causing a low level lowers it
    (r"(?:caus(?:e|es|ed|ing)|lead(?:s|ing)? to|led to)\s+(?:abnormally\s+|dangerously\s+|very\s+)?low\b", "down", -1),
    # "glucagon prevents low blood sugar": preventing a low level keeps it up (not "prevent low-grade cancer")
    (r"(?:prevent(?:s|ed|ing)?|avoid(?:s|ed|ing)?)\s+(?:abnormally\s+|dangerously\s+|very\s+)?low\b(?!-)", "up", 1),
    (r"induc\w*|trigger\w*|provok\w*|evok\w*|elicit\w*|stimulat\w*|potentiat\w*", "up", 1),
    (r"promot\w*|facilitat\w*|favou?r\w*|accelerat\w*|hasten\w*|intensif\w*|exacerbat\w*|pav(?:e|es|ed|ing) the way for",
     "up", 1),
    (r"aggravat\w*|worsen\w*|worse\b|driv(?:e|es|en|ing)|drove|fuel\w*|spur\w*|prompt\w*", "up", 1),
    # "inflammation is known to help tumor cells grow": helping is a raise when its object follows at once
    # (the masked entity ends the text) or a growth verb does; "helps to reduce" leaves it to the next verb
    (r"help(?:s|ed|ing)?(?=\s*$| (?:[\w-]+ ){1,3}?(?:to )?(?:grow|spread|surviv|proliferat|invad|metastasi))", "up", 1),
    # "a barrier that lets prostate cancer spread": letting is a raise only with its object right after it
    (r"(?:let|lets|allow(?:s|ed|ing)?|enabl(?:e|es|ed|ing)|permit(?:s|ted|ting)?)(?=\s*$)", "up", 1),
    (
        # not "death from any cause", "all-cause mortality": no cause is named
        r"(?<!\bany )(?<!\ball )(?<!\bother )(?<!all-)caus(?:e|es|ed|ing|ative)|lead(?:s|ing)? to|led to|result\w* in|give[sn]? rise to|gave rise to",
        "up",
        1,
    ),
    (
        r"contribut\w* to|responsible for|required for|requires?|necessary for|essential for|needed for",
        "up",
        1,
    ),
    (r"(?:is|was|are|were|be) (?:the |a )?key (?:to|for|in)|key (?:role|factor|driver|mediator)", "up", 1),
    (r"important (?:role|factor|mediator)|crucial (?:role|for)|critical (?:role|for)", "up", 1),
    (r"translat\w* (?:in)?to an? increase|more effective|more likely|more sensitive|sensiti[sz]\w*", "up", 1),
    # "patients taking briakinumab had more serious infections": the counterpart of "had fewer"
    ((r"(?:had|have|has|having|showed|experienced|developed|suffered)\s+(?:significantly\s+|substantially\s+|far\s+|"
     r"slightly\s+|many\s+|much\s+)?(?:more|higher|greater)\b(?!\s+(?:than|success|benefit|luck|time)\b)"), "up", 1),
    (r"activat\w*|turn(?:s|ed)? on|switch(?:es|ed)? on|phosphorylat\w*", "act", 1),
    (r"-(?:induced|mediated|driven|dependent|stimulated|triggered|activated|evoked|associated)", "up", 1),
    (
        (rf"produc(?:e|es|ed|ing|tion)|secret\w*|releas\w*|synthesi[sz]\w*|mak(?:e|es|ing) (?!(?:them|it|him|her|us|you|people|up)\b|(?:a|no) difference\b|{_CAUSATIVE})(?:a |the )?\w*|"
        rf"(?<!-)made(?!\s+(?:from|of|with|up|into)\b|{_CAUSATIVE})"),
        "prod",
        1,
    ),
    (r"express(?:es|ed|ing)?|source of", "prod", 1),
    # "Ibuprofen puts people at risk of bleeds"
    ((r"risk factor|predispos\w*|susceptib\w*|put(?:s|ting)? (?:\w+ ){1,2}at (?:(?:greater|higher|increased) )?risk|"
      # "They carry the risk of long-term side effects", "poses a risk to"
      r"(?:carr(?:y|ies|ied|ying)|pos(?:e|es|ed|ing))\s+(?:an?\s+|the\s+)?"
      r"(?:(?!(?:lower|reduced|less|smaller|decreased|no|little)\b)[\w-]+\s+)?risks?\s+(?:of|for|to)\b"),
     "up", 1),
    # "BRCA1 carriers have a higher risk of breast cancer", "they are at a very high risk for ovarian cancer", "the
    # greater her exposure to estrogen, the higher her risk of"; not a population ("for people at high risk of B")
    ((r"(?:\b(?:are|is|was|were|be|been|remains?|remained)\s+(?:\w+\s+)?at\s+(?:an?\s+)?(?:\w+\s+)?|"
     r"\b(?:have|has|had|having|face[sd]?|facing|carr(?:y|ies|ied|ying)|with)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}|"
     r"\bthe\s+(?:(?:her|his|their|its|your|one's)\s+)?(?=(?:higher|greater)\b))"
     r"(?:higher|greater|high|heightened|elevated) (?:\w+ )?(?:risks?|odds|chances?|likelihood|incidence) (?:of|for)"),
     "up", 1),
    # negative
    (
        # (the noun "drop in": "resulted in a 16.1 mm Hg drop in systolic blood pressure")
        (r"decreas\w*|reduc\w*|shr[iu]nk\w*|shrank|lower\w*|diminish\w*|attenuat\w*|declin\w*|impair(?!ments?\b(?! of))\w*|weaken\w*|"
         r"drops?(?=\s+in\b)"),
        "down",
        -1,
    ),
    # the news' words for lowering: "produced 41 percent fewer infections", "drive down the risk", "cuts the risk"
    (
        # ("less likely to develop dementia", not "less likely to constrict when exposed to an allergen")
        # ("the less likely he or she was to die of")
        (r"fewer|less (?:likely|often)(?= (?:than [^,;]{1,40} )?(?:(?:he|she|he or she|they|one|people|patients|"
        r"participants|women|men|you|we) (?:was|were|is|are|would be|will be) )?to (?:have |be )?"
        r"(?:develop|ha[vd]|get|die|dying|"
        r"suffer|experienc|diagnos|infect|contract|need|requir|catch))|driv(?:e|es|en|ing) down|drove down|slash\w*|"
        # "do the job with less risk of causing uterine cancer"
        r"less\s+(?:of\s+an?\s+)?risk|"
        # "was linked to less allergy", "associated with less depression"
        r"(?:(?<=linked to )|(?<=associated with )|(?<=correlated with )|(?<=related to )|(?<=led to )|(?<=leads to )|"
        r"(?<=resulted in )|(?<=results in ))less\b(?!\s+(?:than|of|likely|often)\b)|"
        r"cut(?:s|ting)? (?:the |their |your |its |his |her |[\w-]+['’]s? )?(?:risk|rate|odds|chance|incidence|number|levels?)|"
        # "Colonoscopy cut colon cancer deaths by half", "halved the risk": the verb right before what it lowers
        r"cut(?:s|ting)?(?=\s*(?:E\b|$))|halv(?:e|es|ed|ing)\b"),
        "down",
        -1,
    ),
    # ("The message for folic acid has been a little bit lost," said ...: nothing named is lost)
    ((r"down-?regulat\w*|repress\w*|silenc\w*|deplet\w*|degrad\w*|los[se] of|lost\b(?![\s\"”’']*[,.;:!?])|abolish\w*|"
     r"abrogat\w*"), "down", -1),
    # "can result in long-term freedom from insulin injections", "left them free of seizures"
    (r"freedom\s+from|free\s+(?:of|from)", "down", -1),
    # ("weight loss surgery", "hair loss drugs": the loss names what the noun after it is for)
    ((r"turn(?:s|ed|ing)? off|shut(?:s|ting)? (?:off|down)|switch(?:es|ed)? off|cut(?:s|ting)? off|"
      r"loss(?![\s-]+(?:surger(?:y|ies)|drugs?|medications?|pills?|products?|supplements?|programs?|programmes?|"
      r"industry|diets?|plans?|treatments?|procedures?|operations?|interventions?)\b)"), "down", -1),
    # ("preventable death" is a kind of death; "blockages" are a thing; so are "linkage disequilibrium blocks" and
    # "blockbuster drugs")
    (
        (r"inhibit\w*|suppress\w*|(?<!disequilibrium )(?<!haplotype )block(?!ages?\b(?!\s+of\b)|ers?\b|buster)\w*|prevent(?!ab)\w*|antagoni[sz]\w*|counteract\w*|"
        r"revers\w*"),
        "block",
        -1,
    ),
    (r"kill(?:s|ed|ing)?\b|destroy\w*|destruction\s+of|eradicat\w*|wipe[sd]? out", "block", -1),
    # "boost a body's natural defense against a tumor": the defence acts against what follows
    (r"(?:defen[cs]es?|immunity|immune\s+(?:responses?|attacks?))\s+against", "block", -1),
    # "Maternal vaccination was 64% effective against RSV-associated hospitalization"; "could make steroid creams
    # more effective for people with psoriasis" (treats it better, not "more" of it)
    ((r"more\s+effective\s+(?:for|in)\s+(?:people|patients|those|women|men|children|adults|individuals)\s+"
      r"(?:with|who\s+have)"), "block", -1),
    (r"(?<!more )(?<!less )effective\s+(?:against|in\s+preventing|at\s+preventing)", "block", -1),
    # "interferes with the liver's ability to clear bad cholesterol": a body's clearing lowers what it clears (the
    # verb only after ability or capacity: "it is clear that" is no verb)
    # (not after "inability", "in ability": "caused by the body's inability to break down sugars")
    ((r"(?<!inability to )(?<!in ability to )(?<=ability to )(?:clear|remove|break down|excrete)\b|"
      r"(?<=capacity to )(?:clear|remove|break down|excrete)\b"), "down", -1),
    (r"imped(?:e|es|ed|ing)\b|(?:stav|ward|fend)(?:e|es|ed|ing|s)? off", "block", -1),  # "help stave off depression"
    # "antibiotics used to fight pathogens that cause pneumonia" (the verb, not the noun: "the fight against")
    (r"(?<!the )(?<!a )(?<!their )(?<!his )(?<!her )(?<!its )(?:fight(?:s|ing)?|fought)\b(?![\s-]+or\b)", "block", -1),
    (_HINDER, "block", -1),
    (
        # "improve treatment of depression" is one step against the disease, not two signs that cancel
        (
            r"improv\w* (?:the )?(?:treatment|therapy|management|care|outcomes?) (?:of|for)|"
            # ("should slow the healing of tennis elbow": two steps, so the elbow is kept; not "a self-healing process")
            r"alleviat\w*|ameliorat\w*|protect\w*|reliev\w*|rescu\w*|restor\w*|improv\w*|treat(?:s|ing)\b|treatment of|"
            r"heal(?:s|ed)?\b|(?<!-)healing\s+of\b|"
            # "resolved inflammation faster" (the verb; not "unresolved", nor "resolved to" a plan)
            r"(?<![\w-])resolv(?:e|es|ed|ing)\b(?!\s+to\b)|"
            # the bare verb after "to" or a modal ("used to treat", "drugs that treat"), not the noun ("a treat")
            r"(?:(?<=to )|(?<=that )|(?<=which )|(?<=can )|(?<=may )|(?<=could )|(?<=will )|(?<=would )|(?<=might )|"
            r"(?<=help )|(?<=helps )|(?<=helped ))treat\b|"
            # "eased depression", "may help ease the anxiety" (not the noun: "with ease")
            r"eas(?:es|ed|ing)\b|(?:(?<=help )|(?<=helps )|(?<=to )|(?<=can )|(?<=may )|(?<=could )|(?<=might ))ease\b"
        ),
        "block",
        -1,
    ),
    (
        # ("has been slow to catch on": an adjective of pace)
        # ("consuming alcohol within recommended limits": a bound, no verb)
        r"halt\w*|stop\w*|slow(?!\s+to\b)\w*|(?<!within )(?<!recommended )(?<!safe )limit\w*|restrain\w*|restrict\w*|disrupt\w*|interfer\w*|eliminat\w*",
        "block",
        -1,
    ),
    # ("a therapy for reducing pain": one step against the pain, the verb's; not two signs that cancel)
    ((r"keeps? \w+(?: \w+)? from|kept \w+(?: \w+)? from|resistan\w* to|(?:therap\w* (?:of|for)|"
      # what the agent is said to be ("X is an effective treatment for D", "X, a standard treatment for D"); not a
      # treatment someone seeks, compares or recommends, nor advice or a withdrawal ("should be the preferred
      # treatment for", "phased out as a treatment for")
      r"(?:(?<!should )(?<!must )(?<!out )(?<!withdrawn )\b(?:is|are|was|were|be|been|being|as|remains?|remained|"
      r"became|becomes?|become)"
      r"|(?<=,)\s+(?:an?|the))\s+(?:(?!to\b)[\w-]+\s+){0,4}?treatments?\s+for)"
      r"(?!\s+(?:reduc|lower|treat|prevent|reliev|eas|alleviat|manag|control|cut)\w*)"), "block", -1),
    (
        r"neutrali[sz]\w*|knock(?:ed)?[- ]?down|knock(?:ed)?[- ]?out|delet\w*|ablat\w*|defici\w*|lack\w*|cessation",
        "down",
        -1,
    ),
    (
        (
            r"-(?:null|negative|deficient)|\(?-/-\)?|inactivat\w*|absence of|sh?RNA|siRNA|"
            r"antibod\w* (?:against|to)|"
            # (not the name of a kind of drug: "standard anti-hormone treatments lowered the risk")
            # nor a property or a molecule it describes: "anti-inflammatory effects in addition to lowering
            # cholesterol", "the anti-inflammatory molecule IL-10")
            rf"anti-(?=\w)(?![\w-]+\s+(?:{_DRUG_KIND}|effects?|properties|molecules?|cytokines?|proteins?)\b)"
        ),
        "down",
        -1,
    ),
    # a class noun is a trigger after its target ("RANKL inhibitors", "IL-1 blockade") or before "of"; "beta blockers",
    # "ACE inhibitors" name drugs, listed like any other
    (
        rf"(?:^\s*-?|(?<=E )|(?<=E-)){_CLASS_NOUN}(?![a-z])|(?<![a-z]){_CLASS_NOUN}(?=\s+(?:of|against|to)\b)",
        "block",
        -1,
    ),
    # undirected
    (
        (
            r"(?:deletions?|insertions?|duplications?|mutations?|mutants?|variants?|polymorphisms?|"
            r"substitutions?|truncations?|alleles?)\s+(?:in|of|within|at)"
        ),
        "assoc",
        0,
    ),
    # ("PD-1, its related PD-L1, or CTLA-4": an adjective after a determiner)
    ((r"associat\w*|correlat\w*|link\w*|(?<!its )(?<!their )(?<!the )(?<!a )related|relation\w*|involv\w*|implicat\w*|"
      r"participat\w*"), "assoc", 0),
    (
        r"affect\w*|effects? (?:on|of)|impact on|influenc\w*|modulat\w*|alter(?:s|ed|ing)?\b|role (?:of|for|in)|connected to|mutation\w*|variant\w*|(?:bio)?marker|predict\w*|factors? (?:in|of)\b|target\w*|(?:dys|de|mis)?regulat(?!ors?\b(?!\s+of\b))\w*",
        "assoc",
        0,
    ),
    # (not "social interactions", a behaviour listed among others)
    (r"bind\w*|bound|(?<!social )interact\w*|complex(?:es)? with|dimeri[sz]\w*|recruit\w*", "bind", 0),
]
_TRIGGERS = [
    (re.compile(r"(?<!\w)(?:" + p + ")" if not p.startswith("-") else p, re.IGNORECASE), c, s) for p, c, s in _T
]

_NOT_INSIDE = re.compile(r"\b(?:not|no)\b", re.IGNORECASE)  # (not "never": "does not mean X is never a treatment")
_NEG = re.compile(
    # ("the No. 1 risk factor", "No 2": a rank)
    r"\b(?:not(?!\s+only)|no(?!\s+longer\s+only)(?!\.?\s*\d)|never|neither|nor|without|cannot|can't|didn't|doesn't|don't|"
    r"wasn't|weren't|"
    r"isn't|aren't|failed to|fails to|unable to|lack of effect|did not|does not|do not|"
    # ("good at killing bacteria but bad at fighting cancer")
    r"was not|were not|had no|has no|have no|no longer|bad at|poor at)\b"
    # "Cancers don't always cause inflammation": a qualifier, not a negation
    r"(?!\s+(?:always|necessarily|only|just|merely)\b)",
    re.IGNORECASE,
)
_UNPROVEN = r"to\s+be\s+(?:proven|proved|seen|shown|determined|established|confirmed|demonstrated|tested)"
_HEDGE = re.compile(
    # ("66 people would have to get tranexamic acid to prevent one death": a trial's number needed to treat)
    # ("Current guidelines suggest cholesterol be treated with statins": a recommendation)
    r"\b(?:(?<!guidelines )suggest\w*|(?-i:may)|might|could|would(?!\s+(?:have|need)\s+to\s+(?!be\b))|appear\w* to|appears|seem\w*|potential\w*|(?<!more )(?<!less )(?:likely(?!\s+to\b)|(?<!as )likely)|possibl\w*|"
    r"perhaps|maybe|presumabl\w*|hypothes\w*|theori[sz]\w*|propos\w*|speculat\w*|suspect\w*|putative\w*|whether|"
    r"apparently|"
    # "A randomized trial is needed to prove that ...", "too small to reach any definitive conclusion about",
    # "studies have raised questions on the effectiveness of colonoscopy ... on reducing risk"
    r"need(?:s|ed)?\s+to\s+(?:prove|confirm|establish|show|determine)|too\s+small\s+to|definitive\s+conclusions?|"
    # ("No one knows exactly how massage works to relieve pain" grants that it does)
    r"(?:(?:no\s+one|nobody)\s+(?:yet\s+)?knows|not\s+(?:yet\s+)?known)\s+(?:whether|if)|"
    r"rais(?:e|es|ed|ing)\s+(?:\w+\s+)?questions?\s+(?:on|about|over|regarding|as\s+to)|"
    r"believed|thought to|unclear|(?:less|not\s+(?:yet\s+|entirely\s+|completely\s+)?)clear|mixed results|explor\w*|"
    # "experts had long thought that pain had to be reduced"
    r"(?:had|have|has|long|once|previously|commonly|widely)\s+(?:long\s+)?thought\b|thought\s+that|"
    r"(?:not|never|\w+n't)\s+(?:always|necessarily)|"
    # "the study couldn't prove that more exercise caused ...": unproven, not denied
    r"(?:not|cannot|\w+n't)\s+(?:yet\s+)?prove|"
    r"raise[sd]? the possibility|bet(?:s|ting)? that|"
    # "it is way too early to say that statins lower risk", "studies are needed before researchers can say that",
    # "Many think that plantar fasciitis is caused by heel spurs"
    r"(?:too\s+early|premature)\s+(?:at\s+this\s+point\s+)?to\s+(?:say|tell|know|conclude)|"
    r"before\s+(?:[\w-]+\s+){0,2}can\s+(?:say|conclude|know|be\s+sure)|"
    r"(?:many|some|most)\s+(?:people\s+|doctors\s+|experts\s+|patients\s+)?(?:think|believe|assume)|"
    # a prediction ("newer drugs should reduce the risk of dementia even more") and a seller's claim ("The company
    # claims liquid vitamins can stave off headaches")
    r"should\s+(?:\w+ly\s+)?(?:also\s+)?(?:reduce|lower|cut|prevent|improve|increase|raise|decrease|boost|help)|"
    r"(?:company|companies|maker|makers|manufacturers?|firm|advocates|proponents|marketers|ads?|website|labels?)\s+"
    r"(?:\w+\s+)?claim(?:s|ed)?|"
    r"purported\w*|allegedly|supposedly|"
    # "even if deep brain stimulation turns out to be an effective treatment", "even if statins do turn out to help",
    # "cautiously optimistic that" (not "at high risk even if cholesterol levels are low")
    r"even\s+if\s+(?:[\w-]+\s+){0,3}?(?:turns?|turned|do|does|did)\s+(?:out|prove)|(?:optimistic|hopeful)[\"”]?\s+that|"
    # "shows great promise as a treatment", "a promising tool in treating" (not "a promising new class of drugs")
    r"promising\s+(?:[\w-]+\s+)?(?:tool|treatment|therapy|approach|candidate|option|drug|way|strategy)|"
    r"(?:show|hold|offer)\w*\s+(?:\w+\s+)?promise|"
    rf"(?:remains?|remained|yet|has|have)\s+(?:still\s+)?{_UNPROVEN})\b",
    re.IGNORECASE,
)
_COLON = re.compile(r":\s")
_NO_LONGER_SIGNIFICANT = re.compile(
    r"\b(?:association|link|relationship|correlation|difference|effect|benefit|reduction|increase)s?\s+"
    r"(?:was|were|is|are|became)\s+no\s+longer\s+(?:statistically\s+)?significant",
    re.IGNORECASE,
)
_PASSIVE_BY = re.compile(r"^\s*(?:\w+ly\s+)?(?:by|upon|following|in response to|after)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(
    r";|, (?:whereas|while|but|although|however)\b|\b(?:whereas|while)\b", re.IGNORECASE
)
# (also after a parenthesis on the participant: "arrhythmias (abnormal heartbeats), which can lead to")
_RELATIVE = re.compile(r"^[\s*_]*(?:\([^()]{0,60}\)\s*)?,?\s*(?:which|that|who|whose|where)\b", re.IGNORECASE)
# the relative clause right after a participant, or after its apposition ("statins, the widely prescribed drugs which")
_RELATIVE_AFTER_FIRST = re.compile(
    r"[\s*_]*(?:,\s*(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?)?(?:which|who)\b|"
    # an apposition telling what it is for: "diazepam, a drug commonly used to treat anxiety in people"
    r",\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:used|approved|prescribed|given|taken|designed|developed)\s+(?:to|for)\b|"
    # "the death of neurons that produce dopamine", "statins – drugs used for reducing cholesterol –"
    r"\s+that\s+(?!is\b|was\b)|\s+(?:[–—]|--|-(?=\s))\s*)",
    re.IGNORECASE,
)
_DASHES = ("–", "—", "--", "-")
_DASH_MARK = r"(?:[–—]|--|(?<=\s)-(?=\s))"  # (a hyphen between spaces is a dash too)
# (an aside opening right after a mention: the gap may start at the hyphen, with no space before it)
_DASH_OPEN = r"(?:[–—]|--|-(?=\s))"
_ASIDE_EXAMPLES = re.compile(r"\s*(?:including|such as|like|especially|particularly|notably|mainly|mostly)\b", re.IGNORECASE)
_THERE_MIGHT_BE = re.compile(r"\bthere\s+(?:might|may|could)\s+(?:also\s+)?be\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_NOMINAL_LINK = re.compile(
    r"\b(?:links?|associations?|connections?|relationships?)\s+(?:between|of|to|with)\b|-(?:related|associated|linked)\b",
    re.IGNORECASE,
)
_CLOSED_ASIDE = re.compile(rf"{_DASH_MARK}[^–—]*?{_DASH_MARK}")
_DASH_ASIDE = re.compile(rf"\s*{_DASH_OPEN}[^–—]*?{_DASH_MARK}\s*")
_DASH = re.compile(_DASH_MARK)
# "In findings that could pry open a door ..., researchers have found that X eases Y": the report starts the clause
_FOUND_THAT = re.compile(
    r",\s*(?:the\s+)?(?:researchers|scientists|investigators|they|the\s+study|the\s+team|doctors)\s+(?:have\s+|had\s+)?"
    r"(?:found|showed|shown|reported|discovered|demonstrated)\s+that\b",
    re.IGNORECASE,
)
# "steam baths are said to reduce stress, fight infections", "are often touted as a way to": a claim
_SAID_TO = re.compile(
    r"\b(?:is|are|was|were|been|being)\s+(?:often\s+|widely\s+|commonly\s+|also\s+)?"
    r"(?:said|claimed|touted|purported|reputed|rumou?red)\s+(?:to|as)\b",
    re.IGNORECASE,
)
# "Cannabis could have limited benefits, said Dr. Hill, who authored the study that found benefits in using medical
# marijuana to treat chronic pain": a who-clause that opens before the finding and is still open at its first
# participant tells a fact of its own (a "which" clause goes on with the claim)
_OPEN_RELATIVE_BEFORE = re.compile(r",\s*(?:who|whose)\b[^,;]*$", re.IGNORECASE)
# "A ablation had no influence on X, but attenuated B": a negated verb phrase of A, then "but" and a second verb
# phrase whose subject is still A; only the second one reaches B, and the negation stays in the first
_NEGATED_THEN_BUT = re.compile(
    r"\b(?:(?:had|has|have|showed|shows|exerted|produced|caused)\s+no|(?:did|does|do|could|would|was|were|is|are)"
    r"\s+not|failed\s+to)\b.*?,?\s+but\s+(?!not\b|also\b|rather\b|only\b|instead\b)(?=(?:\w+ly\s+)?[a-z]+(?:ed|es)\b)",
    re.IGNORECASE,
)
# an aside after g1 that says what it is used for, and the main verb of g1 after it ("an inhaled drug called
# iloprost, approved to treat pulmonary hypertension might also prevent lung cancer")
_USE_ASIDE = re.compile(
    r"\s*,\s*(?:an?\s+(?:[\w-]+\s+){0,3}?)?(?:approved|used|designed|developed|prescribed|given|taken|sold|marketed|"
    r"meant|intended)\s+(?:to|for)\s+(?:[\w-]+\s+){0,3}",
    re.IGNORECASE,
)
_MAIN_VERB_AFTER_ASIDE = re.compile(
    r"\s*,?\s*(?:(?:also|actually|now)\s+)?(?:may|might|can|could|will|would|should|does|did|has|have|had)\b"
    # or a finite verb right after the aside's closing comma ("diazepam, a drug used to treat anxiety, lowered B")
    r"|\s*,\s*(?:\w+ly\s+)?\w+ed\b",
    re.IGNORECASE,
)
# a colon, then the figure that restates an effect just named ("a protective effect: about 4% lower odds")
_RESTATED_FIGURE = re.compile(r"(?:(?! E )[^:])*:\s*(?:(?:about|nearly|roughly|some|an?)\s+)?[\d.,]+\s*(?:%|percent)?\s*", re.IGNORECASE)
# a trigger that ends in a word for a low level ("cause low", "causes reduced")
_LOW_END = re.compile(r"\b(?:low|lower|reduced|decreased|diminished|poor)$", re.IGNORECASE)
# a second reported clause ("suggest that A plays a role in B and that anti-inflammatory therapy may be useful for
# treating C"), unless a pronoun takes g1 up again ("didn't seem to help A, and that it barely alleviates B")
_REPORTED_CLAUSE = r"(?:that|whether|if)\b(?!\s+(?:it|they)\b)"
# (also after the dash that closes an aside: "to lower A — a risk factor for B — and are credited with ..."; not
# before a second reported clause)
_VERB_COORD = re.compile(rf"^\s*(?:[—–]\s*)?,?\s*(?:and|but|while|whereas)\s(?!\s*{_REPORTED_CLAUSE})", re.IGNORECASE)
_SECOND_REPORTED_CLAUSE = re.compile(rf"\s*,?\s*(?:and|but|or)\s+{_REPORTED_CLAUSE}", re.IGNORECASE)
_SYMMETRIC = re.compile(
    r"(?:association|correlation|interaction|relationship|link|binding|complex|relation)s?\s+"
    r"(?:between|of|among)\s*$",
    re.IGNORECASE,
)

# Species words -> NCBI Taxonomy CURIEs (the sentence is searched first, then the article).
_SPECIES_WORDS = [
    (r"mice|mouse|murine|mus musculus", "NCBITaxon:10090"),
    (r"rats?|rattus", "NCBITaxon:10116"),
    (r"zebrafish|danio", "NCBITaxon:7955"),
    (r"drosophila|fruit flies|fruit fly", "NCBITaxon:7227"),
    (r"c\. elegans|caenorhabditis", "NCBITaxon:6239"),
    (r"yeast|saccharomyces", "NCBITaxon:4932"),
    (
        (r"patients?|humans?|women|woman|men|man|people|persons?|individuals?|volunteers?|"
        r"participants?|children|infants?|adults?|subjects?|families|homo sapiens|"
        r"diabetics|asthmatics|smokers|survivors|babies|newborns|teenagers|teens|seniors|americans|"
        r"hela|mcf-?7|mda-mb-\d+|hek-?293\w*"),
        "NCBITaxon:9606",
    ),
]
# One pass over the text for all species (the group that matched names the taxon).
# the look-ahead on first letters skips most positions cheaply; the letters are the words' own (no alternative
# holds a nested "|")
_SPECIES_FIRST = "".join(sorted({alt[0].lower() for words, _ in _SPECIES_WORDS for alt in words.split("|")}))
_SPECIES = re.compile(
    rf"\b(?=[{_SPECIES_FIRST}])(?:" + "|".join(f"(?P<t{i}>{words})" for i, (words, _) in enumerate(_SPECIES_WORDS)) + r")\b",
    re.IGNORECASE,
)
_SPECIES_TAXON = {f"t{i}": taxon for i, (_, taxon) in enumerate(_SPECIES_WORDS)}
_TAXON_MENTION = re.compile(r"^NCBITaxon:\d+$")
_HUMAN = "NCBITaxon:9606"


@dataclass(frozen=True, slots=True)
class _Span:
    start: int  # offsets into the sentence text
    end: int
    entity_id: str
    flip: bool = False  # stands for a blocker of the entity ("The drugs" = drugs that block CXCL)


@dataclass(slots=True)
class _Relation:
    subject: str
    object: str
    predicate: str
    direction: str
    negated: bool
    hedged: bool
    score: float
    hi: int = -1  # end of the later mention in the sentence (where the finding's clause ends), -1 unknown
    organism: str | None = None  # when set, overrides the sentence's organism


# ------------------------------------------------------------------------------------------------


def _shouting(text: str) -> bool:
    """The text is written in capitals (a headline), so a word in capitals is no name. Counted only for a trigger
    match in capitals, which is rare: _triggers runs on every span between two participants."""
    return sum(c.isupper() for c in text) > sum(c.islower() for c in text)


@lru_cache(maxsize=8192)
def _triggers(text: str) -> tuple[tuple[int, int, str, int], ...]:
    """Non-overlapping trigger matches in ``text``: (start, end, class, sign), left to right."""
    # (No combined pre-test: one alternation of all triggers costs more than the separate scans it saves.)
    found: list[tuple[int, int, str, int]] = []
    for rx, cls, sign in _TRIGGERS:
        for m in rx.finditer(text):
            if m.end() > m.start():
                if m.end() - m.start() >= 3 and m.group().isupper() and not _shouting(text):
                    continue  # a trial or project named by a verb ("the STOP-NIDDM trial", "PREVENT"), no trigger
                # a trigger ends with its word: "rais(?:e|es|ed)" stops at "raise" in "raised", and the text after a
                # trigger ("d by many conditions") must start where the word ends for "by" to mark a passive
                end = m.end()
                while end < len(text) and (text[end].isalnum() or text[end] == "_"):
                    end += 1
                found.append((m.start(), end, cls, sign))
    found.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    out: list[tuple[int, int, str, int]] = []
    for t in found:
        if out and t[0] < out[-1][1]:
            continue
        out.append(t)
    return tuple(out)


def _mask(text: str, spans: Sequence[_Span], lo: int, hi: int) -> str:
    """text[lo:hi] with every entity span inside replaced by 'E' (keeps the structure visible)."""
    out = []
    pos = lo
    for sp in spans:
        if sp.start >= lo and sp.end <= hi:
            if sp.start < pos:
                continue
            out.append(text[pos : sp.start])
            out.append(" E ")
            pos = sp.end
    out.append(text[pos:hi])
    return "".join(out)


def _predicate(classes: list[str], sign: int) -> tuple[str, str]:
    signed = [c for c in classes if c not in ("assoc", "bind")]
    if not signed:
        if "bind" in classes:
            return "binds", "0"
        return "associated_with", "0"
    main = signed[-1]
    if sign > 0:
        if main == "act":
            return "activates", "+"
        if main == "prod" and len(signed) == 1:
            return "produces", "+"
        return "increases", "+"
    if main == "block":
        return "inhibits", "-"
    return "decreases", "-"


def _merge_spans(text: str, spans: list[_Span]) -> list[_Span]:
    """Join 'long name (ABBR)' of one entity into one span; drop nested duplicates."""
    spans = sorted(spans, key=lambda s: (s.start, -s.end))
    out: list[_Span] = []
    for sp in spans:
        if out and sp.entity_id == out[-1].entity_id:
            prev = out[-1]
            gap = text[prev.end : sp.start]
            if sp.start <= prev.end or re.fullmatch(r"\s*[(\[]\s*", gap):
                end = max(prev.end, sp.end)
                if end < len(text) and text[end] in ")]":
                    end += 1
                out[-1] = _Span(prev.start, end, sp.entity_id, prev.flip or sp.flip)
                continue
        out.append(sp)
    return out


_EXAMPLES = re.compile(
    r"[\s*_]*,?\s*(?:including|such as|especially|particularly|notably|e\.g\.,?|namely)\s+(?:the\s+)?[*_]*",
    re.IGNORECASE,
)
_LIST_WORD = re.compile(r"\b(?:and|or|nor|plus|versus|vs)\b", re.IGNORECASE)
# "white blood cells, which patrol the body to fight infection, and platelets": the item after ", and" goes on the
# list the relative clause interrupted, not the one inside it
_CLAUSE_THEN_ITEM = re.compile(r"\s*,\s*(?:and|or)\s+(?:the\s+)?", re.IGNORECASE)
_LIST_GOES_ON = re.compile(r"\s*(?:,|\(|(?:and|or)\b)", re.IGNORECASE)
# "decreased PPARa expression, fatty acid oxidation, and UCP3 levels": what of each item is measured
_ITEM_NOMINAL = re.compile(
    r"\s+(?:mRNA|protein|expression|levels?|activity|activities|production|oxidation|synthesis|secretion|release|"
    r"signal(?:l?ing)?|concentrations?|content|uptake|phosphorylation)(?=\s*,)",
    re.IGNORECASE,
)
_GROUP_GAP = re.compile(
    # (no ";": "symptoms of cognitive decline; Alzheimer's disease is the most common cause" starts a clause)
    r"[)\]]?-?[*_]*\s*(?:,|/)?\s*(?:(?:and|or|and/or|as well as|but not|and not|not|nor|plus|versus|vs\.?)\s+)?"
    r"(?:the\s+)?[*_]*",
    re.IGNORECASE,
)
# "Slc7a1 and Slc7a7 (arginine transporters), Il4, Il5": a parenthesised class label inside a list; the list goes on
_LABEL_GAP = re.compile(
    r"(?:(?P<open>\s*\(\s*)[a-z][\w-]*|[\w-]*)(?:\s+[a-z][\w-]*){0,3}\s*\)\s*,\s*(?:(?:and|or)\s+)?(?:the\s+)?",
    re.IGNORECASE,
)
_ADJ_GAP = re.compile(r"[)\]]?[*_]*\s*,?\s*(?:and|or)\s+([a-z][a-z-]{3,})\s+", re.IGNORECASE)
_COMMA_MODIFIERS = re.compile(r"[)\]]?[*_]*\s*,\s*((?:[a-z][a-z-]{2,}\s+){1,3})")
# adjectives by their ending or a few common ones ("bloody diarrhea", "chronic lower", "severe anxiety"), not
# verbs of a list of clauses ("fight infections, clear hemorrhoids, regulate ...")
_ADJECTIVE = re.compile(
    r"[a-z-]+(?:ic|al|ous|ive|ed|y|ent|ant|ary|ular|ile|ful|less)|severe|extreme|certain|acute|mild|high|low|rare|"
    r"early|late|major|minor|benign|malignant|advanced|aggressive|sudden|serious|common|primary|secondary"
)
# change words that may stand before a list item besides the adjectives ("reduced", "high" already are)
_ITEM_CHANGE = re.compile(
    r"worsening|increasing|decreasing|declining|rising|falling|new|higher|lower", re.IGNORECASE
)
_NOT_ADJECTIVE = frozenset(
    [
        "while", "whilst", "only", "also", "very", "mostly", "mainly", "many", "any", "every", "they", "may", "why",
        "apply", "ally", "rely", "deny", "really", "usually", "especially", "particularly", "respectively", "notably",
        "namely",
    ]
)
_GAP_STOP = frozenset(
    [
        "were",
        "was",
        "are",
        "is",
        "been",
        "being",
        "have",
        "has",
        "had",
        "that",
        "which",
        "then",
        "also",
        "thus",
        "with",
        "from",
        "into",
        "than",
        "their",
        "these",
        "those",
        "this",
        "other",
        "more",
        "less",
        "both",
        "only",
        "even",
        "each",
        "some",
        "many",
        "most",
        "such",
        "after",
        "before",
        "during",
        # "to treat pain or taking non-steroidal anti-inflammatory drugs": another option, not an item of the list
        "taking",
        "using",
        "eating",
        "drinking",
    ]
)
_NEG_GAP = re.compile(r"\b(?:not|nor)\b", re.IGNORECASE)
_OR_GAP = re.compile(r"\s*,?\s*(?:or|nor)\s+", re.IGNORECASE)  # the exception goes on: "but not A or B"
_REVERSE = re.compile(
    r"\b(?:due to|because of|owing to|attributable to|as a result of|(?:an?|the)\s+(?:direct\s+)?(?:result|consequence) of|"
    r"caused by|mediated by|induced by|"
    r"driven by|triggered by|regulated by|produced by|secreted by|derived from|in response to|"
    r"(?:adverse|side|toxic) (?:effects?|events?|reactions?) of)\b",
    re.IGNORECASE,
)
_OWN_ABILITY_AFTER = re.compile(
    r"\s+(?:its|their|his|her)\s+(?:[\w-]+\s+)?(?:ability|capacity|power|tendency|potential|effects?|role|action)\b",
    re.IGNORECASE,
)
_NEITHER_BEFORE = re.compile(r"\bneither\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# a purpose before an intervening participant, then the main verb of the subject's holders ("take A to reduce B had
# a lower risk of C")
_PURPOSE_HEAD = re.compile(r"\s*(?:\w+\s+){0,2}?to\s+(?:help\s+)?[a-z]+\b", re.IGNORECASE)
_HOLDER_VERB = re.compile(
    r"\s*(?:also\s+)?(?:had|have|has|showed|were|was|are|experienced|developed|saw|faced)\b", re.IGNORECASE
)
# a verb coordinated after a passive's agent ("... is caused by X that attacks Y and can lead to")
_AND_THEN_VERB = re.compile(
    r"\band\s+(?:(?:can|could|may|might|will|would|often|also|then|eventually|ultimately|sometimes|in turn)\s+)*$",
    re.IGNORECASE,
)
_HYPHEN_CAUSE = re.compile(r"-(?:induced|caused|triggered|driven|related|associated)\s+", re.IGNORECASE)
_REDUCED_PASSIVE = re.compile(
    r"\s+(?:caused|induced|triggered|provoked|driven|mediated)\s+by\s+(?:the\s+)?(?:so-called\s+)?", re.IGNORECASE
)
_NEW_SUBJECT_MODAL = re.compile(
    # (not a pronoun standing for the subject, nor a time or manner: "and over time can lower")
    r"(?:,\s*|\b(?:and|but|while|whereas)\s+)(?!(?:over|in|at|with|after|for|by|then|also|thus|so|still|even|it|they|"
    r"this|these|that|those|he|she|we|which|who)\b)"
    r"(?:(?:the|some|many|other)\s+)?(?:[a-z-]+\s+){1,2}(?:can|may|might|could|will|would|should|must)\s+"
    r"(?:(?:\w+ly|also|help|now)\s+)*$",
    re.IGNORECASE,
)
_MODAL_VERB = re.compile(r"\b(?:can|may|might|could|will|would|should|must)\s+(?:\w+ly\s+)?[a-z]+\b", re.IGNORECASE)
_FROM_BEING_BY = re.compile(r"\bfrom\s+being\s+(?:\w+ly\s+)?\w+\s+by\s+(?:the\s+)?$", re.IGNORECASE)
# the last trigger opens a relative clause of an unnamed agent after the passive's "by"
_RELATIVE_THEN_VERB = re.compile(r"\b(?:that|which|who)\s+(?:(?:can|could|may|might|also|often|then)\s+)?$", re.IGNORECASE)
_EFFECT_BY = re.compile(
    r"\b(?:induced|caused|evoked|triggered|provoked|elicited)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_EXPOSED_IN = re.compile(
    r"\bin\s+(?:[\w-]+\s+){0,3}?(?:exposed to|challenged with|intoxicated with|poisoned with|treated with|"
    r"injected with)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "which is overexpressed in breast and pancreatic cancers", "is downregulated in the tumours of": where a gene's level
# is high or low, not what it causes
_EXPRESSED_IN = re.compile(
    r"(?:(?:over|under)-?express\w*|up-?regulat\w*|down-?regulat\w*)\s+in\s+(?:the\s+|many\s+|most\s+|some\s+)?"
    r"(?:[\w-]+\s+){0,3}?",
    re.IGNORECASE,
)
# "white blood cells increase during asthma attacks", "IL-6 levels rise in patients with sepsis": A changes where B is,
# B is not what A raises
_CHANGES_IN = re.compile(
    r"\s*,?\s*(?:(?:levels?|counts?|numbers?|concentrations?|expression|activity)\s+)?(?:also\s+|often\s+|usually\s+)?"
    r"(?:increase[sd]?|rises?|rose|risen|go(?:es)?\s+up|went\s+up|decrease[sd]?|declines?|declined|drop(?:s|ped)?|"
    r"falls?|fell|(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:elevated|increased|raised|reduced|decreased|lowered|higher|"
    r"lower))\s+(?:during|in|among|after)\s+(?:the\s+|many\s+|most\s+|some\s+)?(?:(?:[\w-]+\s+){0,3}?|"
    # "UCH-L1 was sharply elevated in rats with injuries designed to mimic both brain injury and stroke"
    r"(?:[\w-]+\s+)?(?:patients|people|rats|mice|animals|those|subjects|women|men|children)\s+with\s+(?:[\w-]+\s+){0,6}?)",
    re.IGNORECASE,
)
_TREATED_AFTER = re.compile(
    r"^[\s-]*(?:treated|administered|exposed|intoxicated|injected|challenged|poisoned)\b", re.IGNORECASE
)
_IN_END = re.compile(r"\bin\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_SUBJECT_GAP = re.compile(
    r"\s*(?:\([^()]*(?:\([^()]*\)[^()]*)*\)\s*)?,?\s*"
    r"(?:(?:\w+ly|also|has|have|had|was|were|is|are|to|not|did|does|may|might|could|can|would|further)\s+)*",
    re.IGNORECASE,
)
# a clause opened by "so" whose subject is a changed level: "..., so lower cholesterol levels in the body could"
_SO_LEVEL_OF = re.compile(
    r"\s*,?\s*(?:and\s+)?(?:so|thus|therefore|hence)\s+(?:lower|higher|low|high|reduced|increased|elevated)\s+",
    re.IGNORECASE,
)
_WHICH_GAP = re.compile(r"\s*,\s*(?:which|that)\s+", re.IGNORECASE)
_AUXILIARY_END = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_AFTER_LOSSES = re.compile(r"[\s-]*(?:deficiencies|depletions|deletions|losses|shortages|insufficiencies)\b",
                           re.IGNORECASE)
_AFTER_LOSS = re.compile(
    r"^(?:\s*\(-/-\)|-/-|-?(?-i:KO)\b|[\s-]*(?:knock-?out|knock-?down|null|deficient|deficiency|siRNA|shRNA|"
    r"silencing|depletion|deletion|ablation|inactivation|degradation|"
    # "led to tumor shrinkage"
    r"shrinkage|regression)\b|"
    # "causing immune cells to die": the object is lost
    r"\s+to\s+(?:die|self-destruct|disappear|wither)\b|"
    # "prevents blood sugar levels from dropping": what is prevented is the fall
    r"(?:\s+(?:levels?|concentrations?))?\s+from\s+(?:dropping|falling|declining|decreasing|going\s+down|plummeting)\b)",
    re.IGNORECASE,
)
_WHAT_OF = (r"(?:(?:levels?|expression|activity|production|amounts?|concentrations?|transmission|signal(?:l?ing)?|"
            r"function|suppl(?:y|ies))\s+of\s+(?:the\s+)?|"
            # "blocks a neural brain pathway called CGRP"
            r"(?:an?\s+)?(?:[a-z-]+\s+){0,3}?(?:pathway|protein|molecule|hormone|enzyme|receptor|peptide|chemical)s?"
            # ("blocking a receptor on ILC2s called KLRG1")
            r"(?:\s+(?:on|in|of)\s+(?:the\s+)?[\w-]+)?\s+(?:called|named)\s+)?")
_MODIFIERS = (r"(?-i:(?:(?!(?:of|in|to|by|on|at|for|from|with|and|or|but|than|as|is|was|were|are|because|when|while|"
              r"who|which|that)\b)[a-z][a-z0-9-]*\s+){0,3})")
_SUBJECT_FLIP = re.compile(
    r"(?:antibod\w* (?:against|to)|inhibit\w* of|inhibitors? of|(?:inhibit(?:s|ed|ing)?|suppress(?:es|ed|ing)?)(?![\w-])|"
    rf"block\w*|blockade of|{_HINDER}|cut(?:s|ting)? off|"
    r"knock\w*(?: of)?|silencing(?: of)?|deplet\w* of|delet\w*(?: of)?|inactivat\w* of|loss of|lack of|absence of|"
    # ("The anti-clotting drug Plavix" names a kind of drug, as the "anti-" trigger does not read it either)
    r"interfer\w* with(?: the ability of)?|neutrali[sz]\w*(?: of)?|"
    rf"anti-(?![\w-]+\s+{_DRUG_KIND}\b)|deficien\w* (?:of|in)|lacking|"
    r"omit\w*|withdraw\w*(?: of)?|discontinu\w*(?: of)?|remov(?:e|es|ed|ing|al)(?: of)?|replac(?:e|es|ed|ing)|"
    r"disrupt\w* of|suppress\w* of|drugs? (?:\w+ )?(?:that|to) block(?: the action of)?|"
    # "using treatments to target eosinophilic airway inflammation can reduce asthma attacks"; "losing fat cells"
    r"(?:treatments?|therap(?:y|ies)|drugs?|medications?|medicines?) (?:\w+ )?(?:that|to) target|losing|"
    # a behaviour given up: "patients who quit smoking", "stopping aspirin", "avoiding alcohol"
    r"quit(?:s|ting)?|stop(?:s|ped|ping)?|g(?:ive|ave|iving) up|avoid(?:s|ed|ing)?|abstain\w* from|"
    r"cessation of|get(?:s|ting)?\s+(?:\w+\s+){0,2}?off|(?:com(?:e|es|ing)|came|go(?:es|ing)?|went)\s+off|"
    r"(?:wean|taper)\w*\s+(?:\w+\s+){0,2}?off|"
    # a cap on the amount: "consume no more than 1,500 milligrams a day of sodium to reduce the risk of"
    r"(?:no more than|less than|at most)\s+[\d,.]+\s+(?:[\w-]+\s+){0,4}?of)\s*(?:the\s+)?"
    # what of it is blocked: "blocking transmission of CGRP"
    rf"{_WHAT_OF}"
    # up to three lower-case modifiers: "deletion of endothelial cell-specific A", "knockdown of endogenous A"
    rf"{_MODIFIERS}$",
    re.IGNORECASE,
)
# A subject named as made less ("Lowering cholesterol reduces the risk", "Reduced expression of maspin caused",
# "can help lower levels of bad cholesterol, reducing ..."): only where the word opens the subject's phrase, not
# as the finite verb of another subject ("atorvastatin reduced the iopamidol-induced activity of Bax").
_LOWERED_SUBJECT = re.compile(
    r"(?:[,;:(]\s*|\b(?:by|from|of|with|and|or|help(?:s|ed|ing)?|to|that|on|through|via|for|while|when|whereas|if|after|"
    r"since|because|although|though|so|thus|therefore|hence|whether|"
    # a reported clause without "that": "doesn't prove low folic acid in pregnant women causes autism"
    r"prove[sd]?|shows?|showed|shown|finds?|found|suggests?|suggested|means?|meant)\s+)(?:the\s+|an?\s+)?"
    # ("a population reduction in salt intake to prevent heart attacks", "small cuts to salt intake", "cutting salt")
    r"(?:\w+ly\s+)?(?:(?:small|modest|moderate|large|big|population|dietary)\s+)?(?:lower(?:s|ed|ing)?|less|low(?!\s+dos)|"
    r"insufficient|inadequate|impaired|cut(?:s|ting)?(?:\s+(?:down|back))?(?:\s+(?:on|to|in))?|"
    r"reduc(?:e|es|ed|ing|tions?\s+(?:of|in))|decreas(?:e|es|ed|ing)(?:\s+(?:of|in))?|"
    # ("people with less [omega-3 fatty acids]": an editor's brackets)
    rf"diminish\w*|down-?regulat\w*(?:\s+of)?)\s+\[?(?:the\s+)?{_WHAT_OF}{_MODIFIERS}$",
    re.IGNORECASE,
)
# "blocking the TNF-induced expression of B": what is blocked is B's expression; TNF still raises it
_MODIFIES_NEXT = re.compile(r"-(?:induced|mediated|dependent|stimulated|driven|triggered|evoked|elicited)\b",
                            re.IGNORECASE)
_INVOLVED_BEFORE = re.compile(
    r"(?:involved|implicated|participat\w*|associated|linked|important)\s+(?:in|with|to|for)\s*(?:the\s+)?$",
    re.IGNORECASE,
)
_COPULA_NAMING = re.compile(
    r"\b(?:called|named|include[sd]?|including|such as|are|is|were|was)\b", re.IGNORECASE
)


@dataclass(slots=True)
class _Group:
    spans: list[_Span]
    negated: list[bool]  # member preceded by "but not", "nor", ...

    @property
    def start(self) -> int:
        return self.spans[0].start

    @property
    def end(self) -> int:
        return self.spans[-1].end


def _starts_clause(text: str, end: int) -> bool:
    """The mention ending at ``end`` is directly followed by a verb trigger ("... and RANKL protects"),
    not by a nominal of its own noun phrase ("IL-8 expression") nor a hyphenated one ("IL-8-induced")."""
    after = text[end : end + 40]
    t = _triggers(after)
    return bool(
        t and t[0][0] <= 3 and after[:1] != "-" and not _LEADING_NOMINAL.match(after[t[0][0] :])
    )


_COMPOUND_MODIFIER = re.compile(r"-[a-z]+ing\b")


def _verb_right_before(text: str, at: int) -> bool:
    """A verb trigger closes the clause before ``at``, with at most four words and no preposition after it ("Aspirin
    reduced pain", not "the combination treatment of 5-FU")."""
    clause = re.split(r"[,;:]", text[max(0, at - 50) : at])[-1]
    t = _triggers(clause)
    return bool(t) and _VERB_TO_OBJECT_GAP.fullmatch(clause, t[-1][1]) is not None


def _groups(text: str, spans: list[_Span]) -> list[_Group]:
    """Coordinated mentions ("IL-6, IL-8, and MMP3 but not VEGF") form one group."""
    groups: list[_Group] = []
    sub = _SUBORDINATE.match(text) or _FRAME.match(text)
    # "once they stopped making A, the tumors spread", "Besides reducing A, B use also cut C"
    boundary = text.find(",", sub.end()) if sub else -1
    for sp in spans:
        if groups:
            g = groups[-1]
            gap = text[g.end : sp.start]
            if (
                g.end <= boundary < sp.start
                and not _LIST_WORD.search(gap)
                and not _LIST_GOES_ON.match(text, sp.end)
            ):
                groups.append(_Group([sp], [False]))  # a bare comma ends the clause; a list would go on
                continue
            if _COMPOUND_MODIFIER.match(text, sp.end):
                # "aspirin and cholesterol-lowering statins": the mention modifies the noun after it, no list item
                groups.append(_Group([sp], [False]))
                continue
            if sp.start >= g.end and re.fullmatch(r"\s*[(\[]\s*", gap):
                g.spans.append(sp)  # "vascular endothelial growth factor (VEGF)": two ids, one name
                g.negated.append(g.negated[-1])
                continue
            if sp.start >= g.end and _BY_AMOUNT_AND.fullmatch(gap) and _BY_AMOUNT_AFTER.match(text, sp.end):
                g.spans.append(sp)  # "reduced the risk of A by 63 percent and B by 65 percent": two objects
                g.negated.append(False)
                continue
            if (
                re.fullmatch(r"\s*,?\s*and\s+(?:the\s+)?", gap)
                and _CLAUSE_VERB_AFTER.match(text, sp.end)
                and _verb_right_before(text, g.start)
            ):
                groups.append(_Group([sp], [False]))
                continue
            nominal = _ITEM_NOMINAL.match(gap)
            rest = gap[nominal.end() :] if nominal else gap
            if nominal and not re.fullmatch(r"\s*,\s*(?:(?:and|or)\s+)?", rest):
                rest = gap  # "high hs-CRP levels, the statin Crestor reduced ...": a clause closes, no list goes on
            if (
                sp.start >= g.end
                and len(rest) <= 16
                and text[sp.start : sp.end].lower() not in _PRONOUNS
                and _GROUP_GAP.fullmatch(rest)
                and rest.strip()
                and not (len(g.spans) == 1 and _CLAUSE_THEN_ITEM.fullmatch(gap) and _OPEN_RELATIVE.search(text, 0, g.start))
            ):
                g.spans.append(sp)
                # "vitamin E, but not vitamin C or beta-carotene": the exception goes on through "or"
                g.negated.append(bool(_NEG_GAP.search(gap)) or (g.negated[-1] and _OR_GAP.fullmatch(gap) is not None))
                continue
            label = _LABEL_GAP.fullmatch(gap) if sp.start >= g.end and len(g.spans) >= 2 else None
            if label and not label.group("open"):
                # the label's opening was the last item's own name ("Il13 (TH2-type cytokines), Ccl2")
                label = label if re.fullmatch(r"\s*\(\s*", text[g.spans[-2].end : g.spans[-1].start]) else None
            if label and not _triggers(gap):
                g.spans.append(sp)
                g.negated.append(False)
                continue
            adj = _ADJ_GAP.fullmatch(gap)
            if sp.start >= g.end and adj and adj.group(1).lower() not in _GAP_STOP and not _triggers(gap):
                g.spans.append(sp)  # "neurodeficits and perihematomal brain edema"
                g.negated.append(False)
                continue
            # "heart disease, cancer, chronic lower respiratory disease, stroke": modifiers before an item that
            # the list goes on after
            mods = _COMMA_MODIFIERS.fullmatch(gap)
            # inside a list of two items or more, also a change word ("death, cardiac transplantation, worsening
            # heart failure and hospitalization": what worsens is the item itself, no relation between items)
            in_list = bool(mods) and len(g.spans) >= 2 and "," in text[g.spans[-2].end : g.spans[-1].start]
            if (
                sp.start >= g.end
                and mods
                and _LIST_GOES_ON.match(text, sp.end)
                and all(
                    (_ADJECTIVE.fullmatch(w) and w not in _NOT_ADJECTIVE) or (in_list and _ITEM_CHANGE.fullmatch(w))
                    for w in mods.group(1).split()
                )
                and (in_list or not _triggers(gap))
            ):
                g.spans.append(sp)
                g.negated.append(False)
                continue
        groups.append(_Group([sp], [False]))
    return groups


_CUT = re.compile(
    r"(?:(?:^\s*|\w+[\s,)\"”’']+)(?:and|or|but|as well as)\s+(?:[\w-]+\s+){0,2}$|,|\b(?:by|through|via)\s+(?:the\s+|an?\s+)?$|"
    r"\bbecause\b)",  # "should consider preventive surgery because they are at a very high risk for B"
    re.IGNORECASE,
)
_UNNAMED_APPOSITION = re.compile(r"\s+(?:[\w-]+\s+){0,3}[\w-]+,\s+(?:the|an?)\s+(?:(?:main|major|leading|chief|primary)\s+)?")
_CAUSE_NOUN = re.compile(r"(?:causes?|drivers?|sources?|triggers?)\s+of\b", re.IGNORECASE)
_LOCATIVE = re.compile(
    r"(\w+)\s+(?:in|within|inside|into|at|on)\s+(?:the\s+|these\s+|this\s+|those\s+)?[*_]*$", re.IGNORECASE
)
# "patients on empagliflozin had a lower risk": people on a drug take it; "on" names no place here
_ON_TREATMENT = re.compile(
    r"\b(?:those|people|patients|women|men|children|adults|participants|subjects|users|volunteers)\s+"
    r"(?:(?:who\s+)?were\s+)?on\s+(?:the\s+)?[*_]*$",
    re.IGNORECASE,
)
# "But once they stopped making maspin, ...", "In fact, although diet and exercise are ..., B"
_LEAD_CONJUNCTION = r"^\W*(?:(?:but|and|yet|so|in fact|indeed|however|still|instead)(?:\s*,)?\s+)?"
_SUBORDINATE = re.compile(
    rf"{_LEAD_CONJUNCTION}"
    r"(?:although|though|while|whereas|if|when|whenever|as|because|since|after|before|unless|once)\b",
    re.IGNORECASE,
)
_GERUND_SUBJECT = re.compile(
    r"^\W*(?:\w+\s+){0,8}?(?:interfering with|blocking|inhibiting|targeting|knocking down|silencing|"
    # ("Adding metformin to insulin lowered blood sugar": what was added acts, not what it was added to)
    r"deleting|neutrali[sz]ing|depleting|adding)\b",
    re.IGNORECASE,
)
_KEEP_FROM = re.compile(
    r"^[\s*_]*(?:\w+\s+){0,2}?(?:keeps?|kept|keeping|prevents?|prevented|stops?|stopped|protects?|protected)"
    r"\s+(?:the\s+)?E\s+from\b(.*)$",
    re.IGNORECASE,
)
_AGENT_CARRIER = re.compile(
    r"^-?(?:over)?(?:expressing|producing|secreting|derived|containing|positive)\b", re.IGNORECASE
)
_DERIVED = re.compile(r"-(?:derived|secreted|produced)\s+(?:(?!by\b|from\b|in\b)[a-z]+\s+)?", re.IGNORECASE)
# "RANKL-inhibiting drug", also "uric-acid lowering regimen" (a space, then the noun the compound describes)
_ACTIVE_COMPOUND = re.compile(
    r"^(?:-|\s(?=[a-z]+ing\s+(?:therap|regimen|drug|medication|medicine|treatment|agent|pill)))([a-z]+ing)\b"
)
_DRUG_NOUN = re.compile(r"\s*(?:drugs?|medications?|medicines?|pills?)\b", re.IGNORECASE)
_NOUN_GAP = re.compile(r"\s*(?:[a-z][\w-]*\s+){0,2}")
# the blocker of a compound named right after it ("cholesterol-lowering drugs called statins", "-lowering statins")
_NAMED_BLOCKER = re.compile(r"\s*(?:[a-z][\w-]*\s+){0,2}?(?:(?:called|named|such\s+as|like|known\s+as)\s+)?E\b")
_DETECTION_OF = re.compile(
    r"\b(?:identification|detection|diagnos[ie]s|screening|discovery|detecting|identifying|diagnosing|spotting)\s+"
    r"(?:of|for)\s+(?:[\w-]+\s+){0,5}$|"
    # "cancers detected by mammograms", "tumors found through routine mammography": the test finds g1, no effect
    r"^\s*(?:(?:that|which)\s+)?(?:(?:was|were|is|are|had\s+been|have\s+been)\s+)?(?:(?:first|later|\w+ly)\s+)?"
    r"(?:detected|found|diagnosed|spotted|picked\s+up|caught|identified)\s+(?:by|through|with|on|using|via)\s+"
    r"(?:(?:an?|the|routine|regular|annual|screening|\w+-?D)\s+)*$",
    re.IGNORECASE,
)
# outside abstracts "earlier cancer detection", "improved cancer detection": the finding of the disease is what changes
# (not "diagnosis": "risk reduction of subsequent breast cancer diagnosis and death" counts the disease)
_DETECTED_AFTER = re.compile(r"[\s-]+(?:detection|identification)\b", re.IGNORECASE)
# a new clause with a pronoun subject; also "it" after a conjunction when g1 sits in a prepositional phrase
# ("within 4.5 hours of stroke onset because it carries a risk of B": "it" is the drug); not "they" ("Women carrying
# the BRCA1 gene ... because they are at a very high risk for B") nor after a subject ("Olive oil is a healthy fat and
# it can reduce B")
_PRONOUN_CLAUSE = re.compile(r",\s*(?:they|it|these|this|we|he|she)\s+(.*)$", re.IGNORECASE)
_PRONOUN_CLAUSE_OR_IT = re.compile(
    r"(?:,\s*(?:they|it|these|this|we|he|she)|\b(?:because|since|so|while|although|though|but|and)\s+it)\s+(.*)$",
    re.IGNORECASE,
)
_IN_PHRASE_BEFORE = re.compile(r"\b(?:of|in|for|within|from|with|after|before|during)\s+(?:the\s+)?$", re.IGNORECASE)
_INCLUDING = re.compile(r",\s*(?:including|such as)\s", re.IGNORECASE)
_INCLUDED_FIRST_BEFORE = re.compile(r"\b(?:includ(?:e|es|ed|ing)|such\s+as)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_CHANGE_ITEM = re.compile(
    r"[^,;]*,\s*(?:[\w-]+\s+){0,2}(?:increases?|decreases?|rises?|drops?|falls?|reductions?|elevations?)\s+(?:in|of)\s+"
    r"(?:[\w-]+\s+){0,2}",
    re.IGNORECASE,
)
_LIST_ITEM_WORD = re.compile(r"\b(?!(?:E|and|or)\b)[A-Za-z]+\b")
_LATER_RELATIVE = re.compile(r",\s*(?:which|who)\s+", re.IGNORECASE)
_LIST_JOIN = r"\b(?:and|or|plus|as\s+well\s+as)\b"
_ITEM_BREAK = re.compile(rf",|{_LIST_JOIN}", re.IGNORECASE)


def _antecedent_after_first(head: str) -> bool:
    """Whether a relative clause after ``head`` (the masked words between the first participant and ", which")
    tells of something named after the first participant: another participant right before it ("the hazards of
    nicotine pale beside the dangers of smoking, which is the number one cause of"), or the last item of a list
    that goes on after the first ("cognitive behavioral therapy, acupuncture, and even electroconvulsive therapy,
    which induces a brief seizure"). Not the last item of a list of participants ("A and B, which")."""
    words = head.split()
    if words and words[-1] == "E":
        return len(words) < 2 or words[-2].lower() not in ("and", "or", "plus", ",")
    last_item = _ITEM_BREAK.split(head)[-1].split()
    return bool(re.search(_LIST_JOIN, head, re.IGNORECASE)) and bool(last_item) and "E" not in last_item


# (g1 still heads the antecedent after a copula, an aside or a place: "myocardial damage in rat heart, which was
# determined by ...")
_COPULA_OR_ASIDE = re.compile(
    r"\s*(?:[,(]|(?:is|are|was|were|in|of|at|from|within|during|on|among|for|with)\b)", re.IGNORECASE
)
_OPEN_RELATIVE = re.compile(r",\s*(?:whose|which|who)\b[^,]*$", re.IGNORECASE)
_NOMINAL = r"(?:production|expression|secretion|release|synthesis|levels?|activity)"
_RELATIVE_CLOSED_VERB = re.compile(
    r"[^,]*,\s*(?:(?:also|then|later|still|further|\w+ly)\s+)?(?:(?!\w+ing\b)\w+ed|has|have|had|is|are|was|were|can|"
    r"could|may|might|will|would|cut|cuts)\b",
    re.IGNORECASE,
)
_NOMINAL_OF = re.compile(rf"{_NOMINAL}\s+of\b", re.IGNORECASE)
_RESTORE = re.compile(r"restor\w*|rescu\w*", re.IGNORECASE)
# ("an antisense oligonucleotide that restores normal splicing of UNC13A": more of B's working form)
_RESTORED_NOMINAL = re.compile(
    rf"\s*(?:the\s+)?(?:normal\s+)?(?:{_NOMINAL}|splicing|function|signal(?:l)?ing)\s+of\s+(?:the\s+)?", re.IGNORECASE
)
_LEADING_NOMINAL = re.compile(rf"{_NOMINAL}\b", re.IGNORECASE)


# "A is an anti-neoplastic agent that is used for treating B": words before the relative pronoun describe the
# predicate noun; only the relative clause's verb reaches B
_PREDICATE_NOUN = re.compile(r"\s*,?\s*(?:is|are|was|were)\s+(?:an?|the|one of the)\s", re.IGNORECASE)
_RELATIVE_GAP = re.compile(r"\b(?:that|which)\s+(?:is|are|was|were|has|have)\b", re.IGNORECASE)
_ABILITY_OF = re.compile(
    r"\b(?:ability|capacity|potential|power|propensity|tendency)\s+of\s*(?:the\s+)?$", re.IGNORECASE
)
# "studies have linked RANKL to ... breast tumors": the relation verb stands before A, "to"/"with" before B
_VERB_BEFORE = re.compile(
    r"\b(?:link|associat|relat|connect|correlat|tie)(?:e|es|ed|s)?\s+(?:the\s+)?[*_]*$", re.IGNORECASE
)
_TO_AFTER = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:to|with)\b", re.IGNORECASE)
# "mice with breast cancer were more likely to develop lung cancer due to RANKL": the sentence names the cause,
# and the population's own disease is not it
_POPULATION_WITH = re.compile(
    r"\b(?:mice|rats|animals|patients|women|men|children|subjects|people|individuals)\s+with\s*$", re.IGNORECASE
)
_CAUSED_BY = re.compile(r"\b(?:caused|triggered|driven|explained)\s+by\b", re.IGNORECASE)
_CAUSE = r"\b(?:due to|because of|owing to|as a result of|attributable to)\b"
_CAUSE_AFTER = re.compile(rf"^[^;.]{{0,40}}?{_CAUSE}", re.IGNORECASE)
_CAUSE_WORDS = re.compile(_CAUSE, re.IGNORECASE)
# "drugs that would mimic maspin and prevent cancer spread": what the drugs do, the mimicked protein does
_MIMIC_BEFORE = re.compile(
    r"\b(?:mimic\w*|imitat\w*)\s+(?:the\s+)?(?:(?:action|activity|effects?|function)\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
_COORD_VERB = re.compile(
    r"(?<=[\w\"”’'])\s*,?\s+(?:and|but)\b,?\s*(?:(?:in doing so|in so doing|thereby|thus|also|then|in turn),?\s*)?",
    re.IGNORECASE,
)


_CONDITION = re.compile(rf"{_LEAD_CONJUNCTION}(?:when|whenever|if|once|after|as long as)\b", re.IGNORECASE)
# "as long as cells keep making A" / "once they stopped making A": the condition is A's presence or its loss
_MAKING = r"\s+(?:mak|produc|express|secret|releas)\w*\s+(?:the\s+)?$"
_KEPT_MAKING = re.compile(rf"\b(?:keeps?|kept|keeping|continued?s?\s+to|went on){_MAKING}", re.IGNORECASE)
_STOPPED_MAKING = re.compile(
    rf"\b(?:stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing)(?:\s+to)?|no\s+longer|fail(?:s|ed)?\s+to){_MAKING}", re.IGNORECASE
)
# an outcome that is the spreading itself ("the tumors spread", "the cancer did not spread"): it happened or not
_SPREAD_EVENT = re.compile(r"\bspread(?:s|ing)?$", re.IGNORECASE)
_OUTCOME_AFTER = re.compile(
    rf"\s*(?:{_NOMINAL}\s+)?(?:was|were|is|are|had|has|did|does|do)?\s*(?:(?:also|not|\w+ly)\s+)*([a-z]+)\b", re.IGNORECASE
)
_CONTROLLED = re.compile(r"\bcontroll?(?:ed|ing|s)?\s+(?:the\s+)?[*_]*$", re.IGNORECASE)


def _intervention(
    text: str, spans: list[_Span], sub: re.Match, comma: int, g1: _Group, g2: _Group
) -> tuple | None:
    """g1 alone in a condition clause that changes it ("when A was knocked down", "if we blocked A"), g2 the
    first entity of the main clause, with the main clause's verb before it ("..., we could slow B") or right
    after it ("..., B expression decreased"). Returns the relation or None."""
    if not _CONDITION.match(text) or len(g1.spans) != 1:
        return None
    before = text[sub.end() : g1.start]
    making = _KEPT_MAKING.search(before) or _STOPPED_MAKING.search(before)
    # the clause's own subject may be named ("prostate-cancer cells keep making A"): entities before the verb
    first_other = sub.end() + making.start() if making else g1.start
    if any(
        sub.end() <= sp.start < comma and sp.entity_id != g1.spans[0].entity_id and not sp.end <= first_other
        for sp in spans
    ):
        return None
    after = text[g1.end : comma]
    t_after = [t for t in _triggers(after) if not (t[0] <= 2 and _LEADING_NOMINAL.match(after[t[0] : t[1]]))]
    if making:
        sign = 1 if making.re is _KEPT_MAKING else -1
    elif _SUBJECT_FLIP.search(before) or _CONTROLLED.search(before):
        sign = -1
    elif _triggers(before) or not t_after:
        return None
    else:
        sign = t_after[-1][3]
        if sign == 0:
            return None
    main = _mask(text, spans, comma + 1, g2.start)
    trig = _triggers(main)
    if " E " in main:
        return None
    if not trig and _SPREAD_EVENT.search(text, g2.start, g2.end):
        outcome = -1 if _NEG.search(text, g2.start, g2.end) else 1
        if _LESS_OFTEN_AFTER.match(text, g2.end):
            outcome = -outcome  # "..., tumors spread to the lungs far less often": the spread fell
        pred, direction = _predicate(["up" if sign * outcome > 0 else "block"], sign * outcome)
        return True, pred, direction, False, 2.0
    if not trig:
        verb = _OUTCOME_AFTER.match(text[g2.end : g2.end + 60])
        main = verb.group(0) if verb else main
        trig = tuple(t for t in _triggers(main) if verb and t[0] >= verb.start(1) - verb.start(0))
    if not trig or trig[-1][3] == 0 or _PASSIVE_BY.match(main[trig[-1][1] :]):
        return None
    pred, direction = _predicate([trig[-1][2]], sign * trig[-1][3])
    negated = bool(_NEG.search(main[: trig[-1][0]][-40:]))
    return True, pred, direction, negated, 2.0


_LESS_OFTEN_AFTER = re.compile(
    r"(?:\s+(?!but\b|and\b)[\w-]+){0,4}?\s+(?:(?:far|much)\s+)?(?:less\s+(?:often|frequently|readily|widely)|more\s+slowly|"
    r"slower|rarely|seldom|less(?=\s*(?:[.,;]|$)))\b",
    re.IGNORECASE,
)
_RESULT = r"result\w* in|lead(?:s|ing)? to|led to"  # the result links of the "up" triggers
_RESULT_LINK = re.compile(_RESULT, re.IGNORECASE)
_RESULT_START = re.compile(rf"\s*,?\s*(?:\w+ly\s+)?(?:{_RESULT})\b", re.IGNORECASE)
_VERB_OBJECT_GAP = re.compile(r"\s+(?:(?:the|an?|[a-z][\w-]*)\s+){0,2}", re.IGNORECASE)
_RESULT_GAP = re.compile(r"\s*(?:(?:an?|the|\w+ly)\s+)*", re.IGNORECASE)


# a relative clause or an apposition right after the subject says what the subject itself does ("blocking
# estrogen, a hormone known to promote ...", "reduced COX-2, which promotes ..."): a flip before it is not its
# ("blocking the enzyme cyclooxygenase2 which promotes inflammation": without a comma too; "to lower A — a risk
# factor for B —": an aside between dashes that holds the other participant)
# (or gives its own reason: "reduce male hormones in the body, since they can stimulate the growth of B")
_DESCRIBES_ITSELF = re.compile(
    # ("block the COX-2 enzyme that causes inflammation": the clause after g1's head noun is g1's own)
    r"\s*(?:\([^()]*\)\s*)?(?:(?:,|\s[—–](?![^—–]*[—–]))\s*(?:which|that|who|an?\s|the\s)|\s+(?:(?!and\b|or\b|but\b)[a-z-]+\s+){0,2}?(?:which|that)\s|"
    r"(?:[^,;]{0,30}?,\s*)?(?:since|because)\s+(?:they|it)\s)",
    re.IGNORECASE,
)


def _lost_before(pre: str, g: _Group, between: str = "", sentence_start: bool = False) -> bool:
    """The group's first entity is named as lost, blocked or lowered ("antibody against A"; "The drugs" standing
    for blockers of A; "Lowering A"), unless what follows it describes it or it only modifies the next word.
    ``sentence_start``: ``pre`` is all of the sentence before the group."""
    if g.spans[0].flip:
        return True
    if _DESCRIBES_ITSELF.match(between) or _MODIFIES_NEXT.match(between):
        return False
    # the sentence's start opens a phrase as a comma does
    return bool(_SUBJECT_FLIP.search(pre) or _LOWERED_SUBJECT.search((", " if sentence_start else "") + pre))


def _lost_after(g: _Group, post: str) -> bool:
    """A one-entity group followed by a loss-of-function word ("AT1a-KO", "Bach1 siRNA", "TRP depletion");
    in a list ("scopolamine and TRP depletion") the word is its last member's only."""
    if len(g.spans) > 1:
        # a plural loss word is every item's: "the risk of protein, iron, vitamin B12 and calcium deficiencies"
        return _AFTER_LOSSES.match(post) is not None
    return _AFTER_LOSS.match(post) is not None


_OBJECT_THEN_PLACE = re.compile(
    r"[a-z]*\s+(?:of\s+|to\s+)?(?:(?!E\b|in\b)[\w-]+\s+){1,4}(?:in|within|inside|around)\s+(?:the\s+|these\s+|those\s+)?",
    re.IGNORECASE,
)
# "..., a new study suggests.", "..., the authors propose.": a hedge in the closing reporting clause covers the whole
# sentence
_REPORTED_HEDGE = re.compile(
    # (", a new Dutch study suggests", ", a small U.K. study suggests")
    r",\s*(?:an?\s+|the\s+)?(?:[\w.-]+\s+){0,3}?(?:study|studies|research|researchers|scientists|findings|data|"
    r"results|authors)\s+(?:suggests?|indicates?|hints?|propos\w+)\W*$|"
    # "Xyrem can help relieve the pain of fibromyalgia, suggests a study that pitted the drug against a placebo"
    r",\s*(?:suggests?|indicates?|hints?)\s+(?:an?\s+|the\s+)?(?:new\s+|recent\s+|small\s+|preliminary\s+)?"
    r"(?:study|studies|research|report|analysis|trial)\b|"
    # "..., but remains to be proved."
    rf"\b(?:remains?|remained|(?:has|have|is|are)\s+yet)\s+{_UNPROVEN}\W*$|"
    # the sentence weighs its own evidence: "The evidence for cortisone as a treatment for ... pain was slight and
    # conflicting", "the evidence is not sufficient to support routine use of X to prevent Y"
    r"\bevidence\b[^.;]{0,200}?\b(?:is|was|are|were|remains?|remained)\s+(?:still\s+)?(?:not\s+(?:yet\s+)?"
    r"(?:sufficient|enough|strong|clear|conclusive|convincing)|insufficient|inconclusive|weak|limited|slight|scant|"
    r"thin|mixed|conflicting|lacking)\b",
    re.IGNORECASE,
)
_LIST_SIBLINGS = re.compile(
    r"\s*,\s*(?:[^,;()]{1,50}?,\s*)+(?:(?:and|or|as well as)\s+)?|\s*,\s*[^,;()]{1,50}?,?\s+(?:and|or|as well as)\s+",
    re.IGNORECASE,
)
# "reduced the risk of herpes zoster (infection that affects the eye) by 63 percent and hospitalization by 65 percent":
# two objects of one verb, each with its amount
_BY_AMOUNT = (r"\s*,?\s+by\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+|up\s+to\s+|over\s+)?[\d.,]+\s*"
              r"(?:percent|per\s+cent|%|points?|fold)\b")
_BY_AMOUNT_AND = re.compile(
    rf"(?:\s*\([^()]*\)|[^()]*\))?{_BY_AMOUNT}\s*,?\s+(?:and|or|but|while)\s+(?:the\s+)?"
    r"(?:(?:risk|rates?|odds|number)\s+of\s+)?",
    re.IGNORECASE,
)
# "Aspirin reduced pain and statins increased the risk of stroke": after the object of a verb, "and" with a mention and
# a finite verb opens a new clause, whose subject is no item of the object list
_CLAUSE_VERB_AFTER = re.compile(
    r"\s+(?:(?:also|then|significantly|further|both|in\s+turn)\s+)?(?:(?:may|might|can|could|will|would|did|does|do)\b|"
    # (not "the effect on blood pressure and heart disease was not large": a copula may follow the subject's head)
    r"(?!need)[a-z]{3,}ed\b(?!\s+(?:by|in|with|from|to|for|on|at|as)\b))",
)
_COPULA_PREDICATE = re.compile(r"\s*(?:is|are|was|were)\s+(?:also\s+)?(?:an?|the|one)\b", re.IGNORECASE)
_CARRIER_CELLS_AFTER = re.compile(
    r"-?(?:over)?(?:expressing|producing|secreting|containing|positive)\s+(?:[\w-]+\s+){0,2}?cells?\b", re.IGNORECASE
)
_PEOPLE_OBJECT_AFTER = re.compile(
    r"\s+(?:the\s+|these\s+|those\s+|many\s+|some\s+|more\s+)?(?:[\w-]+\s+)?(?:people|persons|women|men|patients|children|kids|"
    r"participants|subjects|individuals|adults|users|smokers|mothers|volunteers|them|us|you|him|her)\s+(?:to|into)\b"
    # (what the people go on to have is the verb's effect: "causing patients to experience tremors")
    r"(?!\s+(?:experience|develop|have|suffer|get|feel|lose|gain|become)\b)",
    re.IGNORECASE,
)
_VERB_TO_OBJECT_GAP = re.compile(r"\s*(?:(?!(?:of|in|for|with|by|to|from|on|at)\b)[\w-]+\s+){0,4}", re.IGNORECASE)
_BY_AMOUNT_AFTER = re.compile(_BY_AMOUNT, re.IGNORECASE)
# "such symptoms as weight loss, nervousness, anxiety and increased heart rate": the last item of a list names a change
_LIST_THEN_CHANGED_ITEM = re.compile(
    r"\s*,\s*(?:[^,;()]{1,50}?,\s*)+[^,;()]{0,50}?\b(?:and|or)\s+(?P<change>increased|decreased|elevated|reduced|"
    r"higher|lower|worsening|rising|falling)\s+",
    re.IGNORECASE,
)
# "risk factors such as high blood pressure, elevated blood cholesterol and type 2 diabetes": an example list's item
_EXAMPLE_BEFORE = re.compile(r"\b(?:such\s+as|including|like)\s+(?:the\s+)?$", re.IGNORECASE)
_CHANGED_ITEM_GAP = re.compile(
    r"\s*,\s*(?:increased|decreased|elevated|reduced|raised|high|low|higher|lower|abnormal|poor)\s+(?:[a-z-]+\s+){0,2}",
    re.IGNORECASE,
)
# after a list of mentions, a short item without a comma ("diarrhea, nausea, rash, fatigue decreased appetite,
# vomiting": a missing comma) and the next item
_LIST_GOES_ON_GAP = re.compile(r"\s+(?:\w+\s+){0,2}\w+,\s*(?:(?:and|or|as well as)\s+)?", re.IGNORECASE)
# A fronted phrase that sets the scene: what it names is not the subject of the clause after its comma.
_FRAME = re.compile(
    rf"{_LEAD_CONJUNCTION}(?:in the case of|in|among|for|(?P<aside>unlike|compared (?:with|to)|beyond|besides|"
    r"apart from|aside from|other than|in addition to|along with|despite))\s",
    re.IGNORECASE,
)
# ... unless it names an exposure or a genotype ("In mice treated with X, Y fell", "In X-deficient mice, ...")
_EXPOSURE = re.compile(
    r"treated|given|receiving|taking|exposed|administered|fed|injected|infused|lacking|knock|-/-|transgenic|"
    r"overexpress|mutant|null|deficien|\bwith\b",
    re.IGNORECASE,
)
# g2 is what g1 is compared with, not what it acts on
_COMPARED_WITH = re.compile(
    r"\b(?:over|than|versus|vs\.?|compared (?:with|to)|relative to|rather than|instead of)\s+(?:(?:the|a|an|standard|"
    r"placebo|usual|older|current)\s+)*"
    # ("reported more relief than people with pain symptoms": the group compared with)
    r"(?:(?:those|people|patients|women|men|adults|children)\s+(?:with|who\s+(?:have|had)|taking|on)\s+(?:[\w-]+\s+)?)?$",
    re.IGNORECASE,
)
_USING_BEFORE = re.compile(r"\b(?:using|use\s+of|taking|giving|took|takes?)\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)
# g1 is the object of a purpose of the noun before it ("a vaccine to prevent breast cancer"), no subject of what follows
_PURPOSE_OBJECT_BEFORE = re.compile(
    r"\b(?:vaccines?|drugs?|medications?|medicines?|treatments?|therap(?:y|ies)|pills?|shots?|injections?|"
    r"supplements?|products?|devices?|procedures?|surgery|surgeries)\s+(?:designed\s+|meant\s+|intended\s+|used\s+)?"
    r"to\s+(?:help\s+)?(?:prevent|treat|reduce|lower|fight|combat|stop|block|cure|ward\s+off)\s+(?:the\s+|its\s+|their\s+)?$",
    re.IGNORECASE,
)
_TARGET_LEVEL_BEFORE = re.compile(
    r"\b(?:achiev|maintain|reach|attain|keep)\w*\s+(?:a\s+|their\s+|your\s+)?(?:normal|healthy|healthier|target|"
    r"optimal|ideal)\s+(?:[\w-]+(?:\s+[\w-]+)?,?\s+(?:and\s+|or\s+)?){0,4}$",
    re.IGNORECASE,
)
# "false-positives may cause inconvenience and anxiety, and biopsies can cause pain": after a comma, "and" with a
# noun phrase and its verb opens a clause whose subject is no participant
_NEW_SUBJECT_CLAUSE = re.compile(
    r"^\s*,\s*(?i:and|but|while|whereas|yet)\s+(?:(?i:the|their|these|those|some|many|other)\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?"
    r"\s+(?i:can|may|might|could|will|would|did|does|do|also|often)\b"
)
# "administering TXA reduced the rate of blood transfusion ..., without increasing ... heart attack": the gerund's
# subject is the main clause's, not the object g1
_WITHOUT_GERUND = re.compile(r"\bwithout\s+(?:\w+ly\s+)?[a-z]+ing\b", re.IGNORECASE)
# "whether a patient gets statin or aspirin is based on risk factors such as ... cholesterol": a choice made on a
# measure, no effect on it
_BASED_ON_CLAUSE = re.compile(r"\b(?:is|are|was|were|be|being)\s+(?:\w+ly\s+)?based\s+on\b", re.IGNORECASE)
# "caused by a difference in the degree of nearsightedness or farsightedness between the two eyes", "increase the
# variation in their heart rate": the difference acts or changes, not the thing it is a difference in (news)
_DIFFERENCE_IN_BEFORE = re.compile(
    r"\b(?:differences?|variations?|variability|fluctuations?|mismatch|discrepanc(?:y|ies))\s+(?:in|of|between)\s+"
    r"(?:the\s+|their\s+|its\s+|his\s+|her\s+)?(?:(?:degree|level|amount|rate)s?\s+of\s+)?$",
    re.IGNORECASE,
)
# "better cholesterol control ... a 50 percent reduction in cardiovascular disease": the control acts, lowering g1
_CONTROL_AFTER = re.compile(r"[\s-]+control\b(?!\s+(?:group|arm|subjects|participants|patients))", re.IGNORECASE)
_COSTS_OF = re.compile(
    r"\b(?:costs?|bills?|spending|expenses?|expenditures?)\s+(?:for|of|on)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:(?:such\s+as|like|including)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# a participant (its measure word) with a copula of its own: the subject of a clause that says how it was
_COPULA_CLAUSE = re.compile(
    r"\s*(?:(?:levels?|concentrations?|rates?|counts?|activity)\s+)?(?:was|were|is|are|became|remained)\s+"
    r"(?:\w+ly\s+)?(?:significantly\s+)?(?:lower|higher|reduced|raised|elevated|increased|decreased|unchanged|"
    r"greater|smaller|normal|low|high)\b",
    re.IGNORECASE,
)
# "combines phentermine with the anti-seizure drug topiramate": the words naming g2's kind say what g2 does, not
# what g1 does to it
_KIND_BEFORE_LAST = re.compile(
    rf"\b(?:the|an?)\s+(?:[\w-]+\s+){{0,2}}?{_DRUG_KIND}"
    r"\s+(?:called\s+|named\s+|known\s+as\s+)?$",
    re.IGNORECASE,
)
# "white blood cells, which patrol the body to fight infection, and platelets": the next item of a list
_RELATIVE_THEN_ITEM = re.compile(r"\s*,\s*(?:which|who|whose|that)\b[^;]*,\s*(?:and|or)\s+(?:the\s+)?$", re.IGNORECASE)
# "unlike anti-inflammatories and oral contraceptives, TENS is a non-drug intervention": what is set against the
# subject does not act
_UNLIKE_BEFORE = re.compile(r"\b(?:unlike|as opposed to)\s+(?:the\s+|other\s+|some\s+|most\s+)?[*_]*$", re.IGNORECASE)
# "Insulin helps glucose (sugar) enter cells": g2 is helped to go somewhere, not raised
_HELPED_TO_MOVE = re.compile(
    r"[\s*_)]*(?:\([^()]*\)\s*)?(?:to\s+)?(?:enter|get\s+(?:into|in|out|to|through)|move|pass|cross|reach|travel|flow|leave|"
    r"exit|escape|return|stay|remain)\b",
    re.IGNORECASE,
)
_HELP_AT_END = re.compile(
    r"\b(?:help(?:s|ed|ing)?|allow(?:s|ed|ing)?|let(?:s|ting)?|enabl(?:e|es|ed|ing))\s+(?:the\s+)?$", re.IGNORECASE
)
_DESCRIBING_PAREN = r"\((?:an?|the|which|that|who|one|also)\b[^()]*"
# "uric acid concentrations (a factor in gout)": g2 in a parenthesis describing another participant
_PAREN_OF_OTHER = re.compile(rf"\bE\b[^()]*{_DESCRIBING_PAREN}$", re.IGNORECASE)
# "amoxicillin, uric acid concentrations (a factor in gout)": the parenthesis describes the list's last item only
# "high blood pressure or metabolic syndrome, a cluster of risk factors that increase risk for diabetes": one
# thing described, the last
_APPOSITION_OF_LAST = re.compile(
    r"\s*,\s*(?:an?|one)\s+(?!(?:[\w-]+\s+){0,3}?(?:combination|pair|mix|duo|trio)\b)(?:[\w-]+\s+){0,5}?(?:that|which|who)\b",
    re.IGNORECASE,
)
# "a combination of buprenorphine and naloxone, which blocks the high from other opioids": a relative clause whose
# verb is singular tells of the last item of an "and" list only (the list itself would take "block")
_LIST_AND = re.compile(r"\band\b|&", re.IGNORECASE)
_SINGULAR_RELATIVE_OF_LAST = re.compile(
    r"\s*,\s*(?:which|who)\s+(?:\w+ly\s+)?(?:is|was|has|does|(?!(?:also|thus|plus|this|its|less|as)\b)\w+[^\Wsu']s)\b",
    re.IGNORECASE,
)
# "do not cause “malabsorption” within the human gut — a condition that would lead to weight loss": a clause about
# a word that is no participant
_APPOSITION_OF_OTHER = re.compile(
    rf"(?-i:[a-z])[”\"’']?\s*(?:{_DASH_MARK}|,)\s*(?:an?|one)\s+(?:[\w-]+\s+){{1,4}}?(?:that|which)\s+(?!E\b)",
    re.IGNORECASE,
)
_PAREN_OF_LAST = re.compile(rf"[\s*_]*(?!E\b)[\w-]+(?:\s+(?!E\b)[\w-]+)*\s*{_DESCRIBING_PAREN}", re.IGNORECASE)
# "protect these neurons": protecting something that is no disease keeps it
_PROTECTED_IDS = ("CL:", "GO:", "HGNC:", "FPLX:")
# "side effects said to include fatigue and weight gain, along with the increased risk of breast cancer": the items
# and the risk are listed side by side; none of them causes the other
_ALONG_WITH_RISK = re.compile(
    # ("a higher risk of early death from any cause, as well as increased risk of heart disease": two outcomes)
    r"^[\s*_]*(?:(?:from|of)\s+(?:any|all)\s+causes?\s*)?,?\s*(?:(?:along|together)\s+with|as\s+well\s+as)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:risks?|chances?|odds|rates?|incidence|likelihood)\s+(?:of|for)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# "CAPB is the leading cause of death and is characterized by cough and fever": what marks a disease is no agent
_MARKED_BY = re.compile(r"\b(?:characteri[sz]ed|marked|typified|accompanied)\s+by\s+(?:the\s+|an?\s+)?$", re.IGNORECASE)
# "Emphysema is an incurable, progressive lung disease that causes ...", "hepatic encephalopathy, a brain disorder
# caused by ...": the class noun after a copula or in apposition describes the mention before it
_DEFINING_CLASS = re.compile(
    rf"\s*(?:,\s*|{_DASH_OPEN}\s*|\s(?:is|was|are|were)\s+)(?:an?|the)\s+"
    r"(?:(?!(?:of|for|to|in|on|with|and|or|by|from|than|as|that|which|who|whose|where|when|main|leading|major|common|"
    r"cause|risk|factor|result)\b)"
    r"[\w'-]+,?\s+){0,4}",
    re.IGNORECASE,
)
_DEFINED_TYPES = frozenset({"disease", "chemical"})
_DEATH_IDS = frozenset({"MESH:D003643", "MESH:D009026"})  # Death, Mortality
_DEATH_FROM = re.compile(r"s?\s+(?:from|due to|caused by|related to|of)\s+(?:the\s+|a\s+)?", re.IGNORECASE)
_CLASS_CLAUSE_AFTER = re.compile(
    r"\s*(?:,|[–—]|--|that\b|which\b|who\b|in which\b|caused\b|marked\b|characteri[sz]ed\b|"
    r"(?:long\s+|widely\s+|commonly\s+)?(?:used|found|known|made|approved|prescribed|sold)\b)",
    re.IGNORECASE,
)
# "an increase in bone loss and fractures": a nominal change word ending a noun phrase coordinated with g2 is that
# noun's, not g2's
_SIBLING_CHANGE_NOUN = re.compile(r"loss(?:es)?|damage", re.IGNORECASE)
_SIBLING_GAP = re.compile(r"\s*,?\s*(?:and|or)\s+(?:the\s+)?")
# what changes how something is done, or a lesson in how to do it, acts on no participant ("telling people how to
# prevent fractures")
_CHANGE_HOW = re.compile(
    r"\b(?:(?:chang|transform|revolutioni[sz]|reshap|alter|shap)\w*\s+(?:how|the\s+way(?:\s+that)?)\s+(?:the\s+)?|"
    r"how\s+to\s+(?:\w+\s+)?)$",
    re.IGNORECASE,
)
_ACTED_ON_BY_AGENT_BEFORE = re.compile(
    # (not "warnings on drugs containing progesterone because of an increased risk of birth defects": the reason)
    r"\b(?:(?:bans?|banning|prohibitions?|restrictions?|limits?|taxe?s?|taxing)\s+(?:on|of|against)|warnings?\s+against)\s+"
    r"(?:[\w-]+\s+){0,2}?$|\b(?:based|derived)\s+(?:on|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# (also "antibiotics, which act on bacteria, as well as drugs to fight fungal, viral or parasitic infections")
_OTHER_AGENT_ITEM = re.compile(
    r"(?:,|\band\b|\bor\b|\bas\s+well\s+as\b)\s+(?:(?:a|an|another|one)\s+(?:(?:drug|medication|medicine|pill|treatment)\s+)?|"
    r"(?:drugs|medications|medicines|pills|treatments|therapies)\s+)(?:to|that)\s+\w+",
    re.IGNORECASE,
)
_COMPARATOR_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|than|versus|vs\.?|relative\s+to|as\s+(?:good|effective|safe)\s+as)\s+(?:the\s+)?"
    r"(?:(?:old|older|standby|standard|usual|current)\s+)*$",
    re.IGNORECASE,
)
_AT_DOING = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:at|in)\s+\w+ing\b", re.IGNORECASE)
_IN_RISK_GROUP_BEFORE = re.compile(
    r"\b(?:patients|people|those|adults|women|men|children|individuals)\s+(?:at|with\s+an?)\s+(?:\w+\s+)?"
    r"risk\s+(?:of|for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "a lower risk of bleeding for patients with atrial fibrillation and one risk factor for stroke": g2 says who
_POPULATION_AFTER = re.compile(
    r"\s*,?\s*(?:for|in|among)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:patients|people|persons|adults|children|women|men|those|"
    r"individuals|participants)\s+(?:who\s+(?:have|had)|with|at)\b",
    re.IGNORECASE,
)
# "95 who had tested negative ... and 24 who had raised PSA levels": a state of the people, no verb of g1's
_STATE_OF_GROUP = re.compile(
    r"\b(?:who|that)\s+(?:had|have|has)\s+(?:raised|elevated|high|higher|low|lower|increased|reduced|decreased)\s+"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# "PCSK9 is the hottest target for new treatments to lower LDL cholesterol": the treatments act, on g1
_TARGET_FOR = re.compile(
    r"\btargets?\s+(?:for|of)\s+(?:[\w-]+\s+){0,3}?(?:treatments?|drugs?|therap(?:y|ies)|medications?|medicines?)\b",
    re.IGNORECASE,
)
# "cannabidiol may interact badly with some anti-seizure medications approved for epilepsy treatment"
_INTERACTS_WITH_DRUGS = re.compile(
    r"\binteract\w*\s+(?:\w+ly\s+)?with\s+(?:some\s+|other\s+|the\s+|certain\s+|many\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:drugs|medications|medicines)\b",
    re.IGNORECASE,
)
# "pelvic infections linked to an early version called the Dalkon Shield, Gupta said that as long as women are
# screened for sexually transmitted diseases": a reporting clause between them starts another statement
_REPORT_INSIDE = re.compile(r",\s+(?:Dr\.\s+)?(?:[A-Z][\w.'-]*\s+){1,3}(?:said|says|added|noted|explained)\s+that\b")
# "aspirin's benefit in cutting the risk for dementia is limited, and patients should be started on warfarin"
_ADVICE_CLAUSE = re.compile(
    r",\s*(?:and|but|so)\s+(?:patients|people|doctors|women|men|they|we|you)\s+(?:should|must|need\s+to)\b", re.IGNORECASE
)
_CAUSES_LESS = re.compile(
    r"\b(?:caus|produc|le[ad])\w*\s+(?:significantly\s+|much\s+|far\s+|slightly\s+)?(?:less|fewer)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_TREATS_CAUSE_OF = re.compile(
    r"\b(?:get\s+at|gets\s+at|address(?:es|ed)?|tackles?|tackled|targets?|targeted|treats?|treated|fix(?:es|ed)?|"
    r"correct(?:s|ed)?)\s+(?:the\s+|its\s+)?(?:underlying\s+|root\s+|real\s+|main\s+)?causes?\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ASSIGNED_BEFORE = re.compile(
    r"\b(?:assigned|randomi[sz]ed|allocated)\s+to\s+(?:(?:either|receive|take|get)\s+)?(?:[\w-]+\s+){0,4}?$",
    re.IGNORECASE,
)
_FOUND_IN_BETWEEN = re.compile(r",?\s+(?:found|showed|shows|finds|reported|concluded|revealed)\s+that\s", re.IGNORECASE)
# an unnamed drug someone takes does what follows, not the participant before it
_UNNAMED_DRUG_TAKEN = re.compile(
    r"\b(?:taking|takes?|took|using|uses?|used|prescrib\w*|giving|given)\s+(?:(?:a|an|the|some|other|their|daily)\s+)?"
    r"(?:medications?|drugs?|medicines?|pills?|treatments?)\s+(?:to|that|which)\s+(?:help\s+)?(?:\w+\s+)?"
    r"(?:treat|prevent|lower|reduce|control|manage|fight|block|cut|raise|increase|boost|ease|relieve)",
    re.IGNORECASE,
)
_AT_RISK_POPULATION = re.compile(
    r"(?<!put )(?<!puts )(?<!putting )(?<!places )(?<!placing )"  # not "puts people at risk of bleeds", a cause
    r"\b(?:people|patients|those|adults|women|men|children|individuals|participants)\s+(?:with|at)\s+(?:an?\s+)?"
    r"(?:[\w-]+\s+){0,2}?risk(?:\s+factors?)?\s+(?:of|for)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# "increase the pumping strength of the heart in heart attack patients / in patients with heart attacks": the
# population the effect was seen in, not what the subject acts on (news; abstracts' "X in patients with Y" is what
# BioRED relates). Not when the words before it stand for the disease or its treatment ("slowing the progression of
# disease among patients with rheumatoid arthritis", "the treatment of people with chest pain") or say it is found
# there ("affected in people with depression", "IL-6 levels increase in patients with sepsis").
_IN_POPULATION_WITH = re.compile(
    r"\b(?:in|among)\s+(?:the\s+|these\s+|those\s+)?(?:(?!of\b)[\w-]+\s+){0,2}?(?:patients|people|adults|children|women|men|"
    r"individuals|participants|subjects)\s+(?:with|who\s+(?:have|had)|suffering\s+from)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)
_IN_BEFORE = re.compile(r"\b(?:in|among)\s+(?:the\s+|these\s+|those\s+)?(?:(?!of\b)[\w-]+\s+){0,2}?$", re.IGNORECASE)
_STANDS_FOR_DISEASE = re.compile(
    # ("longer progression-free survival in patients with RCC": a survival, of the patients)
    r"\b(?:diseases?|conditions?|illness|disorders?|symptoms?|progression(?![\s-]+free)|recurrence|relapse|treatment|treating|"
    r"(?:affected|altered|impaired|elevated|seen|found|present|common|prevalent|higher|lower|high|low)\s+(?:in|among))\b",
    re.IGNORECASE,
)
# a participant nested in what the sentence is about (news): a compound modifier ("glucose-dependent",
# "dopamine-fueled neurons", "insulin-making cells", "sugar-modified compounds"), a process of it ("caffeine
# metabolism", "the reuptake of serotonin"), or what the body can do with it ("ability to take up and use insulin",
# "inability to break down sugars"; what an able body clears it lowers: "interferes with the liver's ability to
# clear bad cholesterol"). Not absorption: "promotes the intestines' ability to absorb calcium" raises it.
_PROCESS_NOUN = r"[\"“”]?(?:metabolism|re-?uptake|uptake|clearance|breakdown|excretion)[\"“”]?"
_NESTED_AFTER = re.compile(
    rf"(?:-(?:dependent|fuell?ed|making|modified|containing|based)|[\s-]+{_PROCESS_NOUN})\b", re.IGNORECASE
)
_NESTED_BEFORE = re.compile(
    rf"(?:\b{_PROCESS_NOUN}\s+of\s+|"
    r"\b(?:in\s?)?ability\s+to\s+(?:[\w-]+\s+){0,3}?(?:use|process|metaboli[sz]e)\s+|"
    r"\bin\s?ability\s+to\s+(?:[\w-]+\s+){0,3}?(?:break\s+down|clear|remove|excrete)\s+)(?:the\s+)?"
    r"(?:[\w-]+\s+(?:and|or)\s+)?$",
    re.IGNORECASE,
)
_PATIENTS_AFTER = re.compile(r"[\s-]+(?:patients|sufferers|survivors|victims)\b", re.IGNORECASE)
# "simethicone, which is marketed to relieve gas under the brand names Mylicon and ...": the drug's own name
_BRAND_NAME_BEFORE = re.compile(
    r"\b(?:(?:brand|trade)\s+names?|(?:sold|marketed)\s+(?:as|under))\s+(?:the\s+(?:brand\s+|trade\s+)?names?\s+)?$",
    re.IGNORECASE,
)
# a treatment named as a point in time: "use them as long as five years after tamoxifen therapy to lower their risk",
# "switching to one of the new drugs after five years of tamoxifen cut the risk"
_TIME_AFTER_BEFORE = re.compile(
    r"\b(?:years?|months?|weeks?|days?)\s+(?:after|following)\s+(?:the\s+|their\s+|a\s+)?$"
    r"|\bswitch\w*\s+(?:to|from)\b[^.;]*?\bafter\s+(?:[\w-]+\s+){0,2}(?:years?|months?|weeks?|days?)\s+of\s+$"
    # "radiation treatment after a mastectomy decreases the risk": the treatment given after it acts
    r"|\b(?:treatment|therapy|radiation|radiotherapy|chemotherapy|chemo|care|medications?|drugs?)\s+(?:given\s+)?"
    r"(?:after|following)\s+(?:an?\s+|the\s+|their\s+)?$",
    re.IGNORECASE,
)
_USE_VERB = r"(?:used|approved|prescribed|indicated|taken|given)"  # what a drug is for: "used to treat", "approved for"
_USED_FOR_BEFORE = re.compile(
    rf"\b{_USE_VERB}\s+(?:\w+ly\s+)?(?:to\s+(?:treat|prevent|fight|control|manage)|"
    r"for|against)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Klebsiella ... because of its resistance to carbapenems": a microbe resisting a drug is no relation between them
# (not "Mice lacking RANKL are resistant to metastasis": what the mice resist tells what RANKL does)
_RESISTANCE_TO_END = re.compile(r"\b(?:its|their)\s+resistance\s+to\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
# "combined a low dose of an antifungal agent with a drug used to treat gout": another, unnamed drug treats g2
_WITH_OTHER_DRUG_FOR = re.compile(
    r"\b(?:with|and|plus)\s+(?:an?|another|a\s+second)\s+(?:[\w-]+\s+){0,2}?(?:drug|medication|medicine|agent|compound)\s+"
    rf"(?:that\s+is\s+|which\s+is\s+)?(?:\w+ly\s+)?{_USE_VERB}\s+(?:to|for|against)\b",
    re.IGNORECASE,
)
_MAIN_VERB_START = re.compile(
    r"\s*,?\s*(?:also\s+)?(?:has|have|had|was|were|is|are|can|may|might|could|will|would|did|does|do)\b", re.IGNORECASE
)
# "prevented strokes ... as well as warfarin did": the comparator, not a second agent
_AS_WELL_AS_BEFORE = re.compile(r"\bas\s+well\s+as\s+(?:the\s+)?$", re.IGNORECASE)
# (not "worked as well as warfarin does in preventing strokes": both prevent them)
_DID_AFTER = re.compile(r"\s+(?:did|does|do)\s*(?:[,;]|\band\b|\bbut\b)", re.IGNORECASE)
_SUBSTITUTE_AFTER = re.compile(r"[\s-]*(?:substitutes?|replacements?|alternatives?|replacers?)\b", re.IGNORECASE)
_SUBSTITUTE_NOUN = r"\b(?:substitutes?|replacements?|alternatives?|stand-ins?)\s+(?:for|to)"
_SUBSTITUTE_FOR = re.compile(_SUBSTITUTE_NOUN + r"\s+(?:the\s+)?$", re.IGNORECASE)
# ("no substitute for lifestyle improvements, including healthy diet, ...": the examples stand in too)
_SUBSTITUTE_FOR_LIST = re.compile(
    _SUBSTITUTE_NOUN + r"\b[^.;:]*?\b(?:including|such\s+as|like)\s+[^.;:]*$", re.IGNORECASE
)
# a verb that sets g1 beside another thing ("comparing a daily dose of aspirin to a placebo in the prevention of
# strokes": the trial's design, no result)
_SIDE_BY_SIDE_VERB = r"\b(?:compar|combin|contrast)(?:e|es|ed|ing)\s+"
_COMPARING_BEFORE = re.compile(
    _SIDE_BY_SIDE_VERB + r"(?:(?:the|a|an|this|these|that|its|their|daily|dose|doses|of|\d+|"
    r"[\w-]+grams?)\s+){0,8}$",
    re.IGNORECASE,
)
_COMPARED_PRONOUN = re.compile(
    _SIDE_BY_SIDE_VERB + r"(?:this|that|these|those|it|them)\s+(?:with|to|against)\b", re.IGNORECASE
)
_COMPARED_TO_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:with|to|against|versus|vs\.?)\s", re.IGNORECASE)
# g2 names the class g1 belongs to ("Apixaban is a so-called Xa inhibitor, a class of anticoagulants")
# (or the drug named right after its class: "the BRAF inhibitor vemurafenib", "MEK inhibitor, trametinib,")
_MEMBERS_OF_ACTING_CLASS = re.compile(
    r"[\s-]*(?:\([^()]{1,15}\)\s*)?(blockers?|inhibitors?|antagonists?|agonists?|activators?|stimulants?|inducers?)\b"
    r"(?:[^,;()]{0,30}?,?\s*"
    r"(?:such\s+as|such|including|like|e\.g\.,?|notably|especially)\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+){0,2}(?:drug|medication|medicine)s?\s+)?|\s*[,(\[]?\s*(?:(?:called|named|known\s+as)\s+)?)",
    re.IGNORECASE,
)
_CLASS_OF = re.compile(
    r"\b(?:an?|one|another)\s+(?:[\w-]+\s+){0,2}(?:class|type|kind|form|category)\s+of\s+(?:the\s+)?$", re.IGNORECASE
)
# "homes in on proteins expressed by the cancer": the participle belongs to another noun, not to g1
_OTHER_NOUN_BEFORE = re.compile(
    r"\b(?:on|to|at|of|for|with|from|in)\s+(?:the\s+|these\s+|those\s+)?"
    rf"(?!{_NOMINAL}\b|E\b|(?:be|been|being|is|are|was|were|get|gets|got)\b)[a-z][\w-]*\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
# drugs named by their target ("SGLT2 drugs"): the drugs act, not the target
_DRUGS_AFTER = re.compile(r"\s+(?:drugs?|medications?|medicines?)\b", re.IGNORECASE)
# a test or screening named by what it measures ("routine PSA prostate screening has resulted in"): a procedure
_PROCEDURE_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+)?(?:screening|testing|tests?|scans?)\b", re.IGNORECASE)
# what fights g1 ("its potent cholesterol fighter Repatha significantly reduced"): the fighter acts
_FIGHTER_AFTER = re.compile(r"[\s-]*(?:fighters?|busters?|killers?|lowerers?|reducers?|burners?)\b", re.IGNORECASE)
# "women with the BRCA mutations who had surgery to try to prevent B": the people act, not what they carry
_CARRIED_BY_PEOPLE = re.compile(
    r"\b(?:[a-z]+s|women|men|children|people)\s+(?:with|carrying)\s+(?:the\s+|an?\s+)?$", re.IGNORECASE
)
_WHO_CLAUSE = re.compile(r"\s*(?:[\w-]+\s+){0,2}who\s", re.IGNORECASE)
# "lowering inflammation alone, without affecting cholesterol, also reduces the risk": g1 is set aside
_WITHOUT_AFFECTING = re.compile(
    r"\bwithout\s+(?:\w+ly\s+)?(?:affect|chang|alter|lower|rais|reduc|increas|touch)\w*\s+(?:the\s+|their\s+|its\s+)?$",
    re.IGNORECASE,
)
# a nominal right after g1 whose object g1 is ("cardiovascular disease prevention"; not "treatment" or "therapy",
# which follow the drug given as often as the disease treated)
_OBJECT_OF_NOMINAL = re.compile(
    r"\s+(?:prevention|management|screening|care|research|researchers?|risk\s+reduction)\b",
    re.IGNORECASE,
)
_PREPOSITION_END = re.compile(r"\b(?:to|of|in|with|for|on|against)\s+$", re.IGNORECASE)
# "breast cancer prevention: tamoxifen and raloxifene", "cancer treatment with tamoxifen": g1 is what the nominal
# acts on, g2 what acts
_PREVENTION_BY = re.compile(
    r"\s+(?:prevention|treatment|therapy)\s*(?::|\s(?:with|using))\s*(?:the\s+)?", re.IGNORECASE
)
# "an increased risk of preterm birth with moderate exercise", "the risk of stroke rose with aspirin use": what the
# risk comes with acts on the outcome named before it (the change word before g1, or a verb between)
_RISK_OF = r"risks?\s+(?:of|for)\s+(?:developing\s+|getting\s+|having\s+|dying\s+(?:of|from)\s+)?(?:an?\s+|the\s+)?$"
_RISK_CHANGE_BEFORE = re.compile(
    r"\b(?:(?P<up>increased|higher|greater|elevated|raised|doubled|tripled|heightened|excess)|"
    rf"(?P<down>lower|reduced|decreased|smaller|diminished))\s+(?:[\w-]+\s+)?{_RISK_OF}",
    re.IGNORECASE,
)
_RISK_OF_BEFORE = re.compile(rf"\b{_RISK_OF}", re.IGNORECASE)
_RISK_WITH_AGENT = re.compile(
    r"\s+(?:(?P<up>rose|increased|climbed|went\s+up|grew)|(?P<down>fell|dropped|declined|went\s+down|decreased)\s+)?"
    r"\s*with\s+(?:the\s+)?(?:(?:regular|daily|long-term|heavy|moderate|high-dose|low-dose)\s+)?"
    r"(?:(?:use|intake|consumption)\s+of\s+|taking\s+|using\s+)?",
    re.IGNORECASE,
)
# after the agent: its use, then the clause goes on or ends (not "with diabetes patients": a group)
_RISK_AGENT_END = re.compile(
    r"(?:\s+(?:use|users?|therapy|treatment|intake|consumption|supplements?|supplementation|exposure))?"
    r"\s*(?:[,.;:)]|$|\s+(?:than|compared|versus|vs\.?|in|among|for|after|during|over|at|and|or|but|while|whereas)\b)",
    re.IGNORECASE,
)
# "one of the harder cancers to treat": g1 is the object of the infinitive, whose agent is not named
_HARD_TO = re.compile(
    r"\b(?:hard|harder|hardest|difficult|tough|tougher|toughest|easy|easier|easiest)\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)
_TO_TREAT = re.compile(r"\s+to\s+(?:treat|cure|prevent|control|manage)\b", re.IGNORECASE)
# "there are no foods or vitamins that definitively prevent ...": the subject is denied
_THERE_IS_NO = re.compile(
    r"\bthere\s+(?:is|are|was|were)\s+no\s+(?:[\w-]+\s+(?:or|and)\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE
)
# an apposition that defines g1 by its parts or examples
_DEFINED_BY = re.compile(
    r"\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,5}(?:including|such as|like|(?:combination|group|set|cluster|class|"
    r"family|mix|list|constellation)\s+of)\s+(?:(?:the|an?)\s+)?",
    re.IGNORECASE,
)
_RISK_AFTER = re.compile(r"\s+(?:an?\s+|the\s+)?(?:\w+\s+)?risks?\s+(?:of|for)\b", re.IGNORECASE)
# "ibuprofen, a common anti-inflammatory drug, ...": an apposition that names the class of the mention before it
_CLASS_APPOSITION = re.compile(
    r"\s*,\s*(?:an?|the)\s+(?:(?!of\b)[\w-]+\s+){0,3}E(?:\s+(?:drug|medication|medicine|agent|compound|supplement)s?)?"
    r"\s*,\s*",
    re.IGNORECASE,
)
_CLASS_APPOSITION_BEFORE = re.compile(
    r"\bE\s*,\s*(?:an?|the)\s+(?:(?!of\b|the\b)[\w-]+\s+){0,3}$", re.IGNORECASE  # not "an inhibitor of the A"
)
_CLASS_APPOSITION_AFTER = re.compile(r"[\s-]*(?:[\w-]+\s+)?,")  # g1 (the class) closes the apposition
# "MS relapse was 23 percent lower in the laquinimod group": the arm names the agent of the comparison
_IN_THE_ARM = re.compile(r"\b(?:in|among|for|with)\s+(?:the|a)\s+$", re.IGNORECASE)
_ARM_AFTER = re.compile(r"[\s-]*(?:treated\s+|treatment\s+|therapy\s+)?(?:group|arm|cohort)s?\b", re.IGNORECASE)
# "the risk of death was 7% lower for those who took aspirin": the agent comes last
_TAKERS = re.compile(
    r"\b(?:for|among|in)\s+(?:those|people|patients|women|men|participants|subjects|mice|rats|animals|rodents|"
    r"the\s+(?:group|patients|people|mice|rats|animals))\s+"
    r"(?:(?:who|that)\s+(?:took|take|taking|used|use|received|receive|got|ate|drank|were\s+given|were\s+taking|were\s+fed)|"
    r"on|taking|receiving|given|using|treated\s+with|fed)\s+"  # "in women on 10 years of letrozole"
    r"(?:(?:the|a|an|daily|regular|low-dose|high|low|large|small|\w+ly)\s+)*"
    r"(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|more|additional|extra)\s+)*"
    r"(?:(?:years?|months?|weeks?|days?|doses?)\s+of\s+)?$",
    re.IGNORECASE,
)
# "The risk of breast cancer was higher among women who took X", "Heart attacks were less common among patients
# taking statins": a comparison of takers with the others (the adjectives are no triggers elsewhere: "higher doses")
_TAKERS_CHANGE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|remains?|remained|appears?|appeared|seems?|seemed)(?:n't)?\s+"
    r"(?:(?:not|no|any|about|nearly|almost|roughly|some|up\s+to|significantly|substantially|considerably|markedly|slightly|much|far|"
    r"also|still|even|[\d.,]+|\w+-fold|one|two|three|four|five|percent|%|times|per\s*cent)\s*)*"
    r"(?:(?P<up>higher|greater|more\s+(?:common|frequent|prevalent)|increased|elevated|doubled|tripled)|"
    r"(?P<down>lower|smaller|less\s+(?:common|frequent|prevalent)|reduced|decreased|halved|rarer))\s*$",
    re.IGNORECASE,
)
# a relative clause about people between the two: its verb is the people's, not g1's
_PEOPLE_WHO = re.compile(
    r"\b(?:those|people|patients|men|women|adults|children|individuals|participants|subjects|anyone|someone)\s+"
    r"(?:who|that)\b",
    re.IGNORECASE,
)
_BY_GERUND = re.compile(r"\bby\s+[a-z]+ing\b", re.IGNORECASE)
_PARALLEL_GERUND = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)([a-z]+ing)\s", re.IGNORECASE)
_NEXT_VERB_PHRASE = re.compile(r"\s*(?:,\s*(?:and\s+)?(?!\w+ing\b)(?=[a-z])|,?\s*by\s+(?=\w+ing\b))")


def _object_of_verb(pre: str) -> bool:
    """The text before a mention ends with a verb trigger and at most four words of its object phrase, in the
    same clause ("reduce ", "driving down the risk of another ")."""
    t = _triggers(pre)
    return bool(t) and re.fullmatch(r"(?:\s+[\w'-]+){0,4}\s*", pre[t[-1][1] :]) is not None


_WITH_MODIFIER = re.compile(r"\s*(?:with|containing)\s+", re.IGNORECASE)
_ADDING_BEFORE = re.compile(r"\badding\s+(?:the\s+|a\s+)?$", re.IGNORECASE)
_ADDED_TO_BEFORE = re.compile(
    r"\badding\s+(?:[\w-]+\s+){1,8}?to\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|standard\s+|usual\s+)*$", re.IGNORECASE
)
_ADDED_TO = re.compile(r"\s*to\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|your\s+|standard\s+|usual\s+)*", re.IGNORECASE)
# "found no evidence that small cuts to salt intake reduce ...", "studies have not shown that taking beta-carotene
# reduces ...": the report before the subject denies what follows
_NO_SUCH = re.compile(
    r",[^;]*?\bno\s+such\s+(?:increase|rise|effect|risk|link|association|relationship|difference|benefit|harm|problem|"
    r"reduction|decrease)s?\b",
    re.IGNORECASE,
)
# an idea called wrong: "the unfounded idea that", "the discredited theory of Andrew Wakefield that"
_DENIED_IDEA_PHRASE = (
    r"(?:(?:unfounded|false|mistaken|discredited|debunked|erroneous)\s+(?:idea|claim|belief|notion|fear|theory|"
    r"assumption)s?(?:\s+of(?:\s+(?-i:[A-Z][\w.'-]*)){1,3})?|myth)\s+that"
)
_DENIED_IDEA = re.compile(rf"\b{_DENIED_IDEA_PHRASE}\b", re.IGNORECASE)
_DENIED_REPORT = re.compile(
    r"\b(?:no\s+(?:\w+\s+){0,2}(?:evidence|proof|indication)\s+(?:that|of)|"
    r"without\s+(?:[\w-]+\s+){0,5}(?:evidence|proof)\s+that|"
    # "There is inadequate human data to support the idea that X causes Y"
    r"(?:inadequate|insufficient|not\s+enough|too\s+little)\s+(?:\w+\s+){0,2}(?:evidence|data|proof)\s+(?:that|of|to\s+"
    r"(?:support|show|prove)\s+(?:(?:the|any)\s+(?:idea|claim|notion)\s+)?that)|"
    # "There is little evidence that statins affect cancer risk", "doesn't think sufficient evidence exists yet to take"
    r"(?:little|scant)\s+(?:\w+\s+)?(?:evidence|proof)\s+(?:that|of)|"
    r"(?:do|does|did)(?:\s+not|n't)\s+(?:think|believe)\s+(?:that\s+)?(?:there\s+is\s+)?(?:enough|sufficient)\s+(?:\w+\s+)?evidence\s+"
    r"(?:exists\s+)?(?:yet\s+)?(?:that|to)|"
    r"(?:not|never|n't)\s+(?:yet\s+)?(?:been\s+)?(?:shown|found|proven|proved|demonstrated|established|confirmed)\s+that|"
    # "Studies have failed to show that antioxidant supplements such as vitamin E can prevent heart disease"
    r"(?:failed|fail|fails)\s+to\s+(?:show|prove|demonstrate|establish|confirm)\s+that|"
    rf"{_DENIED_IDEA_PHRASE})"
    r"\s+(?:[\w-]+\s+){0,4}$",
    re.IGNORECASE,
)


# "In Ctr9 knockdown embryos, Sox2 expression was reduced": the clause's subject, then (nominal, auxiliary,
# adverb) its own verb
_CHANGED_SUBJECT_GAP = re.compile(
    r"(?:[\s-]+(?:mRNA|protein|gene|expression|levels?|activity|production|concentrations?|content|secretion|"
    r"signal\w*))*\s+(?:(?:was|were|is|are|had been|has been|have been|became)\s+)?(?:\w+ly\s+)?(?:not\s+)?$",
    re.IGNORECASE,
)


def _genotype_frame(text: str, spans: list[_Span], frame: re.Match, comma: int, g1: _Group, g2: _Group) -> tuple | None:
    """g1 alone in a fronted genotype or exposure ("In Ctr9 knockdown embryos, ...", "In mice lacking A, ...",
    "In LPS-treated mice, ...") and g2 the subject of the clause after it whose verb says how g2 changed: g1
    acts on g2 by that verb's sign, reversed when the frame names g1's loss."""
    if frame.group("aside") or len(g1.spans) != 1 or not (g1.end <= comma < g2.start):
        return None
    head = text[frame.end() : g1.start]
    lost = bool(_AFTER_LOSS.match(text[g1.end : comma]) or _SUBJECT_FLIP.search(head))
    if not lost and not _EXPOSURE.search(text, frame.end(), comma):
        return None
    lead = text[comma + 1 : g2.start]
    if len(lead) > 30 or _triggers(lead) or any(comma < sp.start < g2.start for sp in spans):
        return None
    clause = re.split(r"[,;:]|\b(?:and|but|while|whereas)\b", text[g2.end : g2.end + 80])[0]
    trig = [t for t in _triggers(clause) if not _LEADING_NOMINAL.match(clause, t[0])]
    if not trig or trig[0][2] in ("assoc", "bind") or not _CHANGED_SUBJECT_GAP.fullmatch(clause[: trig[0][0]]):
        return None
    if any(g2.end + trig[0][1] <= sp.start < g2.end + len(clause) for sp in spans):
        return None  # "Sox2 reduced B": g2 acts on an object of its own
    pred, direction = _predicate([trig[0][2]], trig[0][3] * (-1 if lost else 1))
    return True, pred, direction, bool(_NEG.search(clause[: trig[0][0]])), 2.5


def _active_compound(between: str) -> tuple[re.Match, tuple[int, int, str, int]] | None:
    """"RANKL-inhibiting drug", "IL-1alpha-expressing cancer cells": a compound whose verb (a whole trigger) takes g1
    as its object, and that trigger. ``between``: masked, from g1's end."""
    compound = _ACTIVE_COMPOUND.match(between)
    if compound and (t := _triggers(compound.group(1))) and t[0][0] == 0 and t[0][1] == len(compound.group(1)):
        return compound, t[0]
    return None


def _agent_named_after(rest: str) -> bool:
    """The compound's agent, g2, is the noun right after it ("... breast cancer cells"; not "cholesterol-lowering
    and heart disease": a list)."""
    return bool(_NOUN_GAP.fullmatch(rest)) and not _triggers(rest) and not _LIST_WORD.search(rest)


def _compound_names_agent(between: str) -> bool:
    """"cholesterol-lowering drugs called statins": a compound verb on g1 whose agent, g2, is named right after it."""
    found = _active_compound(between)
    return found is not None and _agent_named_after(between[found[0].end() :])


_WITH_AND_WITHOUT = re.compile(r"\bwith\s+(?:and|or)\s+without\s+$|\bwithout\s+(?:and|or)\s+with\s+$", re.IGNORECASE)
_CALLED_AFTER = re.compile(r"\s+(?:called|known\s+as|termed|named)\s+", re.IGNORECASE)
_PEOPLE_WITH_END = re.compile(
    r"\b(?:patients|people|persons|adults|children|women|men|individuals|participants)\s+with\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?:of\s+)?$",
    re.IGNORECASE,
)
_TO_VERB_AFTER = re.compile(r"\s+to\s+(?!be\b)[a-z]+", re.IGNORECASE)
_RANGE_FROM_BEFORE = re.compile(r"\brang(?:e|es|ed|ing)\s+from\s+(?:[\w-]+\s+){0,4}?$", re.IGNORECASE)
_TESTED_FOR_BEFORE = re.compile(
    r"\b(?:screen(?:ed|ing)?|tested|testing|check(?:ed|ing)?)\s+for\s+(?:the\s+)?(?:[\w-]+\s*,\s+){0,3}$", re.IGNORECASE
)
# two agents of one target: "binds the same receptor as drug B", "the same hormone targeted by the drug fenfluramine"
_SAME_AS_OTHER = re.compile(r"\bthe\s+same\s+(?:[\w-]+\s+){1,4}?(?:that\s|which\s|as\s|\w+ed\s+by\s)", re.IGNORECASE)


def _aside_close(between: str) -> int:
    """The offset after a ")" of ``between`` that closes a parenthesis opened before it, else -1."""
    depth = 0
    for i, c in enumerate(between):
        if c == "(":
            depth += 1
        elif c == ")":
            if not depth:
                return i + 1
            depth -= 1
    return -1


_THROUGH_END = re.compile(r"\b(?:through|via)\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+)?(?:same\s+)?$",
                          re.IGNORECASE)
# a gene lost in a cell type or tissue: "GFPT1 was deleted in fibroblasts", "FPR2 had been deleted only from neurons"
_LOST_WHERE = re.compile(
    r"\s*(?:(?:had|has|have)\s+been\s+|was\s+|were\s+|is\s+|are\s+)?(?:\w+ly\s+)?(?:deleted|knocked\s+out|"
    r"removed|ablated|silenced|inactivated|disrupted|lost)\s+(?:only\s+|specifically\s+|selectively\s+)?"
    r"(?:in|from)\s+(?:the\s+|their\s+)?",
    re.IGNORECASE,
)


def _analyse(
    text: str, spans: list[_Span], g1: _Group, g2: _Group, next_group: _Group | None = None, abstract: bool = True
) -> tuple | None:
    """Relation between group g1 (left) and group g2 (right) of one sentence.

    Returns (subject_is_left, predicate, direction, negated, score) or None.
    """
    between = _mask(text, spans, g1.end, g2.start)
    if _SO_LEVEL_OF.fullmatch(between):
        return None  # "a key nutrient for cancer cells, so lower cholesterol levels ...": "lower" is g2's, no verb
    added_from = max(0, g1.start - 80)
    if (
        "adding" in text[added_from : g1.start].lower()  # (a pre-test: _analyse runs per pair, few sentences add)
        and _ADDED_TO_BEFORE.search(_mask(text, spans, added_from, g1.start))
        and any(not _CLASS_NOUN_WORD.fullmatch(between[t[0] : t[1]]) for t in _triggers(between))
    ):
        # "adding a drug that blocks androgen receptors to radiation treatments halved their death rate": what was
        # added acts, not the treatment it was added to
        return None
    dashes = list(_DASH.finditer(text, 0, g1.start))
    aside_words = text[dashes[-1].end() : g1.start] if dashes else ""
    if (
        len(dashes) % 2
        and _DASH.search(between)
        and not _ASIDE_EXAMPLES.match(aside_words)
        and (
            re.match(r"\s*(?:an?|the)\s", aside_words)  # "psilocybin — a hallucinogen long used ... — eases"
            or ((t := _triggers(aside_words)) and aside_words[: t[0][0]].strip())
        )  # (not "— diminished sexual thoughts and erectile dysfunction —": a list)
    ):
        # "statins – drugs used for reducing cholesterol – to stop": g1 is the object of a verb in an aside that
        # closed (not "all kinds of things -- including tumor biopsy -- can cause inflammation")
        return None
    aside = _DASH_ASIDE.match(between)
    if aside and not _triggers(rest := between[aside.end() :]) and (
        re.fullmatch(r"\s*,?\s*(?:and|or|as well as)\s+", rest) or _LIST_SIBLINGS.fullmatch(", " + rest.lstrip(" ,"))
    ):
        return None  # "opioids - Vicodin, Oxycontin and related painkillers - and heroin": items of one list
    if aside and _triggers(between[aside.end() :]):
        # "statins – drugs used for reducing cholesterol – to stop tumours returning": the aside describes g1; the
        # words after it carry the relation
        between = " " * aside.end() + between[aside.end() :]
    if _CHANGE_ITEM.fullmatch(between) and _INCLUDED_FIRST_BEFORE.search(text, max(0, g1.start - 60), g1.start):
        # "side effects included nausea in the first month, small increases in serum creatinine": list items
        return None
    inc = _INCLUDING.search(between)
    last_item = between.rfind(",") if inc else -1
    if inc and last_item > inc.end() and _triggers(between[: inc.start()]):
        # "carry the risk of side effects, including thinning or weakening the skin, kidney damage": the items
        # listed before g2's own item name what the verb brings; a change word among them is no verb of g1's
        # (g2's own item keeps its words: "improve outcomes, such as reducing heart attacks")
        between = (between[: inc.end()] + _LIST_ITEM_WORD.sub(lambda m: "x" * len(m.group()), between[inc.end() : last_item])
                   + between[last_item:])
    if _DERIVED.fullmatch(between):
        if _COMPOUND_MODIFIER.match(text, g2.end):
            return None  # "stem cell-derived insulin-producing cells": what is derived is the cells
        return True, "produces", "+", False, 2.5  # "breast cancer cell-derived IL-1alpha": the cells make it
    # "RANKL-inhibiting drug", "IL-1alpha-expressing cancer cells": g1 is the object of a verb whose subject is
    # the noun after it; that noun (a blocker or a carrier of g1) is what acts on g2
    blocked_by_compound = False
    if found := _active_compound(between):
        compound, t = found
        rest = between[compound.end() :]
        if _agent_named_after(rest):
            pred, direction = _predicate([t[2]], t[3])
            return False, pred, direction, False, 2.5
        blocked_by_compound = t[3] < 0 and t[2] != "assoc"
        if blocked_by_compound and _NAMED_BLOCKER.match(rest):
            return None  # "cholesterol-lowering drugs called statins and a reduced risk of B": the statins act
        if (
            blocked_by_compound and not abstract and _DRUG_NOUN.match(rest)
            and not g1.spans[-1].entity_id.startswith(("HGNC:", "FPLX:"))
        ):
            # "People taking cholesterol-lowering drugs were less likely to develop the disorder": in news the
            # unnamed drugs act; that cholesterol raises the disorder is the reader's inference, not the story's
            # (a gene's blocker still tells the gene's part: "RANKL-blocking antibodies reduced metastasis")
            return None
        between = " " * compound.end() + between[compound.end() :]
    contrast = _NEGATED_THEN_BUT.search(between)
    if contrast and len(between[: contrast.start()]) <= 40 and not re.search(r"[,(]| E ", between[: contrast.start()]):
        between = between[: contrast.start()] + between[contrast.end() :]
    if _CLAUSE_BREAK.search(between) or len(between) > 220:
        return None
    if _LIST_SIBLINGS.fullmatch(between) or _BY_AMOUNT_AND.fullmatch(between) or (
        len(g1.spans) >= 3
        and not _LIST_WORD.search(text, g1.spans[-2].end, g1.spans[-1].start)  # no "and" has closed the list yet
        and _LIST_GOES_ON_GAP.fullmatch(between)
    ) or ((changed := _LIST_THEN_CHANGED_ITEM.fullmatch(between)) and not _triggers(between[: changed.start("change")])) or (
        _CHANGED_ITEM_GAP.fullmatch(between)
        and _EXAMPLE_BEFORE.search(text[max(0, g1.start - 30) : g1.start])
        and _LIST_GOES_ON.match(text, g2.spans[0].end)
    ):
        return None  # "nausea, fatigue, decreased appetite, vomiting": items of one list ("decreased" is no verb)
    takers = _TAKERS.search(between)
    if not takers and (arm := _IN_THE_ARM.search(between)) and _ARM_AFTER.match(text, g2.end):
        takers = arm
    if takers and (t := _triggers(between[: takers.start()])) and len(g2.spans) == 1:
        pred, direction = _predicate([t[-1][2]], t[-1][3])
        return False, pred, direction, bool(_NEG.search(between[: t[-1][0]][-40:])), 2.5
    if takers and len(g2.spans) == 1 and (change := _TAKERS_CHANGE.search(between, 0, takers.start())):
        up = change.group("up") is not None
        pred, direction = _predicate(["up" if up else "down"], 1 if up else -1)
        return False, pred, direction, bool(_NEG.search(between[: takers.start()][-60:])), 2.5
    pre_g1 = text[max(0, g1.start - 40) : g1.start]
    if _CLASS_APPOSITION_AFTER.match(text[g1.end : g1.end + 30]) and _CLASS_APPOSITION_BEFORE.search(
        _mask(text, spans, max(0, g1.start - 60), g1.start)
    ):
        return None  # "ibuprofen, a common anti-inflammatory drug, lowers B": the drug, not its class, acts
    if (_CARRIED_BY_PEOPLE.search(pre_g1) and _WHO_CLAUSE.match(between)) or _WITHOUT_AFFECTING.search(pre_g1):
        return None
    if _PREVENTION_BY.fullmatch(between):
        return False, "inhibits", "-", False, 2.0
    if (with_agent := _RISK_WITH_AGENT.fullmatch(between)) and _RISK_AGENT_END.match(text, g2.end):
        before = text[max(0, g1.start - 80) : g1.start]
        # the change is named before g1 ("an increased risk of Y with X") or by the verb between ("rose with")
        verb_change = with_agent.group("up") or with_agent.group("down")
        risk = (_RISK_OF_BEFORE if verb_change else _RISK_CHANGE_BEFORE).search(before)
        if risk:
            up = (risk.groupdict().get("up") or with_agent.group("up")) is not None
            negated = bool(_NEG.search(before[: risk.start()][-40:]))
            return False, "increases" if up else "decreases", "+" if up else "-", negated, 2.0
    members = _MEMBERS_OF_ACTING_CLASS.fullmatch(between)
    if members:
        # "estrogen blockers such as tamoxifen": the drug named after the class blocks g1
        if members.group(1).lower().startswith(("agonist", "activator", "stimulant", "inducer")):
            return False, "activates", "+", False, 2.5
        return False, "inhibits", "-", False, 2.5
    purpose = _PURPOSE_OBJECT_BEFORE.search(text, max(0, g1.start - 40), g1.start)
    if purpose and not _RELATIVE.match(between) and not _USING_BEFORE.search(text, max(0, purpose.start() - 20), purpose.start()):
        # "A vaccine to prevent breast cancer's return has triggered the immune response": the vaccine acts (but "using
        # drugs to reduce dopamine levels ... decreased insulin sensitivity": the use is the act, dopamine's fall)
        return None
    if _TARGET_LEVEL_BEFORE.search(text, max(0, g1.start - 80), g1.start):
        return None  # "helping people achieve normal blood sugar would reduce diabetes": reaching the target acts
    if _NEW_SUBJECT_CLAUSE.match(between) or (_WITHOUT_GERUND.search(between) and _object_of_verb(pre_g1)):
        return None
    if _BASED_ON_CLAUSE.search(between) or (not abstract and (
        _DIFFERENCE_IN_BEFORE.search(text, max(0, g1.start - 60), g1.start)
        or _DIFFERENCE_IN_BEFORE.search(text, max(0, g2.start - 60), g2.start)
        or _CONTROL_AFTER.match(text, g1.end)
    )):
        return None
    if _COSTS_OF.search(between):
        return None  # "associated with higher medical bills for chronic illnesses such as diabetes": the bills are
    if _COPULA_CLAUSE.match(between) and re.search(r"\b(?:and|but|while|whereas)\s+(?:the\s+|their\s+)?$", between) and (
        _COPULA_CLAUSE.match(text, g2.end)
    ):
        return None  # "estrogen levels were lower and androgen levels were higher": two results side by side
    if _CHANGE_HOW.search(between):
        return None  # "viral therapies that could change how cancer is treated": the treatment changes, not cancer
    if _ACTED_ON_BY_AGENT_BEFORE.search(pre_g1) or ((item := _OTHER_AGENT_ITEM.search(between)) and between[: item.start()].strip()):
        # "Local bans on artery-clogging trans fats led to fewer heart attacks", "a new agent based on snake venom
        # ... could cause less bleeding": the ban or the agent acts; "a baby aspirin, a statin to rebalance
        # cholesterol, a drug to control blood pressure and one to lower blood sugar": another item's purpose
        return None
    if (
        (comparator := _COMPARATOR_BEFORE.search(text, max(0, g1.start - 40), g1.start))
        and not _RELATIVE_AFTER_FIRST.match(text, g1.end)
        # ("as good as celecoxib (Celebrex) at relieving knee pain": both relieve it)
        and not (comparator.group().lower().startswith("as ") and _AT_DOING.match(between))
    ) or _IN_RISK_GROUP_BEFORE.search(pre_g1) or _TIME_AFTER_BEFORE.search(text, max(0, g1.start - 120), g1.start) or (
        _AS_WELL_AS_BEFORE.search(text, max(0, g1.start - 20), g1.start) and _DID_AFTER.match(text, g1.end)
    ):
        # "a 21 percent reduction in strokes when compared to warfarin, a 31 percent reduction in major bleeding":
        # the comparator does not act (its own relative clause still tells what it does); "a delay in giving blood
        # thinners to patients at low risk for stroke increases the risk for dementia": who is treated does not act
        return None
    if (
        _POPULATION_AFTER.match(between) or _STATE_OF_GROUP.search(between) or _TARGET_FOR.search(between)
        or _INTERACTS_WITH_DRUGS.search(between) or _REPORT_INSIDE.search(between) or _ADVICE_CLAUSE.search(between)
    ):
        return None
    if _WITH_OTHER_DRUG_FOR.search(between) or _RESISTANCE_TO_END.search(between):
        return None
    if _MAIN_VERB_START.match(between) and _USED_FOR_BEFORE.search(text, max(0, g1.start - 50), g1.start):
        # "Bisphosphonates used for osteoporosis have also been linked to a rare fracture", "WAY-316606, a compound
        # used to treat osteoporosis, has a similar effect on SFRP1": g1 is what the drug named before is for
        return None
    if less := _CAUSES_LESS.search(between):
        # "apixaban ... tended to cause less bleeding in the skull": causing less lowers
        return True, "decreases", "-", bool(_NEG.search(between[: less.start()][-40:])), 2.5
    if cause := _TREATS_CAUSE_OF.search(between):
        # "pridopidine does not get at the underlying cause of Huntington's disease": what acts on a cause lowers the
        # disease
        return True, "inhibits", "-", bool(_NEG.search(between[: cause.start()][-40:])), 2.5
    if _ASSIGNED_BEFORE.search(text, max(0, g1.start - 60), g1.start) and _FOUND_IN_BETWEEN.search(between):
        return None  # "patients randomly assigned to either stent or endarterectomy, found that stent patients were at
        # higher risk of stroke": an arm of the design, not the subject of the result
    if _UNNAMED_DRUG_TAKEN.search(between):
        return None  # "People with calcium deposits can improve ... by taking medication to treat high blood pressure"
    if _AT_RISK_POPULATION.search(between):
        return None  # "curcumin in the diets of people with risk factors for heart disease": who takes it, no effect
    if not abstract and (
        _IN_POPULATION_WITH.search(between) or (_IN_BEFORE.search(between) and _PATIENTS_AFTER.match(text, g2.end))
    ) and not _STANDS_FOR_DISEASE.search(between) and not _CHANGES_IN.fullmatch(between):
        return None  # "in heart attack patients": who the effect was seen in
    if not abstract and any(
        (len(g.spans) == 1 and _NESTED_AFTER.match(text, g.end)) or _NESTED_BEFORE.search(text, max(0, g.start - 60), g.start)
        for g in (g1, g2)
    ):
        return None  # "genes related to caffeine metabolism also influence blood pressure": the process is the participant
    if _BRAND_NAME_BEFORE.search(text, max(0, g2.start - 50), g2.start):
        return None  # "marketed under the brand names Mylicon and ...": g1's name, not its object
    if (
        _ALONG_WITH_RISK.match(between) or _MARKED_BY.search(between) or _PAREN_OF_OTHER.search(between)
        or _APPOSITION_OF_OTHER.search(between)
    ):
        return None  # items side by side, a disease's marks, a parenthesis about another participant
    if _SAME_AS_OTHER.search(between):
        return None  # "lorcaserin works on the serotonin receptor -- the same hormone targeted by fenfluramine"
    if (
        _WITH_AND_WITHOUT.search(between)
        or (len(g2.spans) == 1 and (called := _CALLED_AFTER.match(text, g2.end))
            and any(sp.start == called.end() for sp in spans))
        or (_PEOPLE_WITH_END.search(between) and _TO_VERB_AFTER.match(text, g2.end))
        or (_RANGE_FROM_BEFORE.search(text, max(0, g1.start - 50), g1.start) and re.search(r"\bto\b", between))
        or (_TESTED_FOR_BEFORE.search(text, max(0, g1.start - 40), g1.start) and not _LATER_RELATIVE.search(between))
    ):
        # arms of a study ("used both with and without fluoxetine"); a kind named by the next participant ("unstable
        # forms of oxygen called reactive oxygen species"); people with a disease made to act ("caused patients with
        # a specific type of cystic fibrosis to improve"); the ends of a range ("side effects range from muscle pain
        # and cataracts to an increased risk for diabetes"); what is tested for ("blood isn't screened for HIV,
        # hepatitis and syphilis, putting recipients at risk of infections")
        return None
    if (
        (close := _aside_close(between)) >= 0 and " " in between[:close].strip()  # (a clause, not "(-/-))", "-induced)")
        and _triggers(between[:close]) and not _triggers(between[close:])
    ):
        # "(meaning a biopsy finds malignant cells but they ... would never harm, let alone kill, the man) as well as
        # incontinence": the verbs belong to a parenthesis around g1 that closes before g2
        return None
    if (_UNLIKE_BEFORE.search(text, max(0, g1.start - 40), g1.start) and "," in between) or (
        _RELATIVE_THEN_ITEM.match(between) and not re.search(r"\bbetween\s+(?:[\w-]+\s+){0,3}$", text[max(0, g1.start - 40) : g1.start])
    ):
        return None  # (a "link between A, which ..., and B" still links them)
    if _HELP_AT_END.search(between) and _HELPED_TO_MOVE.match(text, g2.end):
        return None
    if _SUBSTITUTE_AFTER.match(text, g2.end) or _SUBSTITUTE_FOR.search(between):
        return None  # "used in ice cream as a sugar substitute", "an alternative to statins": one stands in for the other
    if (substituted := _SUBSTITUTE_FOR_LIST.search(text, max(0, g1.start - 120), g1.start)) and not _triggers(
        text[substituted.end() : g1.start]
    ):
        return None  # "no substitute for lifestyle improvements, including healthy diet, ..., statin packets would add"
    if (_COMPARING_BEFORE.search(text, max(0, g1.start - 80), g1.start) and _COMPARED_TO_AFTER.match(between)) or (
        _COMPARED_PRONOUN.search(between)
    ):
        return None  # "compared this with the decrease in risk from taking statins", "combines A with B": side by side
    if _OBJECT_OF_NOMINAL.match(between):
        return None  # "the center for cardiovascular disease prevention at ...": g1 is what the nominal acts on
    class_of = _CLASS_OF.search(between)
    if (class_of and not _PREPOSITION_END.search(between, 0, class_of.start())) or (
        _TO_TREAT.match(between) and _HARD_TO.search(pre_g1)
    ):
        return None  # (not "a link to another form of epilepsy": there the class is what is linked to)
    defined = _DEFINED_BY.match(between)
    if (
        _COMPARED_WITH.search(between)
        or _PEOPLE_WHO.search(between)  # "death rates among those who take them to prevent heart attacks"
        or (defined and not _triggers(between[defined.end() :]))
    ):
        return None  # "improved survival over gemcitabine"; "X, a combination of risk factors including Y"
    frame = _FRAME.match(text)
    if frame and g1.start >= frame.end():
        comma = text.find(",", frame.end())
        genotype = _genotype_frame(text, spans, frame, comma, g1, g2)
        if genotype is not None:
            return genotype
        # "In the case of DCIS, radiation reduces the risk of ...": DCIS only sets the scene; "Besides reducing
        # the rate of skin cancers, vitamin use also seemed to cut ...": so does what is set aside
        if g1.end <= comma < g2.start and (
            frame.group("aside")
            or not (_triggers(text[frame.end() : comma]) or _EXPOSURE.search(text, frame.end(), comma))
        ):
            return None
    if _ABILITY_OF.search(between):
        return None  # "A was the key to the ability of B to promote C": B is the agent of what follows
    if re.search(r"\b(?:and|but|while|whereas)\s*$", between, re.IGNORECASE) and _starts_clause(text, g2.end):
        return None  # "A leads to X and B protects Y": B is the subject of a clause of its own
    pre1 = text[max(0, g1.start - 60) : g1.start]
    post2 = text[g2.end : g2.end + 40]
    if (
        _VERB_BEFORE.search(pre1)
        and _TO_AFTER.match(between)
        and not post2.startswith("-")  # "linked A to ... progestin-driven tumors": progestin only modifies
        and not _triggers(between.split(" E ")[0])
    ):
        return True, "associated_with", "0", bool(_NEG.search(pre1[-40:])), 2.0
    if _POPULATION_WITH.search(pre1):
        if _CAUSED_BY.search(between):
            return None  # "deaths in people with diabetes are caused by heart disease": B causes what they die of
        cause = _CAUSE_AFTER.match(text[g2.end :])
        if cause and any(sp.start >= g2.end + cause.end() for sp in spans):
            return None
        if _CAUSE_WORDS.search(text, g1.end, g2.start):
            return None  # the cause itself: it acts on what the population develops, not on its disease
    sub = _SUBORDINATE.match(text)
    if sub:
        comma = text.find(",", sub.end())
        if comma >= 0 and g1.end <= comma < g2.start and not _INVOLVED_BEFORE.search(pre1):
            # "When we were able to control the RANKL production, we were able to slow the spread of the cancer":
            # what was done to g1 in the condition, times what followed for g2
            return _intervention(text, spans, sub, comma, g1, g2)
    gerund = _GERUND_SUBJECT.match(text)
    if gerund and any(gerund.end() <= sp.start and sp.end <= g1.start for sp in spans):
        return (
            None  # "interfering with RANKL's binding to cancer cells blocked ...": only RANKL is the subject
        )
    pron = (_PRONOUN_CLAUSE_OR_IT if _IN_PHRASE_BEFORE.search(pre1) else _PRONOUN_CLAUSE).search(between)
    if pron and (t := _triggers(pron.group(1))) and t[0][0] <= 10 and "," not in pron.group(1)[: t[0][0]]:
        return None  # "when immune cells invade tumor cells, they trigger IKK-alpha": new clause
    if "," in between and (
        _OPEN_RELATIVE.search(pre1)
        or (_OPEN_RELATIVE.search(text, max(0, g1.start - 160), g1.start) and _RELATIVE_CLOSED_VERB.match(between))
    ):
        # g1 sits in a parenthetical relative clause that closes before g2 (a long one when the main verb follows
        # its comma: "The new system, which involves patients wearing a monitor and a pump to deliver insulin into
        # the body, also halved ...")
        return None
    if _DETECTION_OF.search(between):
        return None  # "did not improve the identification of individuals with polyps": the finding of B is acted on
    if _LOST_WHERE.fullmatch(between):
        return None  # "When GFPT1 was deleted in fibroblasts": the cells are where the gene was lost, not its target
    if not abstract and _THROUGH_END.search(between) and _triggers(between):
        return None  # "lactate reduced food intake through the same neurons": the cells are the way, not the target
    rel_mid = _LATER_RELATIVE.search(between)
    if (
        rel_mid
        and len(between[: rel_mid.start()].split()) >= 3  # not "adiponectin levels, which are associated with"
        and (
            (not _COPULA_OR_ASIDE.match(between) and " E " not in between[: rel_mid.start()])
            or _antecedent_after_first(between[: rel_mid.start()])
        )
        and not _triggers(between[: rel_mid.start()])
        and (rel_trig := _triggers(between[rel_mid.end() :]))
        and "," not in between[rel_mid.end() : rel_mid.end() + rel_trig[0][0]]  # the clause is still open there
    ):
        # "Vistusertib attacks proteins called mTOR1 and 2, which turn on the p-S6K protein": the verb is the
        # relative clause's, whose antecedent (not g1) ends the words before it
        return None
    # Apposition naming a drug class: "disulfiram, a dopamine beta-hydroxylase (DBH) inhibitor"
    if re.fullmatch(r"\s*,?\s*[(\[]?\s*(?:an?|the)\s+(?:\w+\s+){0,2}", between, re.IGNORECASE):
        cls = re.match(
            r"[\s)*_-]*(inhibitors?|antagonists?|blockers?|agonists?|activators?|inducers?)\b",
            post2,
            re.IGNORECASE,
        )
        if cls:
            word = cls.group(1).lower()
            if word.startswith(("agonist", "activator", "inducer")):
                return True, "activates", "+", False, 2.5
            return True, "inhibits", "-", False, 2.5
    # "The toxic effects of capecitabine are diarrhea, nausea, vomiting"
    if re.search(
        r"(?:side|adverse|toxic|unwanted)\s+(?:effects?|events?|reactions?)\s+of\s*(?:the\s+)?$",
        pre1,
        re.IGNORECASE,
    ) and (
        re.fullmatch(
            r"\s*(?:are|were|is|was|include[sd]?|included|including)\s+(?:\w+\s+){0,2}",
            between,
            re.IGNORECASE,
        )
    ):
        return True, "increases", "+", False, 2.5
    # Object relative clause: "IL-1alpha, which inflammation induces, ..." -> inflammation induces IL-1alpha
    if re.fullmatch(r"\s*,?\s*(?:which|that|whom)\s+", between, re.IGNORECASE):
        rest = text[g2.end :].split(",")[0]
        t = _triggers(rest)
        if t and t[0][0] <= 12:
            pred, direction = _predicate([t[0][2]], t[0][3])
            return False, pred, direction, bool(_NEG.search(rest[: t[0][0]])), 2.0
        return None
    # Subject relative clause or apposition between subject and verb: "A, which ... , suppresses B"
    rel = re.match(r"^\s*,\s*(?:which|who|whose|that|an?|the)\b[^,]*,\s*(.*)$", between, re.IGNORECASE)
    skipped = between[: rel.start(1)] if rel else ""
    relative = bool(re.match(r"^\s*,\s*(?:which|who|whose|that)\b", skipped, re.IGNORECASE))
    if (
        rel
        and " E " not in rel.group(1)
        and (relative or ((" E " not in skipped or _CLASS_APPOSITION.fullmatch(skipped)) and len(skipped) <= 80))
        and not re.match(r"(?:an?|the)\s", rel.group(1), re.IGNORECASE)  # "..., a response by which cells protect"
        and _triggers(rel.group(1))
    ):
        between = " " + rel.group(1)
    # "Maspin keeps tumor cells from spreading ..., a process called metastasis"
    keep = _KEEP_FROM.match(between)
    if keep and " E " not in keep.group(1):
        negated = bool(_NEG.search(between[: keep.start(1)]))
        return True, "inhibits", "-", negated, 2.5
    # "A reversed memory deficits induced by B", "A ameliorates X in B-treated rats": A acts on what B
    # causes, so A relates to B by the sign of its own verb (counteracts: -, potentiates: +), whatever the
    # sign of the effect noun ("deficits")
    effect = _EFFECT_BY.search(between) or _EXPOSED_IN.search(between)
    if not effect and _TREATED_AFTER.match(post2):
        effect = _IN_END.search(between)
    if effect and not _AUXILIARY_END.search(between[: effect.start()]):
        head = between[: effect.start()]
        first = head.split(" E ")[0]
        # A's own verbs (A is their subject: "A (10 mg/kg) significantly reversed"); the last one followed by
        # words acts on the effect ("A enhanced the barrier and protected against dysfunction caused by B")
        verbs = [
            t for t in _triggers(first) if t[2] not in ("assoc", "bind") and re.search(r"\w", head[t[1] :])
        ]
        # (also A's relative clause: "antioxidants, which can reduce cell damage caused by so-called free radicals")
        which = _WHICH_GAP.match(first)
        if verbs and _SUBJECT_GAP.fullmatch(first, which.end() if which else 0, verbs[0][0]):
            verb = verbs[-1]
            sign = verb[3] * (-1 if _lost_before(pre1, g1, between, g1.start <= 60) else 1)
            sign *= -1 if _lost_after(g2, post2) else 1  # "induced by TRP depletion"
            pred, direction = _predicate([verb[2]], sign)
            negated = bool(_NEG.search(head[: verb[0]][-40:]))
            return True, pred, direction, negated, 2.5 - len(between) / 200
    # "by potentiating A-induced X, reducing B-induced Y and reducing C": each gerund is one more means of the same
    # subject, not what A or X does to B. A single one may be the result ("by blocking COX-2, reducing
    # inflammation"), so the series must hold three. (The short gap is tested first: this runs for every pair.)
    if (
        (par := _PARALLEL_GERUND.search(between))
        and _triggers(par.group(1))
        and (means := _BY_GERUND.search(text, max(0, g1.start - 120), g1.start))
        and len(_PARALLEL_GERUND.findall(text, means.end())) >= 2
    ):
        return None
    verb = _NEXT_VERB_PHRASE.match(between)
    if verb and (t := _triggers(between)) and t[0][0] == verb.end() and _object_of_verb(pre1):
        # "reduce cell growth, promote the death of cells", "driving down the risk of X by lowering Y": g1 is the
        # object of one verb, and the next verb (or the means) belongs to that verb's subject too
        return None
    segments = between.split(" E ")
    chain = False
    if len(segments) > 1:
        head, tail = segments[0], segments[-1]
        if _MEMBERS_OF_ACTING_CLASS.fullmatch(head):
            return None  # "the MEK inhibitor trametinib to dabrafenib": the drug named after its target acts
        if (
            len(segments) == 2
            and (_WITH_MODIFIER.fullmatch(head) or (_ADDING_BEFORE.search(pre1) and _ADDED_TO.fullmatch(head)))
            and _triggers(tail) and not _RELATIVE.match(tail)
        ):
            # "contraceptives with progestin increase the risk of C": the modifier rides along; so does the
            # treatment a drug was added to ("Adding Erbitux to cisplatin doubled the response rate")
            use = tail
        elif _VERB_COORD.match(tail) and _triggers(tail) and (
            # (a dash before "and" closes an aside only when one opened after g1)
            not re.match(r"\s*[—–]", tail) or re.search(r"[—–]", " E ".join(segments[:-1]))
        ):
            # "A increased B and decreased C" (not "A drugs that mimic B and prevent C")
            use = None if re.search(r"\b(?:that|which|who)\b", head, re.IGNORECASE) else tail
        elif len(segments) == 2 and _USE_ASIDE.fullmatch(head) and _MAIN_VERB_AFTER_ASIDE.match(tail) and _triggers(tail):
            use = tail  # "iloprost, approved to treat A, might also prevent B": the aside tells what g1 is for
        elif _ACTIVE_COMPOUND.match(tail) and re.search(r"\b(?:in|within)\s+(?:the\s+)?$", segments[-2], re.IGNORECASE):
            use = None  # "inhibited IL-6 expression in IL-1alpha-expressing cancer cells": the cells are a place
        elif tail.startswith("-") and _triggers(tail[:20]) and _triggers(tail[:20])[0][0] == 0:
            # "A attenuates B-induced C": the hyphenated trigger belongs to B; A acts on C, through what
            # stands between ("A counteracted B-induced inhibition of C": A increases C)
            rest = tail[_triggers(tail[:20])[0][1] :]
            use = (head + " ~ " + rest if _triggers(rest) and "," not in rest else head) if _triggers(head) else None
        elif len(segments) == 2 and _PURPOSE_HEAD.match(head) and _HOLDER_VERB.match(tail) and _triggers(tail):
            # "people who take aspirin to reduce their risk of heart disease had a 35% lower risk of C": the
            # purpose is an aside, the main verb says what the takers had
            use = tail
        elif (
            _RELATIVE.match(tail)
            or not _triggers(tail)
            or not _triggers(head)
            or tail.lstrip().startswith(",")
            # "suggest that A plays a role in B and that therapy may be useful for treating C": a second clause
            or _SECOND_REPORTED_CLAUSE.match(tail)
            # "Aspirin reduced pain and statins increased the risk of stroke": a new clause with its own subject
            or (re.search(r"(?:^|\s)(?:and|but|while|whereas)(?:\s+the)?\s*$", segments[-2], re.IGNORECASE)
                and not _triggers(segments[-2]) and _CLAUSE_VERB_AFTER.match(" " + tail.lstrip()))
            # "Vitamin D decreases inflammation in tissues, and inflammation is a driver of cancer": a clause of its own
            or (re.search(r",\s*(?:and|but|while|whereas)\s*$", segments[-2], re.IGNORECASE)
                and _COPULA_PREDICATE.match(tail))
        ):
            use = None
        else:
            use = between  # chain: "A was the key to the ability of B to promote C"
            chain = True
    else:
        use = between
        if re.match(r"^\s*,?\s*(?:and|or|but)\s", between, re.IGNORECASE) and not _MIMIC_BEFORE.search(pre1):
            use = None  # "shrink tumors and reduce metastasis": both are objects of one subject
        co = _COORD_VERB.search(between)
        if (
            co
            and not _triggers(between[: co.start()])
            and _triggers(between[co.end() :])
            and _triggers(pre1.split(",")[-1])
        ):
            # "X hastens the spread of A to distant organs and, in doing so, increases B": A is an
            # object of X's first verb, X (not A) the subject of the second
            use = None

    # Nominalisation before g1: "induction of A ... by B", "inhibition of A by B".
    if re.search(r"\bof\s*(?:the\s+)?$", pre1, re.IGNORECASE) and re.search(r"\bby\b", between):
        window = text[max(0, g1.start - 40) : g1.start]
        pre_trig = _triggers(window)
        if pre_trig and not re.fullmatch(r"[\w-]*\s+of\s*(?:the\s+)?", window[pre_trig[-1][1] :], re.IGNORECASE):
            pre_trig = ()  # "to treat a form of asthma often triggered by allergens": a verb and its object
        by_at = re.search(r"\bby\b", between).start()
        after_by = between[by_at:]
        first_agent = " E " not in after_by  # g2 is the first entity of the by-phrase
        if pre_trig and not _triggers(between[:by_at]) and (first_agent or _AGENT_CARRIER.match(post2)):
            cls, sign = pre_trig[-1][2], pre_trig[-1][3]
            pred, direction = _predicate([cls], sign)
            return False, pred, direction, False, 3.0 - len(between) / 200
        if pre_trig:
            return None

    # "genes involved in A ... are genes called B"
    if (
        use is not None
        and not _triggers(use)
        and _INVOLVED_BEFORE.search(pre1)
        and _COPULA_NAMING.search(use)
    ):
        return False, "associated_with", "0", False, 1.5

    if use is None:
        return None
    trig = _triggers(use)
    # "RANKL production to see how ...": a nominal right after the subject belongs to its noun phrase
    while (
        trig and trig[0][0] <= 2 and use is between and _LEADING_NOMINAL.match(use[trig[0][0] : trig[0][1]])
    ):
        trig = trig[1:]
    if use is between and (kind := _KIND_BEFORE_LAST.search(use)):
        trig = tuple(t for t in trig if t[0] < kind.start())
    # "hypnosis that prompted women to chill in the face of hot flashes", "sensitizing people to allergens": the
    # verb acts on the people; only a verb after them reaches g2
    on_people = [
        t for t in trig
        if _PEOPLE_OBJECT_AFTER.match(use, t[1]) and not use[t[0] : t[1]].lower().startswith(("predispos", "expos"))
    ]
    if on_people and on_people[-1] == trig[-1]:
        return None
    trig = tuple(t for t in trig if t not in on_people)
    if not trig:
        return None
    if len(trig) == 1 and trig[0][0] <= 2 and _CLASS_NOUN_WORD.fullmatch(use[trig[0][0] : trig[0][1]]) and not re.match(
        r"\s+(?:of|against|to)\b", use[trig[0][1] :]
    ):
        return None  # "MEK inhibitors and statins", "a PCSK9 inhibitor differs from statins": a drug class, no verb
    # "shrink tumors and reduce metastasis" (coordinated verb phrases), "inhibited B, leading to reduced C"
    # (a comma closes the earlier phrase), "attenuates X through activating Akt" (the means): only the
    # triggers after the cut reach g2
    for i in range(len(trig) - 1, 0, -1):
        gap = use[trig[i - 1][1] : trig[i][0]]
        if _CUT.search(gap) or (_RELATIVE_GAP.search(gap) and _PREDICATE_NOUN.match(use)):
            if "," not in gap and re.search(r"\band\s+(?:the\s+)?$", gap) and _NOMINAL_OF.match(use[trig[i][0] :]):
                continue  # "decreased tumor growth and expression of VEGF": the nominal is the verb's second object
            if _UNNAMED_APPOSITION.fullmatch(gap) and _CAUSE_NOUN.match(use, trig[i][0]):
                continue  # "to prevent blood clots, the cause of heart attacks": the apposition names what clots do
            trig = trig[i:]
            break
        # "ameliorated glomerulosclerosis resulting in decreased proteinuria": the outcome after a result link is
        # what the subject's action ends in, whatever the sign of the intermediate step
        if i >= 2 and _RESULT_LINK.fullmatch(use[trig[i - 1][0] : trig[i - 1][1]]) and _RESULT_GAP.fullmatch(gap):
            # a loss word right after the subject stays its own ("A knockdown resulted in reduced B")
            lead = trig[:1] if i == 2 and _AFTER_LOSS.match(use) else ()
            trig = (*lead, *trig[i:])
            break
    if (
        len(trig) >= 2
        and _SIBLING_CHANGE_NOUN.fullmatch(use[trig[-1][0] : trig[-1][1]].strip())
        and _SIBLING_GAP.fullmatch(use, trig[-1][1])
        and re.search(r"\b(?!(?:of|the|an?|in|to|and|or)\b)[a-z]+\s+$", use[: trig[-1][0]], re.IGNORECASE)
    ):
        trig = trig[:-1]  # "reduce bone loss and fractures": the loss is the bone's, a sibling of g2
    subject_left = True
    after_last = use[trig[-1][1] :]
    reverse = _REVERSE.search(use)
    if reverse and (_RISK_AFTER.match(use, reverse.end()) or _OWN_ABILITY_AFTER.match(use, reverse.end())):
        # (nor "because of their ability to lower levels of homocysteine": "their" is g1, the subject)
        reverse = None  # "warnings on drugs containing progesterone because of an increased risk of birth defects"
    if reverse and trig[-1][0] > reverse.end() and _AND_THEN_VERB.search(use, reverse.end(), trig[-1][0]):
        # "multiple sclerosis is caused by a misguided immune system that attacks the nerves ... and can lead to
        # muscle weakness": a second verb of the first participant, whose sign is its own
        reverse = None
        trig = trig[-1:]
    if (new := _NEW_SUBJECT_MODAL.search(use, 0, trig[-1][0])) and (
        trig[0][1] <= new.start()
        # (g1's own verb may stand before an entity the chosen tail starts after)
        or _MODAL_VERB.search(between, 0, max(0, between.rfind(use)) + new.start())
    ):
        return None  # "Antidepressants can lift moods, painkillers can ease headaches": the last verb has its own subject
    if reverse and trig[-1][0] > reverse.end() and _RELATIVE_THEN_VERB.search(use, reverse.end(), trig[-1][0]):
        return None  # "shingles, caused by the very same virus that causes chickenpox": the unnamed virus acts on both
    if _FROM_BEING_BY.search(use):
        return None  # "which protect the body's cells from being killed by immune cells": the cells are acted on
    if _PASSIVE_BY.match(after_last) or reverse:
        subject_left = False
        if not reverse and use is between and _OTHER_NOUN_BEFORE.search(use, 0, trig[-1][0]):
            return None
    if subject_left and (_PROCEDURE_AFTER.match(text, g1.end) or _FIGHTER_AFTER.match(text, g1.end)):
        return None
    if subject_left and _CARRIER_CELLS_AFTER.match(text, g2.end):
        return None  # "not programmed to destroy insulin-producing cells": the cells are the object, not insulin
    if subject_left and _DRUGS_AFTER.match(text, g1.end) and g1.spans[-1].entity_id.startswith(("HGNC:", "FPLX:")):
        return None  # "Jardiance, like other SGLT2 drugs, causes weight loss": the drugs act, their target does not

    if subject_left and use is between and _OBJECT_THEN_PLACE.fullmatch(after_last):
        # "plays a role in expression of pro-metastatic genes in cancer", "reduce the margin area around the tumor",
        # "are connected to the same molecular
        # changes inside breast cancer cells": the verb's object is a phrase with no entity; g2 is only where
        # that happens
        return None
    loc = _LOCATIVE.search(pre1)
    if subject_left and loc and not _triggers(loc.group(1)) and not g1.spans[0].flip and not _ON_TREATMENT.search(pre1):
        return None  # "targeting this period in tumors may ... prevent the spread": tumors is a place
    flips = 0
    if subject_left and (_lost_before(pre1, g1, between, g1.start <= 60) or blocked_by_compound):
        flips = 1  # "antibody against A inhibited B": A increases B
    in_genotype = False
    if use is between and _lost_after(g2, post2):
        flips ^= 1  # "CD31 was suppressed in AT1a-KO mice", "... reduced by Bach1 siRNA": through B's loss
        in_genotype = subject_left and re.search(r"\b(?:in|from)\s+(?:the\s+)?$", between) is not None
    sign = -1 if flips else 1
    # "restored (the) expression of B", "restored B signaling": B goes up (restoring a deficit lowers it)
    for i, t in enumerate(trig if subject_left and use is between else ()):
        rest = use[t[1] :]
        if _RESTORE.fullmatch(use[t[0] : t[1]]) and (
            _RESTORED_NOMINAL.fullmatch(rest)
            or (not rest.strip() and (_LEADING_NOMINAL.match(post2.lstrip(" -")) or re.match(r"[\s-]*signal", post2)))
        ):
            trig = (*trig[:i], (t[0], t[1], "up", 1))
            break
    # "improve glucose tolerance", "improved the immune response": a body's process that improves goes up (a disease
    # that improves goes down); "GDNF, designed to protect these neurons": what is protected, if no disease, is kept
    last_word = use[trig[-1][0] : trig[-1][1]].strip()
    if subject_left and use is between and (
        (g2.spans[0].entity_id.startswith("GO:") and re.fullmatch(r"improv\w*", last_word, re.IGNORECASE)
         and re.fullmatch(r"\s*(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?", after_last))
        or (g2.spans[0].entity_id.startswith(_PROTECTED_IDS) and re.fullmatch(r"protect\w*", last_word, re.IGNORECASE)
            and re.fullmatch(r"\s*(?:the\s+|these\s+|those\s+|its\s+|their\s+|our\s+)?(?:[\w-]+\s+)?", after_last))
    ):
        trig = (*trig[:-1], (trig[-1][0], trig[-1][1], "up", 1))
    # "60% less likely to have a recurrence and 71% less likely to die from B": one predicate said twice over
    # coordinated objects, not a chain whose signs multiply
    # ("had a protective effect: about 4% lower odds of B": the figure after the colon restates the effect)
    trig = tuple(
        t for i, t in enumerate(trig)
        if not (
            i + 1 < len(trig)
            and t[3] == trig[i + 1][3] == -1
            and _RESTATED_FIGURE.fullmatch(use[t[1] : trig[i + 1][0]])
        )
    )
    trig = tuple(
        t for i, t in enumerate(trig)
        if not (
            i + 1 < len(trig)
            and (use[t[0] : t[1]].lower() == use[trig[i + 1][0] : trig[i + 1][1]].lower()
                 # ("a 32% reduction in the risk of lung cancers and a 30% drop in the risk of death from B")
                 or (t[2:] == trig[i + 1][2:] == ("down", -1) and re.search(r"\d\s*%|percent", use[t[1] : trig[i + 1][0]])))
            and re.search(r"\b(?:and|or)\b", use[t[1] : trig[i + 1][0]])
        )
    )
    # a link word after a verb: "an effective treatment for menopause-related hot flashes" (a hyphenated "-related"
    # modifying the object) is no link of its own; in "can help treat anxiety associated with cancer" the link is
    # the anxiety's, the participant between them
    if len(trig) > 1 and trig[-1][2] == "assoc" and subject_left and use is between:
        if use[trig[-1][0] - 1 : trig[-1][0]] == "-" and not use[trig[-1][1] :].strip():
            trig = trig[:-1]
        elif " E " in use[trig[-2][1] : trig[-1][0]]:
            return None
    classes = []
    for _, _, cls, s in trig:
        classes.append(cls)
        if s < 0:
            sign = -sign
    # "ameliorated inflammation resulting in decreased metastasis": inflammation is what the verb before it acted
    # on, so inflammation relates to the result by both signs (less inflammation, less metastasis: +)
    if subject_left and use is between and _RESULT_START.match(between):
        before = _triggers(pre1)
        if before and before[-1][3] != 0 and _VERB_OBJECT_GAP.fullmatch(pre1[before[-1][1] :]):
            sign *= before[-1][3]
    negated = False
    neg_window = use[: trig[-1][0]] if subject_left else use
    # "heavy drinking is not good for anyone: It has long been linked with stroke": a colon's clause is its own
    neg_window = neg_window[neg_window.rfind(": ") + 1 :]
    if _NEG.search(neg_window[-40:]) or _NOT_INSIDE.search(use, trig[-1][0], trig[-1][1]):
        negated = True  # (also inside the trigger: "were not at higher risk of autism")
    if re.search(r"\bno (?:effect|change|association|correlation|difference)", use, re.IGNORECASE):
        negated = True
    if subject_left and _NEITHER_BEFORE.search(pre1):
        negated = True  # "Neither type of estrogen had any significant impact on blood pressure"
    if classes[-1] in ("assoc", "bind"):
        classes = [classes[-1]]  # "might affect the spread of": the last verb is undirected
    pred, direction = _predicate(classes, sign)
    if (
        subject_left and use is between and direction != "0"
        and (_EXPRESSED_IN.fullmatch(use[trig[-1][0] :]) or _CHANGES_IN.fullmatch(between))
        and not _TREATED_AFTER.match(post2)
    ):
        pred = CORRELATED[direction]  # "GPC1, which is overexpressed in pancreatic cancers": found there, no cause
    score = 3.0 - (0.5 if chain else 0) - len(between) / 200
    # "CD31 was suppressed in AT1a-KO mice": the lost gene acts on what changed where it was lost
    return subject_left and not in_genotype, pred, direction, negated, score


def _symmetric(text: str, g: _Group) -> tuple[str, bool] | None:
    """'association between A and B' / 'interaction of A with B' inside one group or two adjacent ones: the
    predicate, and whether the clause denies the link ("there was no link between", "found no association")."""
    lo = max(0, g.start - 60)
    m = _SYMMETRIC.search(text[lo : g.start])
    if not m:
        return None
    noun = m.group(0).lower()
    pred = "binds" if noun.startswith(("interaction", "binding", "complex")) else "associated_with"
    denied = _link_denied(text, lo + m.start())
    return None if denied is None else (pred, denied)


def _link_denied(text: str, at: int) -> bool | None:
    """Whether the clause before a link noun at ``at`` ("no link between", "didn't see an effect of") denies the
    link; None when it only says what was studied ("looked at the link between")."""
    clause = re.split(r"[,;:]", text[max(0, at - 40) : at])[-1]
    return None if _STUDIED.search(clause) else _NEG.search(clause) is not None


# "a link between fish oil taken during pregnancy and autism": the second of the pair after a few words of the
# first's phrase; "an effect of folic acid on autism": the effect's agent, then what it acts on
_PAIR_GAP = re.compile(r"\s+(?:(?!and\b|or\b)[\w-]+\s+){0,5}and\s+(?:the\s+|an?\s+)?")
# "the study looked at the link between": what was studied, not what was found
_STUDIED = re.compile(
    # (verbs only: "one earlier study had found no link between" reports a result)
    r"\b(?:look(?:s|ed|ing)?\s+(?:at|into)|(?:examin|investigat|evaluat|explor|analy[sz]|measur)(?:ed|ing)|"
    r"(?:stud|assess|test)(?:ied|ed|ing|ying)|to\s+(?:examine|study|investigate|assess|evaluate|test|measure|explore|"
    r"analy[sz]e|determine|understand)|(?:who|which|that)\s+studies|whether)\b",
    re.IGNORECASE,
)
_EFFECT_OF = re.compile(r"\beffects?\s+of\s*$", re.IGNORECASE)
_EFFECT_ON = re.compile(r"\s+(?:(?!and\b|or\b)[\w-]+\s+){0,2}?on\s+(?:(?:the|other|any|an?)\s+)?(?:(?:risk|rates?|odds)\s+of\s+)?",
                        re.IGNORECASE)


# "It's not clear whether ...", "It is possible that ...": an "it" that stands for the clause after it, no antecedent
_EXPLETIVE_IT_REST = (
    r"(?:\s+(?:is|was|has\s+been|remains|seems|appears)|'s)\s+"
    # (not "It's thought to reduce ...", "It is known to raise ...": the it stands for what was named)
    r"(?!(?:\w+\s+)?(?:thought|believed|known|said|expected|likely|unlikely|shown|found|reported|used|designed|meant|"
    r"able|supposed|set|going)\s+to\b)(?:\w+\s+){0,3}?(?:that|whether|if|to|when|because)\b"
)
_ANAPHOR = re.compile(
    r"^\W*(?:(?:and|but|so)\s+)?(?:(?:this|that),?\s+in\s+turn|(?:the|this|that|these|such)\s+(?:\w+\s+)?(?:signal|protein|gene|molecule|enzyme|kinase|"
    rf"factor|hormone|chemical|cytokine|receptor|compound|agent)s?|it\b(?!{_EXPLETIVE_IT_REST})|they|"
    # "It is possible that it reduces ...": the pronoun after the expletive's "that"
    rf"it\b(?={_EXPLETIVE_IT_REST}\s+(?:it|they)\b)(?:[\w\s']*?)\b(?:that|whether|if)\s+(?:it|they))\b",
    re.IGNORECASE,
)
# a plan, not a result (news and releases; abstracts' sentences also feed the document-level model)
# advice on a drug's use ("bariatric surgery should be used much more widely"), unless the sentence also reports
# what was shown ("data have shown that the combination raises breast cancer risk, and that the treatment should be
# used only to relieve severe symptoms")
_ADVICE_USE = re.compile(r"\bshould\s+(?:only\s+)?be\s+(?:\w+ly\s+)?used\b", re.IGNORECASE)
_SHOWN_THAT = re.compile(r"\b(?:shown|showed|shows|found|finds|demonstrated)\s+that\b", re.IGNORECASE)
_PLAN = re.compile(
    r"\b(?:next (?:logical |big |important )?step|future (?:studies|work|research|experiments)|"
    r"(?:further|more) (?:investigation|study|studies|research|testing) (?:of|into|on)\b|"
    # "There also isn't a great deal of information on how effective medications are for treating neck pain"
    r"(?:no|little|(?:\w+n't|not)\s+(?:\w+\s+)?(?:a\s+great\s+deal\s+of|much|enough|any)|lack\s+of)\s+(?:[\w-]+\s+)?"
    r"(?:information|data|evidence|research)\s+(?:on|about|regarding|as\s+to)\s+how\b|"
    r"(?:plan|hope|intend|aim|want|wish)(?:s|ed)? to (?:further )?(?:test|study|investigate|examine|explore|see|find out|"
    r"determine|look)|"
    # "are now planning a multicenter trial of fish oil for ...", "has been studied as a possible preventive for"
    r"(?:planning|designing|launching|preparing)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:trials?|stud(?:y|ies))\b|"
    r"(?:been|being)\s+(?:\w+ly\s+)?(?:studied|tested|investigated|explored|examined)\s+as\s+(?:an?\s+)?"
    r"(?:possible|potential)|"
    r"will (?:now |next )?(?:test|investigate|examine|explore|study)|to see (?:how|whether|if|which|what)\b|"
    r"to (?:test|determine|assess|examine|investigate|learn|find out) (?:whether|if|how)\b|"
    # advice against and goals: "should not be taking statins in the hope of", "the goal is to develop compounds that
    # activate SIRT1", "cannot be routinely recommended for prevention"
    r"\b(?:should\s+not|shouldn't)\s+(?:be\s+)?(?:taking|take|using|use|start|starting|seek|seeking)\b|"
    r"\b(?:goal|aim|hope|idea|plan)\s+(?:is|was|would\s+be)\s+to\b|"
    r"\b(?:cannot|can't|can\s+not|should\s+not|shouldn't)\s+(?:yet\s+)?(?:be\s+)?(?:\w+ly\s+)?recommend\w*|"
    r"remains? to be (?:determined|seen|tested|shown)|set out to (?:investigate|examine|determine|test|assess|"
    r"evaluate|find out|learn|explore|study|see)|(?:no one|nobody) (?:is )?(?:recommend|suggest)\w*|(?:no one|nobody) should\b|"
    # open questions, interests and calls for study: "conflicting conclusions as to whether", "have been interested in
    # whether", "studies should continue to look at"; discouraged use; approval not (yet) given
    r"\bas\s+to\s+whether\b|\binterested\s+in\s+(?:whether|if|how)\b|"
    # "the question of whether cortisone shots still make sense", "raising questions about whether removing plaque
    # yields a benefit"; an attempt, not its outcome: "taking myo-inositol to try to prevent lung cancer"
    r"\bquestions?\s+(?:of|about|over|on|regarding)\s+whether\b|\bwonder(?:s|ed|ing)?\s+(?:whether|if)\b|"
    # "Other immunotherapy approaches are in the pipeline"; "I would not use a statin for that indication"
    r"\bin\s+the\s+pipeline\b|\b(?:would\s+not|wouldn't)\s+(?:use|recommend|prescribe|give)\b|"
    r"\b(?:to\s+try|trying)\s+to\s+(?:prevent|treat|reduce|lower|stop|cure|slow|ease|relieve|fight|avoid|improve|boost|"
    r"protect)\b|"
    r"\bshould\s+continue\s+to\s+(?:look|study|examine|investigate|explore|test)\b|"
    r"\bdiscourag\w*\s+(?:the\s+)?(?:use|taking|using|people)\b|"
    r"\b(?:not\s+(?:yet\s+)?(?:received|gotten|won|been\s+granted)|lacks?|lacking|awaiting|pending)\s+(?:\w+\s+){0,2}"
    r"approval\b|"
    # trials under way or planned, when the sentence reports no result of them
    r"(?:(?:ongoing|planned|upcoming|proposed|future)\s+(?:[\w-]+\s+){0,2}(?:clinical\s+)?trials?|"
    r"plans?\s+for\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:clinical\s+)?(?:trials?|studies)|"
    # "Another trial is testing whether ...", "a trial designed to test whether ..."
    r"(?:(?:is|are|be|been)\s+|(?<=,\s))testing\s+(?:whether|if)|designed\s+to\s+(?:test|determine|assess|see|evaluate|examine|measure)\s+"
    r"(?:whether|if|the|its|their|\w+['’]s)\b|"
    # "The trial of ipilimumab involved 502 patients with late-stage melanoma": who took part, no result yet
    r"(?:involv|enrol|enroll|includ|recruit)\w*\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+)?[\d,]+\s+"
    r"(?:[\w-]+\s+){0,3}?(?:patients|people|participants|women|men|adults|children|volunteers)\s+with\b|"
    # "whose work focuses on understanding how stem cells might enhance ..."
    r"\bfocus(?:es|ed)?\s+on\s+(?:understanding|how|whether|finding)\b|"
    # "a collaboration to evaluate the combination of Yervoy and vemurafenib", "The study calls for Torre to implant",
    # "asked him whether they should take celecoxib"
    r"\b(?:collaboration|partnership|agreement|deal|alliance)\s+to\s+(?:evaluate|test|study|develop|assess|investigate)\b|"
    r"\b(?:study|trial|protocol|plan)\s+calls?\s+for\b|"
    # "Don't start popping aspirin every morning to fight tumors without talking to your doctor"
    r"^\W*(?:(?:but|so|and)\s+)?(?:don't|do\s+not|never)\s+(?:start|begin|take|use|stop|try|rely|assume|expect|"
    r"count\s+on|pop)\w*\b|"
    r"\bwhether\s+(?:or\s+not\s+)?(?:they|you|he|she|we|people|patients|women|men)\s+should\b|"
    # money sought or set aside: "the administration announced that it is seeking $1.1 billion to fight the opioid
    # epidemic, including a $920 million boost to medication-assisted treatment for opioid addiction"
    r"\b(?:seek\w*|sought|request\w*|ask\w*\s+(?:congress\s+)?for|earmark\w*|allocat\w*|propos\w*|pledg\w*)\s+"
    r"(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|an?\s+(?:additional|extra)\s+)?[$£€]\s?\d|"
    # "The decision on whether to give young children antibiotics to treat ear infections has been swinging"
    r"\bwhether\s+(?:or\s+not\s+)?to\s+(?:give|take|use|prescribe|treat|start|stop|offer|screen|recommend|add)\b|"
    # advice given or withheld: "recommends against taking aspirin to prevent colorectal cancer", "none ... are ready
    # to advise healthy people to start taking aspirin", "premature to recommend that", "people interested in taking
    # aspirin to prevent cancer should consult their doctors"
    r"\brecommend(?:s|ed|ing)?\s+against\b|\bready\s+to\s+(?:advise|recommend|endorse)\b|"
    r"\bpremature\s+(?:[\w,]+\s+){0,3}?to\s+(?:recommend|advise)\b|"
    r"\binterested\s+in\s+(?:taking|using|trying|starting)\b|"
    # "the first study that looked at whether oxytocin has an effect"
    r"\b(?:look(?:s|ed|ing)?\s+(?:at\s+)?|examin(?:ed|es|ing)\s+|investigat(?:ed|es|ing)\s+|explor(?:ed|es|ing)\s+|"
    r"ask(?:ed|ing)?\s+)(?:whether|if)\b|"
    # "vaccines to prevent recurrence are currently under study", "doctors are testing other drug combinations"
    r"(?:is|are)\s+(?:still\s+|currently\s+|now\s+|also\s+)?(?:being\s+(?:evaluated|studied|tested|investigated)|"
    r"under\s+(?:study|investigation|evaluation)|testing|studying|evaluating|investigating)\b|"
    # trials going on, evidence missing, advice on use, prospects and calls for study: "Over 100 clinical trials are
    # ongoing for various FMT therapies", "there is a lack of clinical studies of the effect of", "should not be used
    # for prevention of", "going to be advocating alcohol to prevent", "would not recommend that patients drink",
    # "the prospect of using the drugs to help prevent", "should be the focus of intensive study for treating"
    r"\btrials?\s+(?:are|is)\s+(?:now\s+|currently\s+|still\s+)?(?:ongoing|under\s*way)\b|"
    r"\black\s+of\s+(?:[\w-]+\s+){0,2}?(?:studies|trials|evidence|data|research)\s+(?:of|on|about|for)\s+(?:the\s+)?"
    r"(?:effects?|benefits?|use|role|value)\b|"
    r"\bshould\s+not\s+be\s+(?:\w+ly\s+)?used\b|\badvocating\b|"
    r"\b(?:would|will|do|does|did|could)(?:\s+not|n['’]t)\s+recommend\b|"
    r"\bprospects?\s+of\s+(?:using|giving|taking|treating)\b|"
    r"\bfocus\s+of\s+(?:[\w-]+\s+){0,2}?(?:study|studies|research|investigation)\b|"
    # "a lot of work left before stem cells can be used to treat", "therapies for heart failure remain experimental",
    # "too soon to recommend", "a book containing advice on ways to reduce pain"
    r"\bbefore\s+(?:[\w-]+\s+){1,3}can\s+be\s+used\b|\bremains?\s+experimental\b|"
    r"\btoo\s+(?:soon|early)\s+to\s+recommend\b|\badvice\s+(?:on|about)\b|"
    # what a study looked at: "researchers examined the use of aspirin ... in relation to deaths from colorectal cancer"
    # "studies assessing the role of calcium and/or vitamin D in preventing bone fractures"
    # "evaluated the safety and effectiveness of SBRT in treating", "looked for connections between statin use and"
    r"\b(?:(?:examin|assess|evaluat|investigat)(?:e|ed|es|ing)?|stud(?:y|ies|ied|ying))\s+(?:the\s+)?"
    r"(?:(?:use|effects?|intake|consumption|role|safety|effectiveness|efficacy)\s+(?:and\s+(?:the\s+)?)?){1,2}of\b|"
    r"\blook(?:s|ed|ing)?\s+for\s+(?:a\s+|any\s+)?(?:connections?|links?|associations?|relationships?)\s+between\b)"
    r"(?!.*\b(?:found|finds?|showed|shows?|reported|performed|results?|suggest(?:s|ed)?)\b)|"
    # a study's aim: "To investigate whether NSAIDs offer any protection, ..."
    r"^\W*to (?:investigate|examine|determine|test|assess|evaluate|find out|learn|explore|study|see|compare|"
    r"measure|gauge|check|identify|(?:better )?understand))\b",
    re.IGNORECASE,
)
_ANTECEDENT_TYPES = ("gene", "protein_family", "chemical")
# how many sentences back a pronoun reaches for the last one that named or resolved its antecedent
_ANAPHOR_REACH = 1
_DRUG_ANAPHOR = re.compile(
    r"^\W*(?:the|these|those|such|this)\s+(?:\w+\s+)?(?:drugs?|inhibitors?|antibod(?:y|ies)|compounds?|agents?|"
    r"blockers?|antagonists?|medications?|medicines?|pills?|treatments?)\b",
    re.IGNORECASE,
)
# a drug named alone stands for the one chemical the sentence before named ("The drug cut the risk of ...")
_ONE_DRUG_NOUN = re.compile(r"\b(?:the|this)\s+(?:\w+\s+)?(?:drug|medication|medicine|pill|compound|agent)$", re.IGNORECASE)
_BLOCKER_NOUNS = r"(?:drugs?|inhibitors?|antibod\w*|compounds?|agents?|blockers?|antagonists?|medications?)"
_BLOCKER_NOUN = re.compile(_BLOCKER_NOUNS, re.IGNORECASE)  # (a pre-test: most sentences name none)
_BLOCKER_OF = re.compile(
    _BLOCKER_NOUNS + r"\s+"
    r"(?:\w+\s+){0,2}?(?:that\s+|which\s+|to\s+)?(?:block|inhibit|target|neutrali[sz]e|antagoni[sz]e|"
    r"suppress)\w*\s+(?:the\s+)?(?:(?:action|activity|function|production|signal\w*|effects?)\s+of\s+)?"
    r"(?:the\s+)?[*_]*$",
    re.IGNORECASE,
)


@lru_cache(maxsize=8)
def _species_words(body: str) -> tuple[list[int], list[tuple[int, str]]]:
    """Start offsets and (end offset, taxon) of the species words of an article body, found once per
    article (sentences and clauses count the words within their offsets)."""
    starts: list[int] = []
    hits: list[tuple[int, str]] = []
    for m in _SPECIES.finditer(body):
        starts.append(m.start())
        hits.append((m.end(), _SPECIES_TAXON[m.lastgroup]))
    return starts, hits


def _organism_votes(body: str, lo: int = 0, hi: int | None = None) -> Counter:
    """Species words of ``body[lo:hi]`` counted per taxon."""
    starts, hits = _species_words(body)
    votes: Counter = Counter()
    for i in range(bisect_left(starts, lo), len(starts)):
        end, taxon = hits[i]
        if hi is not None and end > hi:
            break
        votes[taxon] += 1
    return votes


# a pathogen or a gut bacterium is what the study is about, not where it happens: the organism of a finding is the
# host ("vaccination protects boys against HPV infection" is human; "bacteria ferment fructans" in people too)
_MICROBE = re.compile(
    r"virus|bacteri|coccus|bacill|plasmodium|escherichia|pseudomonas|salmonella|listeria|candida|clostridi|"
    r"helicobacter|chlamydia|mycoplasma|treponema|borrelia|vibrio|klebsiella|toxoplasma|trypanosoma|leishmania",
    re.IGNORECASE,
)


def _host_mentions(mentions: Sequence[Mention], entities: Mapping[str, Entity]) -> list[Mention]:
    """The mentions without those of microbes (species that are no host of a finding)."""
    return [
        m for m in mentions
        if not (_TAXON_MENTION.match(m.entity_id) and (e := entities.get(m.entity_id)) and _MICROBE.search(e.name))
    ]


def _study_organism(article: CleanArticle, mentions: Sequence[Mention]) -> str | None:
    votes = _organism_votes(article.body)
    for m in mentions:
        if _TAXON_MENTION.match(m.entity_id):
            votes[m.entity_id] += 1
    # Model organisms named twice name the study; "patients" and "women" are then the motivation. A news story
    # about people that mentions "earlier studies in rats" is still about people: there the model organism needs
    # at least half as many words as the people.
    people = votes[_HUMAN] if article.source_kind not in DOC_MODEL_KINDS else 0
    for taxon in ("NCBITaxon:10090", "NCBITaxon:10116", "NCBITaxon:7955", "NCBITaxon:7227"):
        if votes[taxon] >= 2 and 2 * votes[taxon] >= people:
            return taxon
    best = [t for t, n in votes.most_common() if n > 0]
    return best[0] if best else None


# outside abstracts a statement of a disease's toll or a drug's approval is about people, whatever the study's
# animals: "Tuberculosis remains the leading cause of death from a single infectious agent worldwide, killing more
# than one million people every year" (the people come after the finding's clause; audit s55u: organism wrong)
_HUMAN_BURDEN = re.compile(
    r"\b(?:worldwide|globally|around\s+the\s+world|each\s+year|every\s+year|per\s+year|a\s+year|annually|"
    r"leading\s+cause|(?:been|was|were|is|are)\s+approved\s+for)\b",
    re.IGNORECASE,
)


def _sentence_organism(
    body: str, sentence: Sentence, mentions: Sequence[Mention], upto: int | None = None
) -> str | None:
    """Species named in the sentence (up to offset ``upto`` into it: the clause of the finding)."""
    length = len(sentence.text) if upto is None else min(upto, len(sentence.text))
    votes = _organism_votes(body, sentence.start, sentence.start + length)
    for m in mentions:
        if _TAXON_MENTION.match(m.entity_id) and (upto is None or m.start_char - sentence.start < upto):
            votes[m.entity_id] += 1
    best = [t for t, n in votes.most_common() if n > 0]
    return best[0] if best else None


def _low_level_named(text: str, gap: str, g2: _Group, b: _Span, entities: Mapping[str, Entity]) -> bool:
    """Whether the disease ``b`` is named in parentheses for the low level the trigger before it ends in: "can cause
    low blood sugar (hypoglycemia)" (the level a participant too), "can cause low bone density (osteoporosis)"."""
    if _type_of(b.entity_id, entities) != "disease":
        return False
    trig = _triggers(gap)
    if not trig or not _LOW_END.search(gap[trig[-1][0] : trig[-1][1]]):
        return False
    rest = gap[trig[-1][1] :]
    if b is g2.spans[0]:
        return re.fullmatch(r"\s*(?:[\w-]+\s+){1,3}\(\s*", rest) is not None
    return (
        not rest.strip()
        and len(g2.spans) > 1 and g2.spans[1] is b
        and re.fullmatch(r"\s*\(\s*", text[g2.spans[0].end : b.start]) is not None
        and _type_of(g2.spans[0].entity_id, entities) != "disease"
    )


def _type_of(eid: str, entities: Mapping[str, Entity]) -> str:
    ent = entities.get(eid)
    return ent.entity_type if ent is not None else ""


def _antecedent(
    sentence: Sentence, spans: list[_Span], prev_spans: list[_Span], prev_blocked: tuple[str, ...],
    entities: Mapping[str, Entity],
) -> list[_Span]:
    """'The signal, they discovered, turns off ...': the anaphor stands for the previous sentence's
    first gene/family/chemical, when this sentence does not name it itself. 'The drugs were shown to
    reduce metastasis' after 'drugs designed to block the action of CXCL' stands for a blocker of CXCL;
    'The drug cut the risk of ...' after a sentence that named one chemical stands for that chemical."""
    d = _DRUG_ANAPHOR.match(sentence.text)
    if d and not any(s.start < d.end() for s in spans):
        lead = len(d.group(0)) - len(d.group(0).lstrip(" \"'“("))
        if prev_blocked and not any(s.entity_id in prev_blocked for s in spans):
            return [_Span(d.start() + lead, d.end(), eid, flip=True) for eid in prev_blocked]
        drugs = {s.entity_id for s in prev_spans if _type_of(s.entity_id, entities) == "chemical"}
        if (
            not prev_blocked
            and len(drugs) == 1
            and _ONE_DRUG_NOUN.search(d.group(0))
            and not any(s.entity_id in drugs for s in spans)
        ):
            return [_Span(d.start() + lead, d.end(), next(iter(drugs)))]
    m = _ANAPHOR.match(sentence.text)
    if d or not m or not prev_spans:
        return []
    if any(s.start < m.end() for s in spans):
        return []
    eid = prev_spans[0].entity_id
    if any(s.entity_id == eid for s in spans):
        return []
    return [_Span(m.start() + len(m.group(0)) - len(m.group(0).lstrip(" \"'“(")), m.end(), eid)]


# "when inflammatory immune cells invade tumor cells, they trigger IKK-alpha": the pronoun that opens the main
# clause after a subordinate one stands for that clause's subject
_SUBORDINATE_PRONOUN = re.compile(
    r"(?:^\W*as|\b(?:when|whenever|once|if|after|because|since))\s+([^,;]{3,160}?),\s*(they|it)\s+(?=[a-z])",
    re.IGNORECASE,
)


def _clause_pronouns(text: str, spans: list[_Span]) -> list[_Span]:
    out: list[_Span] = []
    for m in _SUBORDINATE_PRONOUN.finditer(text):
        inside = sorted((sp for sp in spans if m.start(1) <= sp.start < m.end(1)), key=lambda sp: sp.start)
        if not inside:
            continue
        first = inside[0]
        lead = text[m.start(1) : first.start]
        for sp in inside[1:]:  # "inflammatory immune cells": the head noun is the last of adjacent mentions
            if sp.start > first.end and not text[first.end : sp.start].strip():
                first = sp
        # the subject comes first: at most a determiner and two modifiers before it, no verb
        if re.fullmatch(r"(?:[\w-]+\s+){0,3}", lead) and not _triggers(lead):
            out.append(_Span(m.start(2), m.end(2), first.entity_id))
    return out


def _unnamed_subject(text: str, spans: list[_Span], named: list[_Span]) -> _Span | None:
    """The participant the sentence opens with, when it is no gene or chemical (a diet, a disease): its subject,
    which a pronoun opening the next sentence may stand for, rather than a gene or chemical named later."""
    first = min(spans, key=lambda sp: sp.start)
    lead = text[: first.start]
    return first if first not in named and re.fullmatch(r"\W*(?:[\w-]+\s+){0,2}", lead) and not _triggers(lead) else None


# "it" opening a sentence as its subject; not "It is clear that ..." or "It is time to ...", which name no thing
_OPEN_IT = re.compile(rf"^\W*(?:(?:and|but|so)\s+)?it\b(?!{_EXPLETIVE_IT_REST})(?:'s\b)?", re.IGNORECASE)
_PRONOUNS = frozenset({"they", "it"})  # a pronoun span opens a clause, never joins a list
_FAMILY_WORD = re.compile(r"(?<![\w-])([A-Z][A-Za-z]{1,7})(?![\w-])")


def _blocked(text: str, spans: list[_Span], families: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    """Entities named as the target of drugs/inhibitors/antibodies in this sentence, if any. A bare
    family stem the matcher left ungrounded ("block the action of CXCL") stands for the genes of that
    stem named before (CXCL1, CXCL2)."""
    if not _BLOCKER_NOUN.search(text):
        return ()  # (a sentence without such a noun has no target: skips two scans of every sentence)
    for sp in spans:
        if _BLOCKER_OF.search(text[max(0, sp.start - 80) : sp.start]):
            return (sp.entity_id,)
    for m in _FAMILY_WORD.finditer(text):
        ids = families.get(m.group(1))
        if (
            ids
            and not any(sp.start < m.end() and m.start() < sp.end for sp in spans)
            and _BLOCKER_OF.search(text[max(0, m.start() - 80) : m.start()])
        ):
            return ids
    return ()


# Experimental vehicles carry the agent ("conditioned medium from IL-1alpha-expressing cells") and placebos are
# what it is compared with ("more effective than placebos in relieving symptoms"): never a subject or object
# themselves.
_VEHICLE_IDS = frozenset({"MESH:D017077", "MESH:D003470", "MESH:D010919"})  # Culture Media (Conditioned); Placebos
_VEHICLE_NAME = re.compile(r"\bculture media\b|\bconditioned medi(?:um|a)\b", re.IGNORECASE)


# A dosage form is how an agent is given ("the humble aspirin tablet can prevent death", "an ointment aimed at
# treating eczema"), not the agent: MeSH's Dosage Forms itself and its branches for tablets, capsules, delayed-action
# preparations, liniments, ointments, powders, suppositories and vaginal creams (not aerosols, emulsions or vapour).
_DOSAGE_FORMS = "D26.255"
_DOSAGE_FORM_BRANCHES = ("D26.255.150", "D26.255.210", "D26.255.480", "D26.255.640", "D26.255.779", "D26.255.785",
                         "D26.255.830", "D26.255.955")
# The roots of MeSH's Chemical Actions and Uses name kinds of use, not an agent ("might have therapeutic uses for
# improving social interactions"); their branches (Anti-Allergic Agents, Solvents) still name agents.
_USE_CATEGORY_ROOTS = frozenset({"D27", "D27.505", "D27.505.259", "D27.505.519", "D27.505.696", "D27.505.954",
                                 "D27.720", "D27.888"})


@lru_cache(maxsize=4)
def _dosage_form_ids_in(folder: Path) -> frozenset[str]:
    """The MeSH entities of ``folder`` all of whose tree numbers are dosage forms or roots of kinds of use."""
    return frozenset(
        eid for eid, trees in _mesh_trees_in(folder).items()
        if trees and all(
            t == _DOSAGE_FORMS or t.startswith(_DOSAGE_FORM_BRANCHES) or t in _USE_CATEGORY_ROOTS for t in trees
        )
    )


def _participant(eid: str, entities: Mapping[str, Entity]) -> bool:
    ent = entities.get(eid)
    if ent is None:
        return not _TAXON_MENTION.match(eid)
    if eid in _VEHICLE_IDS or _VEHICLE_NAME.search(ent.name) or eid in _dosage_form_ids_in(lexicon_dir()):
        return False
    return ent.entity_type in PARTICIPANT_TYPES


_FAMILY_MEMBER = re.compile(r"([A-Z][A-Za-z]{1,7}?)-?\d{1,2}[A-Za-z]?")
# "tumor biopsy", "breast cancer studies", "inflammation hormone": the disease word only modifies the
# noun that follows, which is what the sentence talks about
_MODIFIED_HEAD = re.compile(
    r"^[\s*_]*(?:biops(?:y|ies)|stud(?:y|ies)|research(?:ers)?|investigators?|hormones?|experts?|"
    r"specialists?|cent(?:er|re)s?|foundations?|programs?|programmes?|institutes?|society|societies|"
    r"awareness|survivors?|advocates?|charit(?:y|ies)|clinics?|wards?|units?|registr(?:y|ies)|surgeons?|"
    r"doctors?|physicians?|nurses?)\b",
    re.IGNORECASE,
)
_PROGRAM_HEAD = re.compile(r"[\s*_]*program", re.IGNORECASE)
# Outside abstracts also "diabetes drug Victoza cut the risk", "cataract surgery, which destroys lens stem cells":
# the drug or the procedure acts, not the disease it is for. (BioRED relates "the cancer drugs imatinib and
# ponatinib" to cancer, so abstracts keep such diseases.)
_MEASURED_BY = re.compile(
    r"[\s-]*(?:(?:blood|urine|saliva)\s+)?(?:testing|tests?|screening|monitor\w*|meters?|sensors?)\b", re.IGNORECASE
)
# a biopsy as the sample read, not the procedure done: "Muscle biopsies showed increased levels of GLUT4", "kidney
# biopsy samples", "its abundance in tumour biopsies" (the procedure's own harms stay: "biopsies cause infections")
_BIOPSY = "MESH:D001706"
_SAMPLE_AFTER = re.compile(r"[\s-]*(?:samples?|specimens?|tissues?|showed|shows?|revealed|reveals?|indicated|taken|from)\b",
                           re.IGNORECASE)
_SAMPLE_BEFORE = re.compile(r"\b(?:in|from|of|on)\s+(?:the\s+|their\s+|an?\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_COMPANY_HEAD = re.compile(r"[\s*_-]*(?:compan(?:y|ies)|industry|industries|firms?|makers?|manufacturers?|giants?)\b", re.IGNORECASE)
_BASED_ON = re.compile(r"-based\b", re.IGNORECASE)  # (abstracts: BioRED relates "cisplatin-based therapy")
_RESISTANCE_AFTER = re.compile(r"[\s-]+(?:resistance|resistant)\b", re.IGNORECASE)
# "reduced doxorubicin damage": the harm a drug does is the thing, not the drug
_HARM_AFTER = re.compile(r"[\s-]+(?:damage|toxicity|injury|injuries)\b", re.IGNORECASE)
_TREATMENT_HEAD = re.compile(r"[\s*_]*(?:treatments?|therap(?:y|ies))\b", re.IGNORECASE)
_PAREN_CLOSE_AFTER = re.compile(r"[^()]{0,40}?\)")
_ACCORDING_TO_BEFORE = re.compile(r"\baccording\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_MODIFIED_HEAD_NEWS = re.compile(
    r"^[\s*_]*(?:(?:drugs?|medications?|medicines?|surger(?:y|ies)|screening|vaccines?|tests?|drugmakers?|"
    r"supplements?|pills?|products?|industry|companies|company|market)\b|"
    # "boosted lung cancer patients' survival": the survival is what changes; "cut diabetics' risk of": the people
    r"patients?['’]s?\s|['’]s?\s+(?:risk|odds|chances?|likelihood)\b)",
    re.IGNORECASE,
)


# outside abstracts a protein named as a therapy's target ("CAR-T cell therapy targeting CD19", "an anti-PD-1
# antibody", "CAR T cells directed against the B-cell marker CD19", "an ADC targeting HER2"): the therapy acts,
# and press releases name the target in nearly every sentence about it (blind audit s54r: all such findings wrong).
# Not a finite verb: in "Erbitux, which targets a protein called EGF" the drug is named and targets it.
_TARGET_OF_BEFORE = re.compile(
    r"(?:\b(?:targeting|targeted\s+(?:at|to)|directed\s+(?:against|at|to))\s+"
    r"(?:(?:the|both|a|an|mutant|human)\s+)?(?:[\w-]+\s+){0,3}?(?:(?:and|or)\s+)?|\banti-)$",
    re.IGNORECASE,
)
_TARGETED_AFTER = re.compile(r"-(?:targeted|targeting|directed)\b", re.IGNORECASE)
# a company describing itself: "Veridane Therapeutics, a clinical-stage company developing therapies for RAS-driven
# cancers, today announced", "X is a biotechnology company focused on ... the inflammatory drivers of cardiovascular
# disease": its field, not a finding (up to "announced", after which the news starts)
_COMPANY_WORD = re.compile(r"compan|biotech|start-?up|firm", re.IGNORECASE)
_COMPANY_FIELD_BEFORE = re.compile(
    r"\b(?:compan(?:y|ies)|biotech|start-?up|firm)\s+(?:[\w-]+\s+){0,6}?(?:developing|develops|focused|focusing|"
    r"dedicated|committed|speciali[sz]ing|pioneering|advancing|discovering|working|whose\s+mission)\b"
    r"(?:(?!\bannounce)[^;])*$",
    re.IGNORECASE,
)
# outside abstracts an animal model's disease is the setting: "In a mouse model of virus-induced asthma, blocking
# IL-33 ... prevented airway inflammation" (the asthma does not raise the inflammation)
_MODEL_OF_BEFORE = re.compile(
    r"\b(?:mouse|mice|murine|rat|rodent|animal|zebrafish|pig|porcine|primate|preclinical)\s+models?\s+(?:of|for)\s+"
    r"(?:(?:the\s+)?[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# outside abstracts an animal study's diet is its setting, not an agent: "In mice fed a high-fat, high-fructose diet,
# deleting ACOT9 ...", "mice fed a diet high in fat, sugar and cholesterol" (audit s54r and the releases' other
# findings of this shape: all wrong)
_FED_BEFORE = re.compile(r"\b(?:fed|feeding)\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+[\s,]+(?:and\s+|or\s+)?){0,6}(?:\w+-)?$",
                         re.IGNORECASE)
_DIET_AFTER = re.compile(r"(?:[\s,-]+(?:and\s+|or\s+)?[\w-]+){0,4}?[\s-]+diets?\b", re.IGNORECASE)
# outside abstracts the adjective "inflammatory" before a noun that names a measure or a thing, not the process:
# "measured inflammatory markers", "drain inflammatory fluid", "an inflammatory 'alarm' protein" (audit s54r: all
# wrong). ("suppression of the inflammatory protein TNF" stays: less of it is less inflammation.)
_INFLAMMATORY_THING_AFTER = re.compile(
    r"\s+(?:[\"'“‘][\w-]+[\"'”’]\s+[\w-]+|markers?|biomarkers?|fluids?|drivers?)\b", re.IGNORECASE
)

# outside abstracts what microbes make is named to pick out the microbes, which are the agent: "butyrate-producing
# bacteria", "bacteria that produce butyrate" (audit s54s: wrong subjects and nested participants)
_MICROBES = r"(?:bacteri(?:a|um)|microbes?|microbiota|species|strains?|organisms|taxa|genera|bugs)"
_PRODUCERS_AFTER = re.compile(
    rf"[\s-]*(?:producing|making|degrading|converting|synthesi[sz]ing|metaboli[sz]ing)\s+(?:[\w-]+\s+){{0,2}}?{_MICROBES}\b",
    re.IGNORECASE,
)
_PRODUCERS_BEFORE = re.compile(
    rf"\b{_MICROBES}\s+(?:that|which)\s+(?:can\s+)?(?:produce|make|convert|degrade|synthesi[sz]e|metaboli[sz]e)s?\s+"
    r"(?:[\w-]+\s+){0,4}?(?:into\s+)?(?:(?:an?|the)\s+)?(?:[\w-]+\s+)?(?:[\w-]+,\s+(?:an?|the)\s+(?:[\w-]+\s+)?)?$",
    re.IGNORECASE,
)
# a definition set off by commas names what the thing before it is; a later pronoun does not stand for it:
# "Gestational diabetes, a form of high blood sugar that develops during pregnancy, ... It is known to increase the
# risk of obesity" ("it" is the diabetes; audit s54s)
_DEFINITION_BEFORE = re.compile(
    r"\w[\w)]*\s*(?:,|\u2013|\u2014|--)\s*(?:an?|one)\s+(?:[\w-]+\s+)?(?:form|type|kind|class|subset|subtype|group|family)\s+of\s+"
    r"(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)

# outside abstracts a chemical written as the kind of an event counted as an outcome: "a lower risk of alcohol-related
# hospital admission", "fewer alcohol-related emergency department visits" (audits s54s, s55u: nested participants).
# Not before a harm: "Linezolid-related anaemia", "cabozantinib-related side effects" (the drug causes it; graded
# correct)
_KIND_OF_AFTER = re.compile(
    r"-(?:associated|related)\s+(?:[\w-]+\s+){0,2}?(?:admissions?|hospitali[sz]ations?|visits?|stays?|problems?|"
    r"encounters?|emergenc\w+)\b",
    re.IGNORECASE,
)
# outside abstracts the covariates a result was adjusted for relate to nothing: "Even after the researchers
# accounted for age, kidney function, diabetes, hypertension and length of stay, sepsis remained associated with ..."
# (the list ends at its "and" item: "sepsis" after it is the main clause's)
_LIST_GOES_ON = re.compile(r"\s*(?:,|and\b|or\b)", re.IGNORECASE)
_LIST_ITEM = r"(?:(?!(?:and|or)\b)[\w'’-]+)(?:\s+(?!(?:and|or)\b)[\w'’-]+){0,3}"
_ADJUSTED_FOR_BEFORE = re.compile(
    r"\b(?:accounted|accounting|adjusted|adjusting|adjustments?|controlled|controlling|correcting|corrected)\s+for\s+"
    rf"(?:(?:the|their|a|an)\s+)?(?:{_LIST_ITEM}\s*,\s*)*(?:{_LIST_ITEM}\s*,?\s+(?:and|or)\s+)?(?:(?:the|their)\s+)?$",
    re.IGNORECASE,
)


def _modifier_only(
    text: str, m: Mention, offset: int, entities: Mapping[str, Entity], abstract: bool
) -> bool:
    start = m.start_char - offset  # the mention in the sentence's text
    after = text[m.end_char - offset : m.end_char - offset + 30]
    kind = _type_of(m.entity_id, entities)
    if not abstract and _ACCORDING_TO_BEFORE.search(text, max(0, start - 40), start):
        # "sessions that, according to traditional Chinese medicine, do not target depression": a source (abstracts
        # differ "according to the 5-FU schedule", which BioRED relates)
        return True
    if not abstract and (
        _BASED_ON.match(after) or _RESISTANCE_AFTER.match(after) or _DETECTED_AFTER.match(after)
        or (kind == "chemical" and (_HARM_AFTER.match(after) or _KIND_OF_AFTER.match(after)))
    ):
        # "estrogen-based pills": the pills act; "antibiotic resistance to doxycycline": the resistance is the thing
        return True
    if not abstract and _COMPANY_WORD.search(text) and _COMPANY_FIELD_BEFORE.search(text, 0, start):
        return True  # (a literal pre-test first: the pattern scans the sentence up to the mention, for every mention)
    if not abstract and m.entity_id == _BIOPSY and (
        _SAMPLE_AFTER.match(after) or _SAMPLE_BEFORE.search(text, max(0, start - 40), start)
    ):
        return True
    if not abstract and _MODEL_OF_BEFORE.search(text, max(0, start - 60), start):
        return True
    if (
        not abstract and " for " in text and _LIST_GOES_ON.match(after)
        and _ADJUSTED_FOR_BEFORE.search(text, max(0, start - 150), start)
    ):
        return True  # (the mention is an item of the list: "After adjusting for age, smoking increased ..." is not)
    if not abstract and (
        _PRODUCERS_AFTER.match(after)
        or _PRODUCERS_BEFORE.search(text, max(0, start - 80), start)
    ):
        return True
    if not abstract and (fed := _FED_BEFORE.search(text, max(0, start - 60), start)) and (
        "diet" in m.text.lower() or "diet" in fed.group(0).lower() or _DIET_AFTER.match(after)
    ):
        return True
    if not abstract and kind in ("gene", "protein_family") and (
        _TARGET_OF_BEFORE.search(text, max(0, start - 60), start)
        or _TARGETED_AFTER.match(after)
    ):
        return True
    if not abstract and m.text.lower() in ("inflammatory", "pro-inflammatory", "proinflammatory") and (
        _INFLAMMATORY_THING_AFTER.match(after)
    ):
        return True
    if kind not in ("disease", "process"):
        # outside abstracts "PSA (blood) testing", "continuous glucose monitoring device": the test acts; nor is
        # "pharmaceutical companies" a drug
        # ("a potassium-enriched salt substitute": the substitute is no salt)
        return not abstract and (
            _MEASURED_BY.match(after) is not None or _COMPANY_HEAD.match(after) is not None
            or _SUBSTITUTE_AFTER.match(after) is not None
        )
    if (head := _MODIFIED_HEAD.match(after)) and not (
        _PROGRAM_HEAD.match(head.group(0)) and m.entity_id in _exposure_ids()
    ):
        return True  # (but "a brain training program cut the risk of dementia": the program is the intervention)
    if not abstract and kind == "disease" and _TREATMENT_HEAD.match(after):
        return True  # "anemia caused by cancer treatment" (not "denervation treatment": the procedure is the treatment)
    if not abstract and (close := _PAREN_CLOSE_AFTER.match(text, m.end_char - offset)) and _MODIFIED_HEAD_NEWS.match(
        text[close.end() : close.end() + 30]
    ):
        return True  # "the MMR (measles, mumps and rubella) vaccine": the spelled-out name modifies the vaccine
    # outside abstracts also "anti-inflammatory properties", "anti-cancer drugs": what the drug is against
    return not abstract and bool(
        _MODIFIED_HEAD_NEWS.match(after) or text[max(0, start - 5) : start].lower() == "anti-"
    )


@dataclass(slots=True)
class _SentenceInfo:
    sentence: Sentence
    organism: str | None
    relations: dict[frozenset, _Relation]
    entity_ids: frozenset[str]
    coordinated: set[frozenset]
    distance: dict[frozenset, int]
    # entity -> the earlier sentence that names it, when this sentence refers to it by an anaphor ("The signal",
    # "The drugs"): the finding's evidence starts there, so a reader sees who "the signal" is
    antecedents: dict[str, Sentence] = field(default_factory=dict)


# "chronic lower respiratory disease", "upper GI bleeding": the anatomical adjective belongs to the mention
# after it ("lower" is no verb there)
_ANATOMICAL_PREFIX = re.compile(r"\b(?:lower|upper)[\s-]+$", re.IGNORECASE)
_ANATOMICAL_HEAD = re.compile(
    r"(?:respiratory|urinary|back|limbs?|extremit\w+|gastrointestinal|GI|abdominal|airways?|esophag\w+|"
    r"oesophag\w+|legs?|motor|tract)\b",
    re.IGNORECASE,
)


def _anatomical_start(text: str, start: int) -> int:
    pre = _ANATOMICAL_PREFIX.search(text, max(0, start - 8), start)
    return pre.start() if pre and _ANATOMICAL_HEAD.match(text, start) else start


def _sentence_infos(
    article: CleanArticle, mentions: Sequence[Mention], entities: Mapping[str, Entity]
) -> list[_SentenceInfo]:
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence_index, []).append(m)
    study_org = _study_organism(article, _host_mentions(mentions, entities))
    abstract = article.source_kind in DOC_MODEL_KINDS
    exposures = _exposure_ids()
    infos: list[_SentenceInfo] = []
    prev_spans: list[_Span] = []
    prev_blocked: tuple[str, ...] = ()
    prev_spans_at: Sentence | None = None  # the sentences that named them
    prev_seen = -1  # the last sentence that named or resolved prev_spans
    prev_blocked_at: Sentence | None = None
    families: dict[str, tuple[str, ...]] = {}  # "CXCL" -> genes named so far as CXCL<n>
    for sentence in article.sentences:
        if sentence.text.rstrip(" \"'”’)").endswith("?"):
            continue  # questions do not state findings
        ms = by_sentence.get(sentence.index, [])
        spans = [
            _Span(_anatomical_start(sentence.text, m.start_char - sentence.start), m.end_char - sentence.start,
                  m.entity_id)
            for m in ms
            if _participant(m.entity_id, entities)
            and sentence.start <= m.start_char < sentence.end
            and not _modifier_only(sentence.text, m, sentence.start, entities, abstract)
        ]
        if prev_spans_at is not None and sentence.index - prev_seen > _ANAPHOR_REACH:
            prev_spans, prev_spans_at = [], None  # "It is early, ..." six sentences on stands for nothing named before
        ante = _antecedent(sentence, spans, prev_spans, prev_blocked, entities)
        if any(not sp.flip for sp in ante):
            prev_seen = sentence.index  # "It may raise the risk ... It can elevate heart rate": the pronoun goes on
        antecedents = {
            sp.entity_id: src
            for sp in ante
            if (src := prev_blocked_at if sp.flip else prev_spans_at) is not None
        }
        # (what an opening anaphor stood for, of the types a later anaphor can take up)
        opening = [sp for sp in ante if not sp.flip and _type_of(sp.entity_id, entities) in _ANTECEDENT_TYPES]
        ante += _clause_pronouns(sentence.text, spans)
        named = [
            s for s in spans
            if _type_of(s.entity_id, entities) in _ANTECEDENT_TYPES
            and not _DEFINITION_BEFORE.search(sentence.text, max(0, s.start - 60), s.start)
        ]
        if not ante and _OPEN_IT.match(sentence.text):
            # "It is not the same as nicotine. It's also not the same as niacin, which can cause flushing": an "it"
            # that stands for nothing named goes on standing for it, never for what its sentence names
            prev_spans, prev_spans_at = [], None
        elif spans and (subject := _unnamed_subject(sentence.text, spans, named)) and subject.entity_id in _exposure_ids():
            # "The Mediterranean diet is high in fats ... It has been shown to reduce mortality": "it" is the diet
            # (a behaviour or intervention the sentence opens with), not the fats
            prev_spans, prev_spans_at, prev_seen = [subject], sentence, sentence.index
        elif named:
            # (a pronoun this sentence resolved still leads: "UA belongs to ... They block the progesterone ... This
            # particular drug also works ...": the drug is UA, not progesterone)
            named_ids = {s.entity_id for s in named}
            prev_spans = [sp for sp in opening if sp.entity_id not in named_ids] + named
            prev_spans_at, prev_seen = sentence, sentence.index
        blocked = _blocked(sentence.text, spans, families)
        if blocked:
            prev_blocked, prev_blocked_at = blocked, sentence
        elif not _DRUG_ANAPHOR.match(sentence.text):
            prev_blocked, prev_blocked_at = (), None
        for m in ms:
            stem = _FAMILY_MEMBER.fullmatch(m.text.strip("*_"))
            if stem and _type_of(m.entity_id, entities) == "gene":
                ids = families.get(stem.group(1), ())
                if m.entity_id not in ids:
                    families[stem.group(1)] = (*ids, m.entity_id)
        spans.extend(ante)
        if len({s.entity_id for s in spans}) < 2:
            continue
        spans = _merge_spans(sentence.text, spans)
        # "breast cancer" inside "breast cancer cells": the cells make things ("IL-1alpha-expressing breast cancer
        # cells"), the disease is what anything else acts on ("promotes growth of pancreatic cancer cells")
        stands_for = {
            (o.start, o.end): sp.entity_id
            for o in spans
            if _type_of(o.entity_id, entities) == "cell_type"
            for sp in spans
            if o.start <= sp.start
            and sp.end < o.end
            and _type_of(sp.entity_id, entities) == "disease"
            and sp.entity_id != NEOPLASM
        }
        # "cancer" inside "cancer cells": the longest mention is the participant
        spans = [
            sp
            for sp in spans
            if not any(
                o is not sp
                and o.start <= sp.start
                and sp.end <= o.end
                and o.end - o.start > sp.end - sp.start
                for o in spans
            )
        ]
        if len({s.entity_id for s in spans}) < 2:
            continue
        if not abstract:  # (BioRED relates the class of "Gartanin, a natural xanthone" on its own)
            for key, eid in _described(sentence.text, spans, entities).items():
                stands_for.setdefault(key, eid)
        hosts = _host_mentions(ms, entities)
        organism = _sentence_organism(article.body, sentence, hosts) or study_org
        best: dict[frozenset, _Relation] = {}
        text = sentence.text
        groups = _groups(text, spans)
        coordinated: set[frozenset] = set()
        distance: dict[frozenset, int] = {}
        acted = [_acted_on(sp, stands_for) for sp in spans]
        for i, a in enumerate(spans):
            for j in range(i + 1, len(spans)):
                if acted[i] != acted[j]:
                    k = frozenset((acted[i], acted[j]))
                    d = abs(spans[j].start - a.end)
                    distance[k] = min(d, distance.get(k, d))
        # "The next logical step is to ... see how they might affect the spread": no result yet (outside abstracts)
        plan = not abstract and (
            _PLAN.search(text) is not None or (_ADVICE_USE.search(text) is not None and not _SHOWN_THAT.search(text))
        )
        reported_hedged = _REPORTED_HEDGE.search(text) is not None
        adjusted = [_adjusted_for(text, g) for g in groups]
        for i, g1 in enumerate(groups):
            ids = [_acted_on(sp, stands_for) for sp in g1.spans]
            for x in range(len(ids)):
                for y in range(x + 1, len(ids)):
                    if ids[x] != ids[y]:
                        coordinated.add(frozenset((ids[x], ids[y])))
            if plan:
                continue  # (the coordination above is still the sentence's)
            sym = _symmetric(text, g1)
            pair = None
            if sym and len(g1.spans) == 2 and ids[0] != ids[1]:
                pair = (ids[0], ids[1], g1.spans[1].end)
            elif len(g1.spans) == 1 and i + 1 < len(groups) and not adjusted[i] and not adjusted[i + 1]:
                g2, gap = groups[i + 1], text[g1.end : groups[i + 1].start]
                effect = _EFFECT_OF.search(text, max(0, g1.start - 20), g1.start)
                if effect and _EFFECT_ON.fullmatch(gap):
                    denied = _link_denied(text, effect.start())
                    sym = None if denied is None else ("associated_with", denied)
                if sym and len(g2.spans) == 1 and (effect or _PAIR_GAP.fullmatch(gap)):
                    b_id = _acted_on(g2.spans[0], stands_for)
                    if b_id != ids[0]:
                        pair = (ids[0], b_id, g2.end)
            if sym and pair:
                best[frozenset(pair[:2])] = _Relation(
                    pair[0],
                    pair[1],
                    sym[0],
                    "0",
                    sym[1],
                    _hedged_until(text, g1.start, pair[2], reported_hedged),
                    2.0,
                )
            for j, g2 in enumerate(groups[i + 1 :], start=i + 1):
                if g2.start < g1.end:
                    continue  # nested mentions ("breast cancer" inside "breast cancer cells")
                if adjusted[i] or adjusted[j]:
                    continue
                res = _analyse(text, spans, g1, g2, abstract=abstract)
                if res is None:
                    continue
                subject_left, pred, direction, negated, score = res
                negated = (
                    negated or _DENIED_REPORT.search(text, max(0, g1.start - 100), g1.start) is not None
                    # "..., but when other factors were taken into account, the association was no longer significant"
                    or _NO_LONGER_SIGNIFICANT.search(text, g2.end) is not None
                    # "treat children with autism based on the scientifically unfounded idea that their disorder is
                    # linked to toxic metals": the link is denied between the two
                    or _DENIED_IDEA.search(text, g1.end, g2.start) is not None
                    # "there was some worry that TXA might lead to more heart attacks, ... the researchers observed no
                    # such increase": a later clause denies what was feared
                    or _NO_SUCH.search(text, g2.end) is not None
                )
                objects = list(zip(g2.spans, g2.negated))
                if subject_left and j + 1 < len(groups) and _EXAMPLES.fullmatch(text, g2.end, groups[j + 1].start):
                    # "a factor in bone diseases, including rheumatoid arthritis and bone metastasis": the
                    # examples are objects too
                    objects += zip(groups[j + 1].spans, groups[j + 1].negated)
                subjects = list(zip(g1.spans, g1.negated))
                gap = _mask(text, spans, g1.end, g2.start)
                if len(subjects) > 1 and (
                    _PAREN_OF_LAST.fullmatch(gap) or _APPOSITION_OF_LAST.match(gap)
                    or ((rel_last := _SINGULAR_RELATIVE_OF_LAST.match(gap)) and "," not in gap[rel_last.end():]
                        and _LIST_AND.search(text, g1.spans[-2].end, g1.spans[-1].start))
                ):
                    subjects = subjects[-1:]
                # what a participle after its noun or a compound states is known: the hedge is the main clause's
                # ("Botox injections may provide some relief from arm tremors caused by multiple sclerosis", "may defend
                # the body against smoking-induced lung tumors", "cholesterol-lowering drugs called statins may have a
                # lower risk of Parkinson's, new research suggests")
                presupposed = (
                    _REDUCED_PASSIVE.fullmatch(gap) is not None
                    or _HYPHEN_CAUSE.fullmatch(gap) is not None
                    or _compound_names_agent(gap)
                )
                for a, neg_a in subjects:
                    for b, neg_b in objects:
                        if a.entity_id == b.entity_id:
                            continue
                        subj, obj = (a, b) if subject_left else (b, a)
                        subj_id = subj.entity_id if pred == "produces" else _acted_on(subj, stands_for)
                        obj_id = _acted_on(obj, stands_for)
                        if subj_id == obj_id:
                            continue
                        reading = _pair_reading(
                            text, subj, obj, _type_of(subj_id, entities), _type_of(obj_id, entities), pred,
                            direction, abstract,
                        )
                        if reading is None:
                            continue
                        (p_ab, d_ab), neg = reading, negated or neg_a or neg_b
                        if _THERE_IS_NO.search(text, max(0, subj.start - 60), subj.start):
                            neg = True
                        if subject_left and d_ab != "0" and _low_level_named(text, gap, g2, b, entities):
                            # "can cause low blood sugar (hypoglycemia)": the name in parentheses is the low level's
                            # own, so the "low" of the trigger is no change to it
                            p_ab, d_ab = ("increases", "+") if d_ab == "-" else ("decreases", "-")
                        if d_ab != "0" and (
                            (subj_id in exposures and _NOT_DOING.search(text, 0, subj.start))
                            or _NOT_TAKING.search(text, max(0, subj.start - 40), subj.start)
                        ):
                            # "not smoking ... can help reduce stroke risk", "those who didn't exercise were more
                            # likely to become depressed": the behaviour's absence, a sign reversed, not a denial
                            p_ab, d_ab = ("increases", "+") if d_ab == "-" else ("decreases", "-")
                            neg = negated or (neg_b if subj is a else neg_a)
                        rel = _Relation(
                            subj_id,
                            obj_id,
                            p_ab,
                            d_ab,
                            neg,
                            not presupposed
                            and _hedged_until(text, g1.start, b.end, reported_hedged, subj.end if subj is a else None),
                            score,
                            b.end,
                        )
                        key = frozenset((subj_id, obj_id))
                        # a signed reading beats an undirected one ("interact with cancer cells seemed to
                        # block tumor progression": RANKL -> tumor is the finding, not RANKL binds cancer)
                        if key not in best or (rel.direction != "0", rel.score) > (
                            best[key].direction != "0",
                            best[key].score,
                        ):
                            best[key] = rel
        for rel in best.values():
            if rel.hi >= 0:
                # species named before the end of the finding's clause (+ a short tail: "... in mice")
                rel.organism = (
                    _sentence_organism(article.body, sentence, hosts, upto=rel.hi + 30)
                    or (_HUMAN if not abstract and _HUMAN_BURDEN.search(text) else study_org)
                )
        infos.append(
            _SentenceInfo(
                sentence,
                organism,
                best,
                frozenset(s.entity_id for s in spans) | frozenset(stands_for.values()),
                coordinated,
                distance,
                antecedents,
            )
        )
    return infos


def _hedged_until(text: str, start: int, end: int, reported_hedged: bool, first_end: int | None = None) -> bool:
    """Whether a finding from ``start`` to ``end`` is hedged: a hedge word in its clause before its end (one after
    it belongs to another clause, and so does one in a clause that closed before it: "Although studies have
    suggested ..., trials have not shown that X reduces Y"), or a closing reporting clause that hedges the whole
    sentence. A finding told by a relative clause after its first participant (ending at ``first_end``) is hedged
    only within that clause: "the drug could prove better than statins, the drugs which have lowered LDL"."""
    if reported_hedged:
        return True
    clause = 0
    for m in _CLAUSE_BREAK.finditer(text, 0, start):
        clause = m.end()
    for m in _COLON.finditer(text, clause, start):
        clause = m.end()  # "It seems like the pinnacle of medical science: ... heart-attack-inducing calcium plaque"
    if (
        first_end is not None
        and (rel := _RELATIVE_AFTER_FIRST.match(text, first_end))
        and not _THERE_MIGHT_BE.search(text, max(0, start - 60), start)
        and rel.end() < end
        and "," not in text[rel.end() : end]  # (not when the clause closes first: "aspirin, which is cheap, has")
        # a dash opens an aside only as the sentence's first, and the aside must still be open at the finding's end
        and not (
            rel.group().strip(" *_") in _DASHES and (_DASH.search(text, 0, first_end) or _DASH.search(text, rel.end(), end))
        )
    ):
        clause = max(clause, rel.start())
    sub = _SUBORDINATE.match(text)
    if sub:
        comma = text.find(",", sub.end(), start)
        if comma >= 0:
            clause = max(clause, comma + 1)
    if opened := _OPEN_RELATIVE_BEFORE.search(text, clause, start):
        clause = opened.start()
    for found in _FOUND_THAT.finditer(text, clause, start):
        clause = found.start()  # "In findings that could pry open a door ..., researchers have found that X eases Y"
    if _SAID_TO.search(text, start, end):
        return True  # "steam baths are said to reduce stress, fight infections", "are often touted as a way to"
    if sub and sub.group().strip(" ,").lower().endswith(("if", "unless")):
        comma = text.find(",", sub.end())
        if (comma < 0 or end <= comma) and not _NOMINAL_LINK.search(text, sub.end(), end):
            # (a link named by a noun is presupposed: "If people knew about the link between dementia and ...")
            return True  # "If COX-2 inhibitors protect against colon cancer ..., the disease could occur": a condition
    for aside in _CLOSED_ASIDE.finditer(text, start, end):
        # "aspirin -- a cheap drug that may reduce pain -- lowers the risk of stroke": the aside's hedge is its own
        text = text[: aside.start()] + " " * (aside.end() - aside.start()) + text[aside.end() :]
    return _HEDGE.search(text, clause, end) is not None


def _described(text: str, spans: Sequence[_Span], entities: Mapping[str, Entity]) -> dict[tuple[int, int], str]:
    """Spans that stand for another participant outside abstracts: a class noun after a copula or in apposition
    stands for what it describes ("Emphysema is an incurable lung disease that ...", not "an aldosterone
    antagonist"), and a death from a disease for the disease ("a lower risk of death from colorectal cancer")."""
    out: dict[tuple[int, int], str] = {}
    for x in spans:
        x_type = _type_of(x.entity_id, entities)
        for y in spans:
            if (
                y.start > x.end
                and y.entity_id != x.entity_id
                and x_type in _DEFINED_TYPES
                and _type_of(y.entity_id, entities) == x_type
                and _DEFINING_CLASS.fullmatch(text, x.end, y.start)
                and _CLASS_CLAUSE_AFTER.match(text, y.end)
            ):
                out.setdefault((y.start, y.end), x.entity_id)
        if x.entity_id in _DEATH_IDS and (after := _DEATH_FROM.match(text, x.end)):
            cause = next((y for y in spans if y.start == after.end() and _type_of(y.entity_id, entities) == "disease"),
                         None)
            if cause is not None:
                out.setdefault((x.start, x.end), cause.entity_id)
    return out


def _acted_on(sp: _Span, stands_for: Mapping[tuple[int, int], str]) -> str:
    """The participant a span stands for when something acts on it: the disease of "breast cancer cells" (the
    cells themselves only as a producer), the disease a class noun or a death names outside abstracts
    (``_described``), else the span's own entity."""
    return stands_for.get((sp.start, sp.end), sp.entity_id)


def _plain_apostrophes(article: CleanArticle) -> CleanArticle:
    """The article with typographic apostrophes written plainly ("wasn’t" as "wasn't"), one character for one so
    every offset holds: the patterns spell contractions with "'" only. Evidence is cut from the article as written."""
    if "’" not in article.body:
        return article
    return replace(
        article,
        body=article.body.replace("’", "'"),
        sentences=tuple(replace(s, text=s.text.replace("’", "'")) for s in article.sentences),
    )


def _finding(article: CleanArticle, info: _SentenceInfo, rel: _Relation) -> Finding:
    """The finding of ``rel``, its evidence cut from ``article`` as written."""
    i = info.sentence.index
    sentence = article.sentences[i] if i < len(article.sentences) and article.sentences[i].index == i else info.sentence
    fid = stable_id(article.article_id, sentence.index, rel.subject, rel.predicate, rel.object, rel.negated)
    src = info.antecedents.get(rel.subject) or info.antecedents.get(rel.object)
    start = src.start if src is not None and src.start < sentence.start else sentence.start
    return Finding(
        finding_id=fid,
        article_id=article.article_id,
        sentence_index=sentence.index,
        subject_id=rel.subject,
        predicate=rel.predicate,
        object_id=rel.object,
        direction=rel.direction,
        negated=rel.negated,
        hedged=rel.hedged,
        organism=rel.organism or info.organism,
        evidence=sentence.text if start == sentence.start else article.body[start : sentence.end],
        start_char=start,
        end_char=sentence.end,
    )


# "Prostate cancer is the second leading cause of cancer death", "DNA released by cancer cells": BioRED Train and
# Dev relate no two cancers (nor a cancer and a gene whose name holds a cancer word), news sentences that seem to
# are rankings, restatements or the disease and its own cells. The spread and invasion of a cancer are processes
# of their own.
_NEOPLASM_KIND = re.compile(
    r"neoplas|carcinom|cancer|tumou?r|leuka?emi|lymphom|melanom|sarcom|gliom|malignan|blastom|myelom|adenom",
    re.IGNORECASE,
)
_NOT_A_KIND = re.compile(r"metasta|invasi|hereditary|familial|syndrome", re.IGNORECASE)


def _neoplasm_kind(eid: str, entities: Mapping[str, Entity]) -> bool:
    e = entities.get(eid)
    return (
        e is not None
        and e.entity_type in ("disease", "cell_type")
        and _NEOPLASM_KIND.search(e.name) is not None
        and _NOT_A_KIND.search(e.name) is None
    )


# "adjusted for age, smoking and diet", "controlled for such risk factors as ... physical activity and APOE": what a
# study held constant is its design, related to nothing in the sentence
_ADJUSTED_CUE = re.compile(
    r"\b(?:adjust(?:ed|ing|ments?)?|controll(?:ed|ing)|account(?:ed|ing)|factor(?:ed|ing) in|into account)\b"
    r"(?P<gap>[^.;:!?()]*)$",
    re.IGNORECASE,
)
# words of such a list that are triggers elsewhere ("the effects of weight", "such risk factors as age")
_ADJUSTED_WORDS = re.compile(r"\beffects?\s+of\b|\b(?:risk\s+)?factors?\b", re.IGNORECASE)
_LIST_ENDS = re.compile(r"(?:,|\b(?:and|or))\s+(?:the\s+)?$", re.IGNORECASE)
_LIST_CONTINUES = re.compile(r"(?:\s+[a-z]+)?\s*(?:,|\b(?:and|or)\b)")  # "smoking behavior, and diet"
_CLAUSE_ENDS = re.compile(r"\s*(?:[.;:)]|,\s*(?:the|an?|which|who|all)\b|$)", re.IGNORECASE)


def _adjusted_for(text: str, g: _Group) -> bool:
    """The group is a member of a list of factors a study adjusted for: after an adjustment cue with no trigger
    word in between, and followed by more of the list, or closing it ("... and smoking."). ("After adjusting for
    age, smoking increased ..." names smoking as a subject, not as a member.)"""
    cue = _ADJUSTED_CUE.search(text, max(0, g.start - 120), g.start)
    if cue is None or _triggers(_ADJUSTED_WORDS.sub(" ", cue.group("gap"))):
        return False
    return bool(
        _LIST_CONTINUES.match(text, g.end)
        or (_LIST_ENDS.search(text, 0, g.start) and _CLAUSE_ENDS.match(text, g.end))
    )


# what people do or have done to them: behaviours and exposures, and interventions (therapies, surgery)
AGENT_ONLY_FILES = ("mesh_exposures.tsv", "mesh_interventions.tsv")
# what a result is measured in (blood pressure, the death rate, hospitalizations): an effect, never the agent
OUTCOME_ONLY_FILES = ("mesh_measures.tsv",)
# "those not taking statins had a 51 percent higher risk": a drug not taken, a sign reversed
_NOT_TAKING = re.compile(
    r"(?:\b(?:not|never)|n't)\s+(?:take|taking|took|use|using|used|receive|receiving|received|get|getting)\s+"
    r"(?:(?:any|the|a|their|daily|regular|prenatal)\s+)?$",
    re.IGNORECASE,
)
_NOT_DOING = re.compile(r"(?:\b(?:not|never|no longer)|n't)\s+$", re.IGNORECASE)

# "could help overweight and obese children lose weight", "helps depressed people get better": helping the people a
# disease names is acting against the disease
_HELPS_BEFORE = re.compile(
    r"\bhelp(?:s|ed|ing)?\s+(?:the\s+|many\s+|some\s+)?(?:[\w-]+\s+(?:and|or)\s+)?$", re.IGNORECASE
)
_PEOPLE_AFTER = re.compile(
    r"\s+(?:(?:and|or)\s+[\w-]+\s+)?(?:patients?|children|kids|adults|women|men|people|teens|teenagers|"
    r"adolescents|individuals|participants|volunteers|youths?)\b",
    re.IGNORECASE,
)
# two treatments on either side of a comparison are compared, not related ("patients taking Opdivo had fewer severe
# side effects than those taking Yervoy", "a low-carbohydrate diet was equally good as the weight loss drug orlistat")
_COMPARED = re.compile(
    r"\b(?:than|compared\s+(?:with|to)|in\s+comparison|versus|vs\.?|as\s+(?:good|effective|safe)\s+as|"
    r"alternatives?|instead\s+of|rather\s+than|equally|similar\s+to|replac\w+|switch\w*\s+(?:to|from))(?!\w)",
    re.IGNORECASE,
)
_COMPARABLE = frozenset({"disease", "gene", "protein_family", "process"})
# the second participant is another name of the first ("is also known as", "sometimes called", "a.k.a."), not the
# object of a verb that names it ("blocks a pathway called CGRP")
_SAME_AS = re.compile(
    r"(?:\b(?:is|are|was|were)\s+(?:also\s+|sometimes\s+|often\s+)?(?:known|referred\s+to)\s+as|"
    r"\b(?:also|sometimes|often|formerly)\s+(?:known\s+as|called|named|referred\s+to\s+as)|\ba\.k\.a\.?)\s+"
    r"(?:an?\s+|the\s+)?[*_\"“]*(?:[a-z][\w-]*\s+)?$",
    re.IGNORECASE,
)
# a likeness right before the second participant ("in ways similar to antidepressants", "just as statins do")
_LIKENED = re.compile(r"\b(?:similar\s+to|akin\s+to|(?:just\s+)?as\s+(?:do|does|did))\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# outside abstracts a gene named for its carriers is who is treated, not what a drug acts on ("to treat
# BRCA-mutated breast cancer", "patients with BRCA mutations")
_CARRIED_AFTER = re.compile(
    r"[\s-]*(?:gene\s+)?(?:mutated|mutant|mutations?|variants?|positive|negative|carriers?)\b", re.IGNORECASE
)
# "caused death risk to drop", "led tumours to shrink", "caused small tumors to stop growing": a causative whose
# complement lowers its object
_CAUSES_BEFORE = re.compile(
    r"\b(?:caus(?:e|es|ed|ing)|lead(?:s|ing)?|led|get(?:s|ting)?|got)\s+(?:the\s+|their\s+|its\s+)?"
    r"(?:(?:small|large|some|many|most|existing)\s+)?$",
    re.IGNORECASE,
)
_TO_FALL_AFTER = re.compile(
    r"\W*(?:[\w-]+\s+){0,2}?to\s+(?:drop|fall|decline|decrease|shrink|go\s+down|disappear|die|regress|"
    r"stop\s+(?:growing|spreading|dividing))\b",
    re.IGNORECASE,
)
# "produces" is a cell, a tissue or a gene making a molecule ("Tregs produce RANKL", "tumors that produce PD-L1").
# Between other participants the production words say something else: a drug or a disease that "produces" a symptom
# raises it ("ACE inhibitors can produce a dry cough"); "make X worse / less likely" is a causative whose sense comes
# after its object; a chemical "made", "synthesized" or "released" with another chemical is a maker, a source or a
# trade name ("omalizumab, a biologic drug made by Genentech under the trade name Xolair").
# (an entity missing from the table, type "", is taken at its word)
_PRODUCERS = frozenset({"cell_type", "gene", "protein_family", "disease", "species", ""})
_PRODUCTS = frozenset({"gene", "protein_family", "chemical", "cell_type", ""})
_MAKE_WORD = re.compile(r"\b(?:mak(?:e|es|ing)|made)\b", re.IGNORECASE)
_PRODUCE_WORD = re.compile(r"\bproduc(?:e|es|ed|ing)\b", re.IGNORECASE)
# the active verb only: not "a viral disease produced by the chicken pox virus", "too many platelets are produced"
_PRODUCE_ACTIVE = re.compile(
    r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bbeen )(?<!\bbeing )"
    r"\bproduc(?:e|es|ing|ed(?!\s+(?:by|elsewhere|from|in|when|at)\b))\b",
    re.IGNORECASE,
)
# a passive without its maker: "Insulin is released when we consume glucose"
_PASSIVE_MADE = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+\s+)?(?:produced|released|secreted|synthesi[sz]ed|made|expressed)\b"
    r"(?!\s+by\b)",
    re.IGNORECASE,
)
# what follows the object of a causative "make": "make the constipation worse", "made teens ... much less likely to",
# "made chemotherapy more effective" (a treatment made to work better is raised)
_MADE_SO = re.compile(
    r"\W*(?:[\w’'-]+\W+){0,3}?(?:(worse|(?:more|as) likely|more (?:severe|painful|common|frequent|effective|potent))|"
    r"(better|less|go away|disappear))\b",
    re.IGNORECASE,
)


def _pair_reading(
    text: str, subj: _Span, obj: _Span, subj_type: str, obj_type: str, pred: str, direction: str, abstract: bool
) -> tuple[str, str] | None:
    """The (predicate, direction) a sentence's reading (``pred``, ``direction``) of the pair subj -> obj states once
    the words around the two participants are weighed, or None when it relates them not at all."""
    if not abstract and direction != "0" and obj_type in ("gene", "protein_family") and _CARRIED_AFTER.match(
        text, obj.end
    ):
        return None
    lo, hi = min(subj.end, obj.end), max(subj.start, obj.start)
    if subj_type == obj_type and (
        (subj_type == "chemical" and _COMPARED.search(text, lo, hi))
        # other kinds: the comparison right after the first ("migraine - more than the number affected by asthma";
        # not "Obesity was a stronger risk factor than smoking for heart disease")
        or (subj_type in _COMPARABLE and _COMPARED.search(text, lo, min(hi, lo + 20)))
    ):
        return None  # two drugs, two diseases on either side of a comparison are compared, not related
    gap = text[lo:hi]
    if _SAME_AS.search(gap):
        return None  # "bipolar disorder -- a condition that ... is also known as manic depression": two names
    if _LIKENED.search(gap):
        return None  # "yoga might affect the body in ways similar to antidepressants"
    if direction == "+" and subj.start < obj.start and (
        (_HELPS_BEFORE.search(text, subj.end, obj.start) and _PEOPLE_AFTER.match(text, obj.end)
         and obj_type == "disease")
        or (_CAUSES_BEFORE.search(text, subj.end, obj.start) and _TO_FALL_AFTER.match(text, obj.end))
    ):
        return "decreases", "-"
    if pred == "produces":
        return _production_reading(text, subj, obj, subj_type, obj_type)
    return pred, direction


def _production_reading(
    text: str, subj: _Span, obj: _Span, subj_type: str, obj_type: str
) -> tuple[str, str] | None:
    """What a "produces" relation between these two participants states: (predicate, direction), or None."""
    lo, hi = (subj.end, obj.start) if subj.start < obj.start else (obj.end, subj.start)
    between = text[lo:hi]
    if _PASSIVE_MADE.search(between):
        return None
    if _MAKE_WORD.search(between) and not _PRODUCE_WORD.search(between) and obj.start > subj.start:
        so = _MADE_SO.match(text, obj.end)
        if so:
            return ("increases", "+") if so.group(1) else ("decreases", "-")
    if obj_type in ("disease", "process"):
        return ("increases", "+") if _PRODUCE_ACTIVE.search(between) else None
    if obj_type in _PRODUCTS and subj_type in _PRODUCERS:
        return "produces", "+"
    return None


@lru_cache(maxsize=4)
def _ids_in(folder: Path, files: tuple[str, ...]) -> frozenset[str]:
    """The entity ids of the lexicon files ``files`` of ``folder`` (missing files give none)."""
    return frozenset(r["entity_id"] for name in files if (folder / name).is_file() for r in read_tsv(folder / name))


# MeSH files whose tree numbers (descriptors) or mapped-to descriptors (supplementary records) place an entity
_TREE_FILES = ("mesh_diseases.tsv", "mesh_chemicals.tsv", "mesh_exposures.tsv", "mesh_interventions.tsv",
               "mesh_measures.tsv")
_MAPPED_FILES = ("mesh_supplementary_diseases.tsv",)


@lru_cache(maxsize=4)
def _mesh_trees_in(folder: Path) -> dict[str, tuple[str, ...]]:
    trees: dict[str, tuple[str, ...]] = {}
    for name in _TREE_FILES:
        if (folder / name).is_file():
            for r in read_tsv(folder / name):
                trees[r["entity_id"]] = tuple(t for t in r.get("tree_numbers", "").split("|") if t)
    for name in _MAPPED_FILES:
        if (folder / name).is_file():
            for r in read_tsv(folder / name):
                # a supplementary record sits right under each descriptor it is mapped to
                trees[r["entity_id"]] = tuple(
                    f"{t}.*" for d in r.get("mapped_to", "").split("|") if d
                    for t in trees.get("MESH:" + d.lstrip("*"), ()))
    return trees


def _mesh_trees() -> dict[str, tuple[str, ...]]:
    """MeSH tree numbers of the lexicon's diseases, chemicals and exposures (read once per folder)."""
    return _mesh_trees_in(lexicon_dir())


def _kind_of(a: str, b: str, trees: Mapping[str, tuple[str, ...]]) -> bool:
    """One MeSH entity is a kind of the other ("Peanut Hypersensitivity" under "Food Hypersensitivity", "Cerebral
    Infarction" under "Stroke"): naming both relates nothing, it narrows or widens one thing. (BioRED Train relates
    4 such pairs of its 4,175.) ``trees``: ``_mesh_trees()``, resolved once per article."""
    ta, tb = trees.get(a, ()), trees.get(b, ())
    return any(x.startswith(y + ".") or y.startswith(x + ".") for x in ta for y in tb)


def _exposure_ids() -> frozenset[str]:
    """The behaviours and exposures of the lexicon's ``mesh_exposures.tsv`` (exercise, smoking, a diet) and the
    interventions of its ``mesh_interventions.tsv`` (hypnosis, gastric bypass). Such a thing is what people do or have
    done to them: sentences that seem to make it an effect are advice ("stop smoking"), study design ("adjusting
    for diet and physical activity"), symptoms ("problems walking") or lists of risk factors. (Read once per article:
    the lexicon folder is a setting.)"""
    return _ids_in(lexicon_dir(), AGENT_ONLY_FILES)


def _measure_ids() -> frozenset[str]:
    """The outcome measures of the lexicon's ``mesh_measures.tsv``. A sentence that seems to make one the agent lists
    what an intervention lowered ("reducing levels of cholesterol and triglycerides, body mass index and ..."),
    or relates two outcomes of one composite ("death, heart-related hospitalizations")."""
    return _ids_in(lexicon_dir(), OUTCOME_ONLY_FILES)


def _cross_referenced(a: str, b: str, entities: Mapping[str, Entity]) -> bool:
    """One entity's cross-references name the other: one thing from two vocabularies ("inflammatory diseases ...
    leading to inflammation": MeSH Inflammation and GO's inflammatory response)."""
    ea, eb = entities.get(a), entities.get(b)
    return (ea is not None and b in ea.xrefs) or (eb is not None and a in eb.xrefs)


_VACCINE_NAME = re.compile(r"\bvaccines?$", re.IGNORECASE)


def _restates(a: str, b: str, entities: Mapping[str, Entity]) -> bool:
    """One name's words are a part of the other's ("Pain" / "Neck Pain", "Cholesterol" / "Cholesterol, LDL",
    "Glucose" / "Blood Glucose"): in news the narrower names the wider again. (BioRED relates some such pairs in
    abstracts: "hypertension" / "pulmonary hypertension".)"""
    ea, eb = entities.get(a), entities.get(b)
    if ea is None or eb is None or {ea.entity_type, eb.entity_type} & {"gene", "protein_family", "variant"}:
        return False  # (a gene and its receptor, "IL-6" / "IL-6 receptor", do act on each other)
    wa, wb = (frozenset(re.findall(r"\w+", e.name.casefold())) for e in (ea, eb))
    if (wa < wb and _VACCINE_NAME.search(eb.name)) or (wb < wa and _VACCINE_NAME.search(ea.name)):
        return False  # "the shingles vaccine could prevent cases of shingles": the vaccine against the disease acts
    return bool(wa and wb) and (wa < wb or wb < wa)



def _disease_as_agent(f: Finding, entities: Mapping[str, Entity]) -> bool:
    """A disease said to lower something ("Diabetes decreases Hypertension" from "diabetics who drank red wine had
    fewer symptoms"; "Pulmonary Hypertension inhibits Lung Neoplasms" from "iloprost, approved to treat pulmonary
    hypertension, might prevent lung cancer") or to raise a drug or a gene ("Neoplasms increases Vitamin D" from
    "cancer patients shouldn't boost vitamin D"). In news the disease is then nearly always the population, the
    indication or the target, and the agent is another word of the sentence: graded news findings of this shape were
    44 wrong, 1 borderline and 2 correct, in every audit alike. A disease raising another ("High blood pressure
    increases the risk of stroke") or a process ("Mice with breast cancer were more likely to develop metastasis")
    or associated with anything stays, and so does a cancer raising a gene: its cells express it
    ("IL-1alpha-expressing breast cancer cells", "the leukemia was still producing CD22")."""
    if _type_of(f.subject_id, entities) != "disease" or f.direction == "0":
        return False
    if f.direction == "-":
        return True
    kind = _type_of(f.object_id, entities)
    if kind in ("gene", "protein_family"):
        return not _neoplasm_kind(f.subject_id, entities)
    return kind == "chemical"


def extract_findings(
    article: CleanArticle, mentions: Sequence[Mention], entities: Mapping[str, Entity]
) -> list[Finding]:
    """Findings of ``article``: relations stated in its sentences, plus (abstracts only) the pairs the
    document-level model judges related although no single sentence states how.

    One finding per (sentence, subject, predicate, object, negated).
    """
    source = article
    article = _plain_apostrophes(article)
    infos = _sentence_infos(article, mentions, entities)
    findings: dict[str, Finding] = {}
    model = _model()
    use_doc = bool(model.pair) and article.source_kind in DOC_MODEL_KINDS
    ctx = _DocContext(article, mentions, entities, infos) if use_doc else None
    probs = _pair_probabilities(ctx, model) if ctx is not None else {}
    directions: dict[frozenset, str] = {}
    kept: list[tuple[_SentenceInfo, frozenset, _Relation]] = []
    for info in infos:
        for key, rel in info.relations.items():
            if use_doc and not rel.negated and probs.get(key, 0.0) < model.keep:
                continue  # (explicit negations are kept: "but not VEGF" is a finding of its own)
            kept.append((info, key, rel))
    if ctx is not None:
        signed = {k for _, k, r in kept if r.direction != "0" and not r.negated}
        for _, key, rel in kept:
            if rel.predicate == "associated_with" and not rel.negated and key not in signed:
                # stated without a sign ("X is associated with Y"): the document may still tell which way
                d = directions.setdefault(key, _document_direction(key, ctx, model))
                if d != "0":
                    rel.predicate, rel.direction = CORRELATED[d], d
    for info, _, rel in kept:
        f = _finding(source, info, rel)
        findings[f.finding_id] = f
    if ctx is not None:
        stated = {frozenset((f.subject_id, f.object_id)) for f in findings.values()}
        # an entity named only as the exception ("... but not VEGF") is not linked at document level
        negated_only = {e for f in findings.values() if f.negated for e in (f.subject_id, f.object_id)}
        negated_only -= {e for f in findings.values() if not f.negated for e in (f.subject_id, f.object_id)}
        for key, p in sorted(probs.items(), key=lambda kv: sorted(kv[0])):
            if (
                p >= model.add
                and key not in stated
                and not (key & negated_only)
                and all(_TYPE_CLASS.get(_type_of(e, entities), "other") != "other" for e in key)
            ):
                rel, info = _document_relation(key, infos, mentions, article, entities)
                if info is not None:
                    d = directions.setdefault(key, _document_direction(key, ctx, model))
                    if d != "0":
                        rel.predicate, rel.direction = CORRELATED[d], d
                    f = _finding(source, info, rel)
                    findings[f.finding_id] = f
    # Two ids written the same way ("Epo" grounded to the mouse and the human gene) are one thing named
    # twice, never a finding; nor are two kinds of cancer, or a cancer and its cells.
    names: dict[str, set[str]] = {}
    for m in mentions:
        names.setdefault(m.entity_id, set()).add(m.text.casefold())
    exposures = _exposure_ids()
    measures = _measure_ids()
    trees = _mesh_trees()
    out = [
        f
        for f in findings.values()
        if not (names.get(f.subject_id, set()) & names.get(f.object_id, set()))
        and not _cross_referenced(f.subject_id, f.object_id, entities)
        and not (_neoplasm_kind(f.subject_id, entities) and _neoplasm_kind(f.object_id, entities))
        and f.object_id not in exposures
        and f.subject_id not in measures
        and not (
            article.source_kind not in DOC_MODEL_KINDS
            and (_restates(f.subject_id, f.object_id, entities) or _disease_as_agent(f, entities))
        )
        and not _kind_of(f.subject_id, f.object_id, trees)
    ]
    return sorted(out, key=lambda f: (f.sentence_index, f.subject_id, f.object_id, f.predicate))


# ------------------------------------------------------------------------------------------------
# Document level: which entity pairs does the abstract as a whole relate, and which way?
# Two models over pair features, fitted on BioRED Train by `scripts/train_findings.py` and read from
# seeds/lexicons/findings_model.tsv:
#   pair       logistic: is the pair related at all (stated relation found, co-occurrence, title,
#              salience, entity types and their interactions)?
#   direction  multinomial logistic over {+, -, 0} (BioRED Positive_/Negative_Correlation vs. every
#              other relation type): cues around each entity's mentions ("X-induced", "treatment with
#              X", "prevents Y"), signs of stated relations and triggers in the sentences naming both.
# ------------------------------------------------------------------------------------------------

MODEL_FILE = "findings_model.tsv"
DOC_MODEL_KINDS = frozenset({"abstract"})
# A document-level sign is a correlation the abstract implies, not a stated mechanism.
CORRELATED = {"+": "positively_correlated", "-": "negatively_correlated"}

_TYPE_CLASS = {
    "gene": "gene",
    "protein_family": "gene",
    "chemical": "chemical",
    "disease": "disease",
    "process": "disease",
    "variant": "variant",
}
_TYPE_PAIRS = (
    "disease-gene",
    "chemical-disease",
    "gene-gene",
    "chemical-gene",
    "disease-variant",
    "chemical-chemical",
    "chemical-variant",
    "gene-variant",
    "variant-variant",
    "disease-disease",
)
# Pair types with enough Train examples for type-specific interaction weights.
_MAIN_PAIRS = ("disease-gene", "chemical-disease", "gene-gene", "chemical-gene", "disease-variant",
               "chemical-chemical")


@dataclass(frozen=True, slots=True)
class FindingsModel:
    pair: dict[str, float]
    direction: dict[str, dict[str, float]]  # class ("+", "-") -> weights; class "0" is the reference
    keep: float  # stated relations of pairs below this pair probability are dropped
    add: float  # pairs without a stated relation are added at or above this probability
    zero: float = 0.5  # a pair stays undirected when the direction model gives class "0" at least this
    source: str = ""


_MODEL: FindingsModel | None = None


def load_model(path=None) -> FindingsModel:
    """Weights and thresholds written by scripts/train_findings.py (TSV: model, feature, weight)."""
    from pipeline.lexicon_files import DEFAULT_LEXICON_DIR, lexicon_path, read_tsv

    if path is None:
        path = lexicon_path(MODEL_FILE)
        if not path.exists():
            path = DEFAULT_LEXICON_DIR / MODEL_FILE
    if not path.exists():
        return FindingsModel({}, {}, 0.0, 1.1, "")
    pair: dict[str, float] = {}
    direction: dict[str, dict[str, float]] = {"+": {}, "-": {}}
    thresholds: dict[str, float] = {}
    for row in read_tsv(path):
        model, feature, weight = row["model"], row["feature"], float(row["weight"])
        if model == "pair":
            pair[feature] = weight
        elif model in ("direction+", "direction-"):
            direction[model[-1]][feature] = weight
        elif model == "threshold":
            thresholds[feature] = weight
    return FindingsModel(
        pair,
        direction,
        thresholds.get("keep", 0.25),
        thresholds.get("add", 0.4),
        thresholds.get("zero", 0.5),
        str(path),
    )


def _model() -> FindingsModel:
    global _MODEL
    if _MODEL is None:
        _MODEL = load_model()
    return _MODEL


def set_model(model: FindingsModel | None) -> None:
    """Replace the loaded model (training and tests); None reloads the file on next use."""
    global _MODEL
    _MODEL = model


_AFTER_INDUCER = re.compile(
    r"^[\s*_]*-?\s*(?:induced|mediated|associated|related|evoked|triggered|dependent|provoked|caused)\b",
    re.IGNORECASE,
)
_BEFORE_TREAT = re.compile(
    r"(?:treat\w*|therapy|therapies|administration|administered|given|received|infusion|injection|"
    r"dose[sd]?|effects? of|efficacy of|pretreat\w*)\s+(?:with|of|by)?\s*(?:the\s+)?[*_]*$",
    re.IGNORECASE,
)
_BEFORE_AGAINST = re.compile(
    r"(?:treatment of|therapy for|against|prevent\w*|attenuat\w*|protect\w*(?: against| from)?|ameliorat\w*|"
    r"reduc\w*|inhibit\w*|suppress\w*|alleviat\w*|reliev\w*|improv\w*|reversed?|antagonists?(?: of)?|"
    r"blockers?(?: of)?|inhibitors?(?: of)?)\s+(?:the\s+)?[*_]*$",
    re.IGNORECASE,
)
_BEFORE_CAUSE = re.compile(
    r"(?:induc\w*|caus\w*|develop\w*|increas\w*|risk of|incidence of|promot\w*|exacerbat\w*|"
    r"agonists?(?: of)?|activat\w*|elevat\w*|high(?:er)?|over-?expression of|mutations? (?:in|of))\s+"
    r"(?:the\s+)?[*_]*$",
    re.IGNORECASE,
)
_AFTER_DOWN = re.compile(
    r"^[\s*_]*(?:-?(?:deficien\w*|null|knockout|negative|/-)|(?:levels?|expression|activity)\s+"
    r"(?:was|were|is|are)\s+(?:\w+\s+)?(?:decreas\w*|reduc\w*|lower\w*|down-?regulat\w*|suppress\w*|"
    r"inhibit\w*|diminish\w*))",
    re.IGNORECASE,
)
_AFTER_UP = re.compile(
    r"^[\s*_]*(?:levels?|expression|activity|concentrations?)?\s*(?:was|were|is|are)\s+(?:\w+\s+)?"
    r"(?:increas\w*|elevat\w*|rais\w*|up-?regulat\w*|enhanc\w*|induc\w*|activat\w*|higher)",
    re.IGNORECASE,
)
_DOC_TOX = re.compile(r"toxicit|adverse|side[- ]effect|overdose|poison|induced|hazard|risk", re.IGNORECASE)
_DOC_THERAPY = re.compile(r"treat|therap|efficac|protect|prevent|ameliorat|attenuat", re.IGNORECASE)
_CUE_TESTS = (
    ("inducer", "post", _AFTER_INDUCER.match),
    ("treat", "pre", _BEFORE_TREAT.search),
    ("against", "pre", _BEFORE_AGAINST.search),
    ("cause", "pre", _BEFORE_CAUSE.search),
    ("down", "post", _AFTER_DOWN.match),
    ("up", "post", _AFTER_UP.match),
)


_BETWEEN_MAX = 60
def _sentence_stems(text: str) -> set[str]:
    """5-letter stems of a sentence's words, stop words left out."""
    return {w[:5] for w in _WORD.findall(text)} - _STOP_STEMS


_STOP_STEMS = frozenset(
    (
        "the", "of", "and", "in", "to", "with", "was", "were", "is", "are", "for", "by", "on", "as", "an", "at",
        "or", "from", "that", "this", "these", "be", "been", "which", "we", "than", "our", "its", "their",
        "have", "has", "had", "not", "but", "also",
    )
)
_WORD = re.compile(r"[a-z]{2,}")


class _DocContext:
    """What the document-level models read, computed once per abstract."""

    def __init__(self, article, mentions, entities, infos):
        # (apostrophes as the sentence rules read them, also when the training script builds the context itself)
        article = _plain_apostrophes(article)
        self.article, self.mentions, self.entities = article, mentions, entities
        self.infos = infos if infos is not None else _sentence_infos(article, mentions, entities)
        self.tclass: dict[str, str] = {}
        self.counts: Counter = Counter()
        self.title_ids: set[str] = set()
        self.cues: dict[str, set[str]] = {}
        body = article.body
        for m in mentions:
            if not _participant(m.entity_id, entities):
                continue
            e = m.entity_id
            self.counts[e] += 1
            if m.sentence_index == 0:
                self.title_ids.add(e)
            self.tclass.setdefault(e, _TYPE_CLASS.get(_type_of(e, entities), "other"))
            pre = body[max(0, m.start_char - 50) : m.start_char]
            post = body[m.end_char : m.end_char + 50]
            cues = self.cues.setdefault(e, set())
            for name, side, test in _CUE_TESTS:
                if name not in cues and test(pre if side == "pre" else post):
                    cues.add(name)
        self.title_tox = float(bool(_DOC_TOX.search(article.sentences[0].text))) if article.sentences else 0.0
        self.doc_tox = float(bool(_DOC_TOX.search(body)))
        self.doc_therapy = float(bool(_DOC_THERAPY.search(body)))
        # per pair: signs of stated relations; trigger signs in the sentences naming both
        by_sentence: dict[int, list[Mention]] = {}
        for m in mentions:
            if m.entity_id in self.tclass:
                by_sentence.setdefault(m.sentence_index, []).append(m)
        self.stated: dict[frozenset, Counter] = {}
        self.trig: dict[frozenset, Counter] = {}
        self.between: dict[frozenset, set[str]] = {}
        self.sent_words: dict[frozenset, set[str]] = {}
        for info in self.infos:
            if len(info.entity_ids) < 2:
                continue
            # word stems of the sentence naming both, entity mentions left out ("effective in controlling",
            # "precipitated by", "complication of")
            st = info.sentence.start
            txt = list(body[st : info.sentence.end].lower())
            for m in by_sentence.get(info.sentence.index, []):
                for j in range(max(0, m.start_char - st), min(len(txt), m.end_char - st)):
                    txt[j] = " "
            stems = _sentence_stems("".join(txt))
            signs = Counter("pos" if s > 0 else "neg" if s < 0 else "neu" for *_, s in _triggers(info.sentence.text))
            ids = sorted(e for e in info.entity_ids if e in self.tclass)
            for i, a in enumerate(ids):
                for b in ids[i + 1 :]:
                    self.trig.setdefault(frozenset((a, b)), Counter()).update(signs)
                    self.sent_words.setdefault(frozenset((a, b)), set()).update(stems)
            # words between close mentions of two entities ("C-induced D", "D treated with C"), as stems
            # tagged with which type comes first
            sent_ms = by_sentence.get(info.sentence.index, [])
            for i, m1 in enumerate(sent_ms):
                for m2 in sent_ms[i + 1 :]:
                    if m1.entity_id == m2.entity_id or m2.start_char < m1.end_char:
                        continue
                    gap = body[m1.end_char : m2.start_char]
                    if len(gap) > _BETWEEN_MAX:
                        continue
                    k = frozenset((m1.entity_id, m2.entity_id))
                    order = f"{self.tclass[m1.entity_id]}>{self.tclass[m2.entity_id]}"
                    words = self.between.setdefault(k, set())
                    for w in _WORD.findall(gap.lower()):
                        words.add(f"{order}:{w[:5]}")
            for k, rel in info.relations.items():
                c = self.stated.setdefault(k, Counter())
                c["neg_stated" if rel.negated else {"+": "plus", "-": "minus", "0": "zero"}[rel.direction]] += 1

    def type_pair(self, key: frozenset) -> str:
        return "-".join(sorted(self.tclass.get(e, "other") for e in key))


def pair_features(
    article: CleanArticle,
    mentions: Sequence[Mention],
    entities: Mapping[str, Entity],
    infos: Sequence[_SentenceInfo] | None = None,
    ctx: _DocContext | None = None,
) -> dict[frozenset, dict[str, float]]:
    """Features of every pair of participants of the article (for the document-level pair model)."""
    import math

    if ctx is None:
        ctx = _DocContext(article, mentions, entities, infos)
    infos = ctx.infos
    counts, title_ids, tclass = ctx.counts, ctx.title_ids, ctx.tclass
    ids = sorted(counts)
    top: set[str] = set()
    best_by_type: dict[str, int] = {}
    for e in ids:
        best_by_type[tclass[e]] = max(best_by_type.get(tclass[e], 0), counts[e])
    for e in ids:
        if counts[e] == best_by_type[tclass[e]]:
            top.add(e)
    n_type = Counter(tclass[e] for e in ids)
    cooc: Counter = Counter()
    coord: Counter = Counter()
    rel_n: Counter = Counter()
    signed: set[frozenset] = set()
    dist: dict[frozenset, int] = {}
    rel_title: set[frozenset] = set()
    last = max((i.sentence.index for i in infos), default=0)
    cooc_last: set[frozenset] = set()
    rel_neg: set[frozenset] = set()
    rel_strong: set[frozenset] = set()
    trig_cooc: Counter = Counter()
    rel_any: Counter = Counter()  # entity -> number of stated relations it takes part in
    for info in infos:
        has_trig = bool(_triggers(info.sentence.text))
        for k, d in info.distance.items():
            cooc[k] += 1
            dist[k] = min(d, dist.get(k, d))
            if has_trig:
                trig_cooc[k] += 1
            if info.sentence.index >= last - 1:
                cooc_last.add(k)
        for k in info.coordinated:
            coord[k] += 1
        for k, rel in info.relations.items():
            rel_n[k] += 1
            for e in k:
                rel_any[e] += 1
            if info.sentence.index == 0:
                rel_title.add(k)
            if rel.negated:
                rel_neg.add(k)
            if rel.score >= 2.5:
                rel_strong.add(k)
            if rel.direction != "0":
                signed.add(k)
    n_ent = math.log1p(len(ids))
    rank = {e: i for i, e in enumerate(sorted(ids, key=lambda e: (-counts[e], e)))}
    out: dict[frozenset, dict[str, float]] = {}
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            k = frozenset((a, b))
            tp = "-".join(sorted((tclass[a], tclass[b])))
            f = {
                "bias": 1.0,
                "rel": float(rel_n[k] > 0),
                "rel_n": math.log1p(rel_n[k]),
                "rel_signed": float(k in signed),
                "cooc": math.log1p(cooc[k]),
                "cooc_any": float(cooc[k] > 0),
                "coord_all": float(cooc[k] > 0 and coord[k] >= cooc[k]),
                "title_both": float(a in title_ids and b in title_ids),
                "title_one": float((a in title_ids) != (b in title_ids)),
                "fmin": math.log1p(min(counts[a], counts[b])),
                "fmax": math.log1p(max(counts[a], counts[b])),
                "top_one": float((a in top) != (b in top)),
                "top_both": float(a in top and b in top),
                "dist": math.log1p(dist[k]) if k in dist else 0.0,
                "n_ent": n_ent,
                "rel_title": float(k in rel_title),
                "cooc_last": float(k in cooc_last),
                "rel_neg": float(k in rel_neg),
                "rel_strong": float(k in rel_strong),
                "trig_cooc": math.log1p(trig_cooc[k]),
                "rel_any": math.log1p(min(rel_any[a], rel_any[b])),
                "rank_best": 1.0 / (1 + min(rank[a], rank[b])),
                "rank_worst": 1.0 / (1 + max(rank[a], rank[b])),
                "title_top": float(((a in title_ids) or (b in title_ids)) and ((a in top) or (b in top))),
                # how many candidates of each side's type compete (one disease: every variant relates to it)
                "n_same_a": math.log1p(n_type[tclass[a]]),
                "n_same_b": math.log1p(n_type[tclass[b]]),
            }
            for t in _TYPE_PAIRS:
                f["tp_" + t] = float(tp == t)
            f["tp_other"] = float(tp not in _TYPE_PAIRS)
            if tp in _MAIN_PAIRS:
                for name in ("rel", "cooc_any", "title_one", "title_both", "top_both", "top_one", "fmin"):
                    f[f"{tp}:{name}"] = f[name]
            out[k] = f
    return out


def direction_features(key: frozenset, ctx: _DocContext) -> dict[str, float]:
    """Features of a pair for the direction model (cues per entity type, stated signs, trigger signs)."""
    import math

    tp = ctx.type_pair(key)
    main = tp in _MAIN_PAIRS
    f: dict[str, float] = {"dbias": 1.0, "dtp_" + tp: 1.0}
    for e in key:
        t = ctx.tclass.get(e, "other")
        for cue in ctx.cues.get(e, ()):
            f[f"{t}_{cue}"] = 1.0
            if main:
                f[f"{tp}:{t}_{cue}"] = 1.0
    for name, n in ctx.stated.get(key, Counter()).items():
        f["stated_" + name] = math.log1p(n)
        if main:
            f[f"{tp}:stated_{name}"] = math.log1p(n)
    trig = ctx.trig.get(key, Counter())
    for name in ("pos", "neg", "neu"):
        if trig[name]:
            f["trig_" + name] = math.log1p(trig[name])
    if trig["pos"] or trig["neg"]:
        f["trig_balance"] = (trig["pos"] - trig["neg"]) / (trig["pos"] + trig["neg"])
    for w in ctx.between.get(key, ()):
        f["bw:" + w] = 1.0
    for w in ctx.sent_words.get(key, ()):
        f[f"sw:{tp}:{w}" if main else "sw:" + w] = 1.0
    f["title_tox"] = ctx.title_tox
    f["doc_tox"] = ctx.doc_tox
    f["doc_therapy"] = ctx.doc_therapy
    if main:
        f[f"{tp}:doc_tox"] = ctx.doc_tox
        f[f"{tp}:doc_therapy"] = ctx.doc_therapy
        f[f"{tp}:title_tox"] = ctx.title_tox
    return f


def _pair_probabilities(ctx: _DocContext, model: FindingsModel) -> dict[frozenset, float]:
    import math

    out = {}
    for k, f in pair_features(ctx.article, ctx.mentions, ctx.entities, ctx=ctx).items():
        z = sum(model.pair.get(n, 0.0) * v for n, v in f.items())
        out[k] = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
    return out


def direction_probabilities(key: frozenset, ctx: _DocContext, model: FindingsModel) -> dict[str, float]:
    import math

    f = direction_features(key, ctx)
    z = {"0": 0.0}
    for cls, w in model.direction.items():
        z[cls] = sum(w.get(n, 0.0) * v for n, v in f.items())
    top = max(z.values())
    e = {c: math.exp(v - top) for c, v in z.items()}
    s = sum(e.values())
    return {c: v / s for c, v in e.items()}


def _document_direction(key: frozenset, ctx: _DocContext, model: FindingsModel) -> str:
    """'+', '-' or '0' (undirected), whichever the direction model finds most probable."""
    if not model.direction.get("+"):
        return "0"
    p = direction_probabilities(key, ctx, model)
    if p["0"] >= model.zero:
        return "0"
    return "+" if p["+"] >= p["-"] else "-"


def _document_relation(key, infos, mentions, article, entities):
    """An undirected finding for a pair related at document level; evidence is the first sentence
    naming both, else the first sentence naming the less frequent one (usually the specific entity)."""
    a, b = sorted(key)
    for info in infos:
        if a in info.entity_ids and b in info.entity_ids:
            return _Relation(a, b, "associated_with", "0", False, False, 0.0), info
    counts = Counter(m.entity_id for m in mentions)
    rare = a if counts[a] <= counts[b] else b
    other = b if rare == a else a
    first = min((m.sentence_index for m in mentions if m.entity_id == rare), default=None)
    if first is None:
        return None, None
    sentence = article.sentences[first]
    hosts = _host_mentions(mentions, entities)
    org = _sentence_organism(article.body, sentence, [m for m in hosts if m.sentence_index == first])
    org = org or _study_organism(article, hosts)
    info = _SentenceInfo(sentence, org, {}, frozenset((a, b)), set(), {})
    subj, obj = (other, rare) if _type_of(other, entities) != "disease" else (rare, other)
    return _Relation(subj, obj, "associated_with", "0", False, False, 0.0), info
