"""Word lists the attribution rules consult. All entries are lower case."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Verbs (and fixed phrases) that attribute speech; "according to" puts its speaker after it.
_BASIC_CUE_VERBS = (
    "according to|pointed out|went on|put it|said|says|say|told|tells|added|adds|noted|notes|"
    "stressed|stresses|explained|explains|warned|warns|asked|asks|wrote|writes|argued|argues|insisted|"
    "insists|claimed|claims|continued|continues|remarked|replied|responded|declared|announced|"
    "admitted|acknowledged|conceded|recalled|observed|commented|stated|reiterated|concluded|"
    "urged|confirmed|revealed|complained|suggested|maintained|countered|tweeted|emphasised|"
    "emphasized|emphasises|emphasizes"
)
# More reporting verbs of the kind attribution systems list: speech, writing, manner of
# speaking and verbs of judging ("called it …"). Each counts only where a quote stands beside
# it or in its sentence, so the wide net costs little precision.
_MORE_CUE_VERBS = (
    "tweets posted posts texted emailed recalls remembered boasted boasts bragged joked jokes "
    "quipped quips shouted shouts yelled yells screamed cried chanted demanded demands wondered "
    "wonders mused lamented laments cautioned cautions retorted snapped scoffed implored pleaded "
    "begged whispered exclaimed proclaimed proclaims confided promised promises pledged pledges "
    "predicted predicts charged alleged alleges contended contends asserted asserts answered "
    "answers interjected vowed vows testified testifies recounted recounts reported reports "
    "announces admits acknowledges concedes confirms reveals declares states observes replies "
    "responds complains suggests maintains counters sang sings mocked mocks blasted blasts "
    "slammed slams praised praises hailed hails accused accuses described describes called "
    "calls dubbed labeled labelled branded questioned challenged objected echoed echoes "
    "concludes opined opines Said Says Asked Added Wrote Explained Continued Replied saying "
    "asking reads condemned condemns denounced denounces decried decries likened likens "
    "compared compares exhorted exhorts criticized criticised criticizes criticises rated "
    "dismissed dismisses touted touts"
)
CUE_VERBS = "|".join(dict.fromkeys([*_BASIC_CUE_VERBS.split("|"), *_MORE_CUE_VERBS.split()]))
# The verbs that are read in a paragraph without quotes too: there a cue serves only to
# follow who is spoken of, and the commonest verbs say enough of that.
COMMON_CUE_VERBS = _BASIC_CUE_VERBS

# Objects of "told" kept in the cue ("told reporters"); a capitalised outlet is kept too.
TOLD_OBJECTS = _words("reporters journalists press media parliament lawmakers")

PRONOUNS = _words("he she it they we i you him her them")
PERSON_PRONOUNS = _words("he she him her his")
THING_PRONOUNS = _words("it its")

# Words before a quoted single word that make it part of a noun phrase: a scare quote.
SCARE_QUOTE_DETERMINERS = _words(
    "a an the this that these those his her its their our so-called my your some any no"
)
DETERMINERS = _words("the a an its his her their our my your one another")
INDEFINITE = _words("a an one another")
# The reader's possessive: "your husband", "your doctor" are anyone's, a case in point, not
# someone reported ("my father", "our CEO" are the writer's, and real).
READER_POSSESSIVES = _words("your")

# Lower-case words allowed inside a capitalised name ("Ministry of Communications").
NAME_CONNECTORS = _words("of for and & de van von bin binti al da del")

# Honorifics mark a person but name no role; titles mark a person and name a role.
HONORIFICS = _words(
    "mr mrs ms miss dr prof sir dame lord lady datuk dato dato’ tan sri tun rev hon"
)
TITLES = _words(
    "minister president premier chancellor secretary governor mayor senator sen rep "
    "representative judge justice chairman chairwoman chair director ceo founder co-founder "
    "spokesperson spokesman spokeswoman commissioner ambassador gen colonel col captain capt "
    "inspector superintendent detective officer prosecutor attorney king queen prince princess "
    "pope chief head leader deputy lawyer analyst economist researcher professor coach manager "
    "candidate nominee mp mep"
)
# Job titles written before a name in feature and trade writing ("Lead Designer Ann Cole",
# "Owner John Hale"): not a person's title to address them by, so kept out of TITLES' cues,
# but never part of the name.
JOB_TITLES = _words(
    "designer planner editor owner partner associate executive producer writer reporter "
    "correspondent columnist consultant adviser advisor strategist engineer scientist "
    "physician doctor nurse teacher dietitian nutritionist therapist psychologist architect "
    "organizer organiser coordinator specialist historian curator instructor trainer "
    "filmmaker photographer journalist novelist lecturer vice senior lead principal"
)
# The words a post ends in ("… Engagement Manager", "Chief Executive Officer", "Policy
# Director"): a capitalised run ending in one is a job, not a person's name. The modifiers that
# open a post (senior, vice, lead, associate) are left out, and so are titles that are also
# surnames or stand before a name alone (King, Judge, Queen, Gen): "Angus King" is a person.
POST_ENDINGS = (JOB_TITLES - _words("senior vice lead associate")) | _words(
    "manager director officer president secretary spokesman spokeswoman spokesperson "
    "chairman chairwoman founder co-founder analyst researcher economist lawyer attorney "
    "commissioner superintendent representative"
)
# Titles that name a role even in lower case before a name ("Telegram founder Pavel Durov").
LOWER_CASE_TITLES = _words(
    "minister president secretary governor mayor senator judge chairman chairwoman director "
    "ceo founder co-founder spokesperson spokesman spokeswoman commissioner ambassador "
    "prosecutor attorney lawyer analyst economist researcher professor coach manager leader "
    "candidate nominee"
)
# Roles whose unnamed holder is, failing any other clue, the article's main speaker.
LEADER_ROLES = _words(
    "minister president premier chancellor governor mayor senator secretary ceo chairman "
    "chairwoman chief leader"
)

# A name holding one of these words is an organisation, not a person.
ORG_WORDS = _words(
    "commission ministry department council agency authority police government court bank "
    "university association union party company corporation corp inc ltd llc plc group "
    "institute foundation office committee board bureau service services organisation "
    "organization federation network news times post press journal club league parliament "
    "congress senate army navy force forces school college hospital centre center embassy "
    "coalition alliance federal national international labs studios media platform"
)

# Words ending a subject phrase when reading away from the verb.
STOP_WORDS = _words(
    "that which who whom whose when where while because but or if as so after before since "
    "although though than then is was are were be been being has have had will would can could "
    "may might must should shall do does did not to in on at with by from into about over under "
    "during without within through also however meanwhile and this these those there here now "
    "yet still even just only later earlier today yesterday tomorrow last next once again what "
    "how why saying adding asking telling finally instead indeed"
)

# Words between a subject and its verb ("Fahmi also noted", "she has since said").
# Words after which a noun phrase is an object, or the subject of a question, not the subject
# of a statement: prepositions and the auxiliaries that open a question.
GOVERNING = _words(
    "of to in on at for with by from over under into about through during toward towards "
    "against among between within without upon onto via "
    "has have had did does do is are was were will would can could should"
)
ADVERBS = _words(
    "also later then now previously recently once further again has had have was is since "
    "earlier subsequently separately however too still first herself himself itself themselves "
    "often always sometimes"
)

# Capitalised words that open a sentence before a name ("Last March Smith said").
LEADING_NOISE = _words(
    "last this next on in january february march april may june july august september october "
    "november december monday tuesday wednesday thursday friday saturday sunday earlier later "
    "yesterday former then late outgoing incoming acting interim fellow rival"
)

# Party labels written before a name ("Republican Ann Cole", "Labour MP Bo Lee"): the
# person's affiliation, a role, never part of the name.
PARTY_LABELS = _words(
    "republican republicans democrat democrats democratic conservative labour liberal "
    "libertarian socialist tory gop independent"
)

# A period after these does not end a sentence.
ABBREVIATIONS = _words(
    "mr mrs ms dr prof st sen rep gov govt gen col capt lt sgt jr sr rev hon no vs inc ltd co "
    "corp u.s u.k a.m p.m jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e etc approx "
    "dept est fig mt ft"
)

# Capitalised words that stand where a speaker's name would but name no one: the words of a
# page's buttons and menus ("Sharing", "Reply"), and pronouns and determiners written with a
# capital ("You", "Everyone").
NOT_SPEAKERS = _words(
    "share sharing shares comment comments reply replies subscribe subscribed login log sign "
    "signup menu search home print email e-mail follow following like likes advertisement "
    "sponsored related read watch video photo photos image images click download save saved "
    "copy link links tweet facebook twitter linkedin pinterest whatsapp more next previous "
    "back top skip close cookie cookies privacy accept continue loading source sources credit "
    "you your yours we us our i me my they them their it its he she him her this that these "
    "those everyone everybody someone somebody anyone anybody nobody people here there"
)
