"""Lines that come with the page, not the story: sign-ups, share buttons, credits."""

from __future__ import annotations

import re
from collections.abc import Callable

from factcheck.extract.lexicon import any_of, words
from factcheck.text import Folded, lowered

# Two halves of one test: lines that start like furniture (tried at the start only), and
# furniture phrases anywhere (written in lower case, so they can run on lowered text).
_BOILERPLATE_START = re.compile(
    r"""
      \s*the\ post\ .{1,300}\ appeared\ first\ on\b
    | \s*(?:read|see|watch|listen)\ (?:more|next|also|the\ full)\b
    | \s*(?:related|more)\s*(?::|stories|coverage|from)\b
    | \s*(?:share|tweet|email|print)\ (?:this|on)\b
    | \s*(?:copyright|©|\(c\))\s
    | \s*©
    | \s*(?:photo(?:graph)?|image|illustration|video)\s*(?:credit)?\s*:
    | \s*(?:photo(?:graph)?|image|illustration)\ by\ [A-Z]
    | \s*(?:disclosures?|declarations?\ of\ interests?|conflicts?\ of\ interests?)\s*:
    | \s*(?:click|tap)\ here\b
    | \W*for\ more\ information\b
    | \s*(?:media|press|investor)\ (?:contacts?|enquiries|inquiries|relations)\s*:
    | \s*(?:tags?|filed\ under|topics?)\s*:
    | \s*[(\[]?\s*(?:graphic|chart|map|infographic|interactive|table|sources?|data)\s*:
    | \s*[(\[]?\s*(?:(?:additional\ )?reporting|writing|editing|edited|compiled)\ by\s+(?-i:[A-Z])
    | \s*our\ standards\s*:
    | \s*live(?:\ updates?|\ blog|\ coverage)?\s*:
    | \s*(?:last\ )?updated\s*:?\s*\d
    | \s*(?:image|photo|picture)\ caption\b
    | \s*(?:(?:prepared|full)\ )?remarks\ (?:as\ (?:prepared|delivered)\ (?:for\ delivery\ )?)?
        by\ (?-i:[A-Z])
    | \s*(?:full\ )?(?:text|transcript)\ of\ (?:the\ )?(?:speech|remarks|address)
        \ (?:by|of)\ (?-i:[A-Z])
    | \s*(?:to\ the\ editor|dear\ (?:editor|sir|madam|sir\ or\ madam))\W*$
    | \s*[(\[]\s*[A-Z][\w.'’ -]{1,40}\s*/\s*[A-Z][\w.'’ &-]{1,40}[)\]]
        (?:\W*$|\s+(?:additional\ )?reporting\ by\s+[A-Z])
    | \s*(?:\(|\[)\s*(?:applause|laughter|crosstalk|inaudible|cheers|booing|music|
        unintelligible|silence|end\ of\ transcript|break)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
# How a release line ends: "out now", "in cinemas now".
_RELEASED = tuple(
    f"{word} now"
    for word in words(
        "out available streaming playing sale cinemas theaters theatres stores shops "
        "bookshops bookstores"
    )
)
# Where a service line sends the reader: a web address or a telephone number (a short one
# such as 101 only as the line's last word or before "or", "quoting": "on 120 routes" counts).
_WEB = r"(?:https?://|www\.)?[\w-]+(?:\.[\w-]+)+/?\S*"
_PHONE = r"(?:\+?\d[\d ]{6,}\d|\d{3,4}(?=\W*$|,? (?:quoting|or)\b))"
_WHERE = rf"(?:{_WEB}|{_PHONE})"
# How a contact line asks the reader to get in touch.
_ASKED_TO_CALL = (
    "can ",
    *(f"should {verb}" for verb in words("call contact visit phone email text")),
    "asked to",
    "urged to",
)
# Furniture phrases anywhere in a sentence, each with the words it cannot match without:
# one substring test per word is far cheaper than searching the sentence with every regex.
_ANYWHERE: tuple[tuple[tuple[str, ...], Folded], ...] = tuple(
    (needs, Folded(pattern))
    for needs, pattern in (
        (("sign up",), r"\bsign up\b.{0,80}\b(?:newsletter|updates|alerts|email)"),
        # A sign-up line, whatever the product is called: "Sign up to Morning Notes, our …".
        (
            ("sign up", "subscribe"),
            r"^\W*(?:sign up|subscribe)(?: now| today| here)?\b(?! (?:rates?|numbers?|figures?)\b)",
        ),
        # A contact line with a reference to quote: "…, quoting reference 14/8821/23."
        (
            ("quoting",),
            r",? quoting (?:the )?(?:crime |incident |case |log |police )?(?:reference|ref|log|"
            r"incident|crime|case)\b",
        ),
        # A call to visit, call or text an address or a number, the line's last words: "To
        # support the charity, visit example.org.", "For details, call 0800 123 456."
        (
            ("visit ", "call ", "phone ", "text ", "email ", "e-mail ", "go to "),
            rf"(?:^\W*|, )(?:please )?(?:visit|go to|call|phone|text|email|e-mail)\s+"
            rf"(?:(?:free ?phone |[a-z]+ on )?{_WHERE})(?: or (?:on |at )?{_WHERE})?\W*$",
        ),
        # A contact line, whoever is asked: "Witnesses can contact Crimestoppers on 0800 …".
        (
            _ASKED_TO_CALL,
            r"\b(?:can|should|may|(?:is|are) (?:asked|urged) to) (?:call|contact|phone|text|email|"
            rf"e-mail|visit)\b[^;]{{0,80}}?\b(?:on|at|via)\s+{_WHERE}(?:\W*$|,? quoting\b)",
        ),
        # A market-data disclaimer: "Prices are delayed by at least 15 minutes."
        (
            ("delayed",),
            r"^\W*(?:(?:market |share |stock )?(?:data|prices|quotes|quotations)|all (?:prices|"
            r"data|quotes)) (?:is |are )?delayed\b",
        ),
        # A caption's note on who is shown: "Posed by a model.", "Picture posed by models."
        (("posed",), r"^\W*(?:(?:picture|photo(?:graph)?|image)s? )?posed by (?:a )?models?\W*$"),
        (("subscribe", "sign up"), r"\b(?:subscribe|sign up) (?:to|for) (?:our|the|my|this)\b"),
        (("newsletter",), r"\bnewsletter\b.{0,60}\b(?:sign up|subscribe|inbox|delivered)\b"),
        (("know what you think",), r"\blet (?:us|me) know what you think\b"),
        (("letter to the editor",), r"\b(?:submit|send|write) (?:us )?a letter to the editor\b"),
        (("share this",), r"\bshare this (?:article|story|post)\b"),
        (("follow",), r"\bfollow (?:us|me|him|her|them) on\b"),
        (("rights reserved",), r"\ball rights reserved\b"),
        (("updated",), r"\blast updated\s*:?\s*\d"),
        # Correction notes: they are about the page, not the story.
        (
            ("this article", "this story", "this report", "this piece", "earlier version"),
            # The label may carry its date: "Correction, 9 June 2025:", "Clarification (May 3):".
            r"^\W*(?:(?:corrections?|clarifications?|editor[’']s note)"
            r"(?:,? [^:\d]{0,24}\d[^:]{0,16})?\s*:\s*)?"
            r"(?:this (?:article|story|report|piece) (?:has been|was) (?:updated|amended|"
            r"corrected)\b|an earlier version of this (?:article|story|report|piece)\b)",
        ),
        # The writer's bio line under a column: "Jo Bloggs is a columnist for the Ledger."
        (
            ("columnist", "contributor", "contributing"),
            r"^\W*[\w.'’ -]{2,40} is (?:a|an|the) (?:[\w-]+ ){0,2}(?:columnist|contributor|"
            r"contributing (?:writer|editor))\b.{0,80}$",
        ),
        (
            ("more information",),
            r"\bmore information\b.{0,30}\b(?:at|visit)\b\s*(?:https?://|www\.)",
        ),
        (("forward-looking",), r"\bforward-looking statements?\b"),
        # A live page asking its readers in: "you can send us your photos and updates",
        # "A reader in Penzance, Ana Pryce, has been in touch."
        (
            ("send us", "send in"),
            r"\bsend (?:us|in) your (?:photos|pictures|videos|stories|updates|questions|"
            r"tips|comments|views)\b",
        ),
        # A live page changing hands: "Kacper will pick things up again from 7am.", "My
        # colleague Ana Ruiz will be with you from midnight.", "That's all from me tonight.",
        # "I'm handing over to Tom Hale."
        (
            (
                "pick things up",
                "pick up the blog",
                "be with you",
                "handing over",
                "hand over to",
                "all from me",
                "all from us",
                "taking over the blog",
                "take over the blog",
            ),
            r"^\W*(?:(?:my|our) (?:colleague|colleagues) )?[\w.'’ -]{0,40}?\b(?:will|'ll|’ll) "
            r"(?:pick (?:things|the (?:blog|live blog|coverage)) up|pick up the (?:blog|live blog|"
            r"coverage)|be (?:back )?with you|take over the (?:blog|live blog|coverage))\b"
            r"[^.;]{0,40}\W*$"
            r"|^\W*(?:that(?:[’']s| is) (?:all|it) from (?:me|us)"
            r"|i(?:[’']m| am) (?:now )?(?:handing|going to hand) over to"
            r"|i(?:[’']ll| will) (?:now )?hand over to)\b[^.;]{0,60}\W*$",
        ),
        (
            ("in touch",),
            r"^\W*(?:a|one|another) (?:reader|viewer|listener)\b[^.]{0,60}\b(?:has|have) been "
            r"in touch\b",
        ),
        # The rest of a release's safe-harbour note: "These statements are based on current
        # expectations and are subject to risks and uncertainties …".
        (
            ("uncertainties",),
            r"^\W*(?:these|such|those) (?:[\w-]+ )?statements\b[^.]{0,80}\bsubject to "
            r"(?:[\w,]+ ){0,4}risks,? (?:and |or )?uncertainties\b",
        ),
        # Whose view a leader column is: "This editorial represents the view of the board."
        (
            ("editorial", "this column", "this piece"),
            r"^\W*this (?:editorial|column|piece) (?:represents|reflects|expresses|is) "
            r"(?:the )?(?:views?|opinions?|position)\b",
        ),
        # The release line under a review: "Low Tide is out now on Northway Records."
        (
            _RELEASED,
            r"^\W*[^.,;:]{2,60} (?:is|are) (?:out|available|streaming|playing|on sale"
            r"|in (?:cinemas|theaters|theatres|stores|shops|bookshops|bookstores)) now\b"
            r"[^.;:]{0,60}\W*$",
        ),
        (("advertisement", "sponsored content"), r"\b(?:advertisement|sponsored content)\s*$"),
        (
            ("this article", "this story"),
            r"\bthis (?:article|story) (?:was )?(?:originally |first )?(?:appeared|published) "
            r"(?:in|on)\b",
        ),
        (("contact", "mail"), r"\b(?:contact|email|e-mail) (?:us|the author|the writer) at\b"),
        (("terms of",), r"\bterms of (?:use|service)\b"),
        (
            ("expressed",),
            r"\b(?:views|opinions) expressed\b.{0,120}\b(?:are (?:those|solely|the author|"
            r"his|her|their)|do not (?:necessarily )?(?:reflect|represent))",
        ),
        (
            ("necessarily",),
            r"\bdo(?:es)? not necessarily (?:reflect|represent) (?:the )?(?:views|opinions|"
            r"position|policy|policies)",
        ),
        # A column's own disclaimer: "The opinions in this column are the author's own."
        (
            ("this column", "this article", "this piece", "this essay"),
            r"^\W*the (?:views|opinions) (?:in|of|expressed in) this (?:column|article|piece|"
            r"essay) are (?:the (?:author|writer|columnist)[’']s own|(?:solely )?those of the "
            r"(?:author|writer|columnist)|(?:his|her|their|my) own)\b",
        ),
        # The ticket line under a review: "Tickets from £25 at example-theatre.co.uk."
        # "Tickets are available from the club shop.", "Tickets are on sale at the door."
        (
            ("ticket",),
            r"^\W*tickets?(?: are| will be)? (?:available|on sale)\b[^.;:]{0,30}?\b(?:from|at|via|"
            r"on|through)\b[^.;:,]{1,60}\W*$",
        ),
        (
            ("ticket",),
            rf"^\W*tickets?\b[^.]{{0,80}}?\b(?:at|from|via|on)\s+{_WHERE}"
            rf"(?:,? (?:or|and) (?:on |at |via |by calling )?{_WHERE})?\W*$",
        ),
        # A caption naming who stands where: "Dana Price (left) and Omar Bell in rehearsal."
        (
            (
                "(left)",
                "(right)",
                "(centre)",
                "(center)",
                "(pictured)",
                "(above)",
                "(below)",
                "(top)",
                "(bottom)",
                "(far ",
                "(second ",
            ),
            r"\((?:far |second (?:from )?)?(?:left|right|centre|center|pictured|above|below|"
            r"top|bottom)\)",
        ),
        (
            ("informational", "information only", "information purposes"),
            r"\bfor (?:general )?information(?:al)?(?: purposes)? only\b",
        ),
        (
            ("advice",),
            r"\bnot (?:intended as |to be taken as |constitute |amount to |a substitute for )?"
            r"(?:financial|investment|legal|medical|professional|tax) advice\b",
        ),
        (("privacy policy",), r"\bprivacy policy\b"),
        # A service line telling readers where to look something up, with the address or
        # number: "Residents can check flood warnings at gov.uk/flood or by calling 0345 …".
        (
            ("can ",),
            r"^\W*(?:residents|readers|customers|passengers|parents|patients|people|anyone|"
            r"members of the public|you)\b[^.;]{0,40}\bcan (?:check|find|report|get|call|"
            r"contact|visit|apply|register|book|read|see|sign up|donate)\b[^;]{0,80}?"
            r"\b(?:at|on|via|by calling|by visiting)\s+(?:(?:https?://|www\.)?[\w-]+"
            rf"(?:\.[\w-]+)+/\S*|(?:[\w-]+ ){{0,3}}on {_PHONE}|{_PHONE})",
        ),
        # A review's opening hours and booking line: "Open Wednesday to Sunday, 5.30pm to
        # 10pm.", "Bookings at example.co.uk."
        (
            ("open ",),
            r"^\W*(?:(?:the|it|its) (?:[\w'’-]+ ){0,3}?(?:is|are) )?open (?:on )?"
            r"(?:daily|every day|(?:mon|tue|tues|wed|wednes|thu|thurs|fri|sat|satur|"
            r"sun)(?:day)?s?\b)[^.;]{0,60}?\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm)\b[^;]{0,40}"
            # and the days it is shut: "…; closed Mon and Tue."
            r"(?:; (?:closed|shut) [^.;]{1,40}\W*)?$",
        ),
        (
            ("booking", "reservation", "book "),
            r"^\W*(?:bookings?|reservations?|book)\b[^.;]{0,40}?\b(?:at|on|via)\s+"
            r"(?:https?://|www\.)?[\w-]+(?:\.[\w-]+)+/?\S*\W*$",
        ),
        (("cookie",), r"\bcookies? (?:policy|settings)\b"),
        # A wire credit: "(With inputs from PTI)", "With inputs from agencies."
        (("with inputs",), r"^\W*with inputs from\b[^.;,]{0,60}\W*$"),
        # A pointer to another story: "Also read: …", "Read also: …".
        (
            ("also read", "read also", "also see", "also watch"),
            r"^\W*(?:also (?:read|see|watch)|"
            r"read also)\s*:",
        ),
        # A publication stamp: "Published - December 03, 2026 10:15 am IST", "First
        # published on: 03-12-2026 at 10:15 IST", "Posted 9 March 2026".
        (
            ("published", "posted", "updated", "modified"),
            r"^\W*(?:first |last )?(?:published|posted|updated|modified)(?: on| at)?\s*[-–—:]?\s*"
            r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? )?\d"
            r"(?:[\d ,:/.-]|at )*(?:(?:am|pm|a\.m\.|p\.m\.)\s*)?(?:[a-z]{2,4})?\W*$",
        ),
        # A syndication note: "This story has not been edited by staff and is auto-generated
        # from a syndicated feed."
        (
            ("syndicated", "not been edited"),
            r"\b(?:(?:has|have) not been edited by\b|auto-generated from a syndicated feed|"
            r"published from a syndicated feed)",
        ),
        # An app or news-site promotion: "Download the app …", "Catch all the Business News
        # … on Live Mint."
        (
            ("download ", "catch all"),
            r"^\W*(?:download (?:the|our) (?:[\w-]+ ){0,3}app\b|catch all the\b[^.;]{0,80}\b"
            r"(?:news|updates)\b)",
        ),
        # "Follow The Hindu on WhatsApp.": a follow line for any account on a network.
        (
            ("follow ",),
            r"^\W*follow [\w.'’& -]{1,40} on (?:x|twitter|facebook|instagram|whatsapp|telegram|"
            r"linkedin|bluesky|threads|youtube|tiktok|mastodon|google news)\W*$",
        ),
        # The writer's bio in the third person, anywhere: "The author is a professor of
        # economics at Ashoka University.", "The writer is a senior fellow at …".
        # "Views are personal.", "Views expressed are the author's own."
        (
            ("views",),
            r"^\W*(?:the |all )?views (?:expressed )?(?:here |above )?are (?:personal|"
            r"the (?:author|writer|columnist)[’']s own|(?:his|her|their|my) own)\W*$",
        ),
        (("comments",), r"^\W*comments (?:are|have been) (?:closed|disabled|turned off)\W*$"),
        # The editor's note under an interview: "This interview has been edited and
        # condensed.", "Answers have been edited for length and clarity."
        (
            ("edited", "condensed", "abridged"),
            r"^\W*(?:(?:this|the|our) )?(?:interview|conversation|transcript|q ?& ?a|exchange|"
            r"discussion|answers|responses|remarks|quotes)s? (?:has|have) been (?:lightly )?"
            r"(?:edited|condensed|abridged|shortened)(?: and (?:edited|condensed|abridged|"
            r"shortened))?(?: for (?:length|clarity|brevity|space|style)(?: and (?:length|"
            r"clarity|brevity|space|style))?)?\W*$",
        ),
        # When a column or a show comes out, under it: "Her column appears every second
        # Saturday.", "Nadia Ross's podcast returns in March."
        (
            ("column ", "podcast ", "newsletter ", "blog ", "strip "),
            r"^\W*(?:his|her|their|this|the|[a-z][\w'’.-]*(?: [a-z][\w'’.-]*){0,2}[’']s) "
            r"(?:weekly |monthly |daily |regular )?(?:column|podcast|newsletter|blog|strip) "
            r"(?:appears|runs|is published|publishes|returns|will return|resumes|will resume|"
            r"is out|comes out)\b[^.;:]{0,60}\W*$",
        ),
        # A redistribution notice: "This material may not be published, broadcast, rewritten
        # or redistributed.", "No part of this publication may be reproduced …".
        (
            ("may not be", "may be reproduced"),
            r"^\W*(?:this|the|all|no part of this|no part of the) (?:[\w-]+ ){0,2}"
            r"(?:material|content|publication|article|story|report|work|site)s? (?:may|must) "
            r"(?:not )?be (?:published|reproduced|broadcast|copied|republished|redistributed|"
            r"rewritten|transmitted|stored)\b",
        ),
        (
            ("reproduction", "republication", "redistribution"),
            r"^\W*(?:unauthori[sz]ed |any )?(?:reproduction|republication|redistribution)\b"
            r"[^.;]{0,60}\b(?:is |are )?(?:strictly )?(?:prohibited|forbidden|not permitted)\W*$",
        ),
        (
            ("creative commons",),
            r"\b(?:republish|republished|reproduced|licensed)\b[^.;]{0,80}\bunder (?:a|the|our) "
            r"creative commons\b",
        ),
        # How the page was paid for, said of the page itself: "This reporting was supported by
        # a grant from …", "This story was produced in partnership with …".
        (
            tuple(
                f"this {noun}"
                for noun in words(
                    "reporting report article story series project coverage content piece "
                    "journalism investigation feature podcast newsletter episode"
                )
            ),
            r"^\W*this (?:reporting|report|article|story|series|project|coverage|"
            r"content|piece|journalism|investigation|feature|podcast|newsletter|episode) (?:was|is|"
            r"has been|were|are) (?:(?:made possible|supported|funded|produced|sponsored|paid for|"
            r"underwritten|commissioned)\b|(?:part of )?(?:a |an )?(?:partnership|collaboration) "
            r"(?:with|between)\b)(?![^;]*\b(?:said|says|told|found|finds|shows?|showed|"
            r"according)\b)",
        ),
        (
            ("coverage is", "journalism is", "reporting is", "series is"),
            r"^\W*[^.;]{0,60}\b(?:coverage|journalism|reporting|series) is (?:supported|funded|"
            r"made possible|paid for) by\b",
        ),
        # Whoever writes it, the line saying the paper alone decides: "… retains full editorial
        # control.", "All content is editorially independent.", "Funders have no say …".
        (
            ("editorial control", "editorially independent", "editorial input", "responsible for"),
            r"^\W*[^.;]{0,60}\b(?:retains? (?:full |sole |complete )?editorial (?:control|"
            r"independence)|(?:is|are|remains?) editorially independent|(?:is|are) (?:solely|"
            r"wholly|fully) responsible for (?:all |the |its )?content)\W*$",
        ),
        (
            ("editorial input", "editorial say", "editorial role", "editorial involvement"),
            r"\b(?:which |who )?(?:had|has|have|played) no editorial (?:input|say|role|"
            r"involvement)\b(?![^;]*\b(?:said|says|told|according)\b)",
        ),
        (
            ("no say",),
            r"^\W*(?:our )?(?:funders|sponsors|donors|advertisers|partners)\b[^.;]{0,30}\bno say "
            r"(?:over|in) (?:our|the|its)\b",
        ),
        # The writer's hosted trip: "The writer travelled as a guest of …".
        (
            ("the writer", "the author", "the reporter", "the journalist"),
            r"^\W*the (?:writer|author|reporter|journalist)(?:[’']s (?:trip|travel|stay))? "
            r"(?:travell?ed (?:as (?:a |the )?guests? of|courtesy of|with (?:the )?(?:support|"
            r"assistance) of)|was (?:hosted|a guest) (?:by|of)|received (?:travel|accommodation|"
            r"hospitality|flights)\b)",
        ),
        # A reader-funding appeal: "Our journalism is funded by readers like you.", "Donate to
        # the Ledger today.", "Become a subscriber for just $1 a week."
        (("readers like you",), r"\breaders like you\b"),
        (
            ("funded by", "supported by", "paid for by", "made possible by"),
            r"^\W*(?:we are|we're|our (?:journalism|reporting|work) is) (?:funded|supported|paid "
            r"for|made possible) by (?:our )?(?:readers|you|members|subscribers|supporters)\b",
        ),
        (
            (
                "donate",
                "support us",
                "support independent",
                "support our",
                "support quality",
                "support public",
                "contribution",
                "donation",
                "chip in",
            ),
            r"^\W*(?:please )?(?:donate(?: (?:to|now|today|here|online|via|at)\b|\W*$)|"
            r"support us|support (?:independent|our|quality|public[- ]interest) "
            r"(?:journalism|reporting|work)|(?:make|give) a (?:[\w-]+ )?"
            r"(?:contribution|donation)|chip in)\b(?![^.;]{0,80}\b(?:said|says|told)\b)",
        ),
        # "Support the Ledger from just $5 a month.", "… for as little as £1."
        (
            ("from just", "for just", "from only", "for only", "as little as"),
            r"^\W*(?:please )?(?:support|back|join|fund)\b[^.;]{1,40}? (?:from|for) (?:just |only |"
            r"as little as )(?:£|\$|€|₹|rs)",
        ),
        (
            ("become a",),
            r"^\W*become a (?:member|subscriber|supporter|patron|paying subscriber)\b",
        ),
        # A social handle or a follow line: "Follow Priya Raman on X at @priyaraman.",
        # "Connect with the author on LinkedIn.", "Priya Raman is on X @priyaraman."
        (
            ("@",),
            r"^\W*(?:(?:follow|find|connect with|reach)\b[^.;@]{0,50}|[^.;@,]{2,40} is on "
            r"[^.;@]{1,20})(?:\bon [^.;@]{1,20})?(?:\s*:\s*|\s+(?:at |on )?)@[\w.]+"
            r"(?:\s+(?:for|on)\b[^.;]{0,30})?\W*$",
        ),
        (
            ("connect with",),
            r"^\W*connect with [^.;]{1,40} on (?:x|twitter|facebook|instagram|linkedin|bluesky|"
            r"threads|mastodon)\W*$",
        ),
        # A price caveat under a review or a buying guide: "Prices correct at time of
        # publication.", "Prices and availability subject to change."
        (
            ("correct", "accurate", "subject to change"),
            r"^\W*(?:all )?prices?(?: and (?:availability|details))? (?:are |were )?(?:correct|"
            r"accurate|subject to change)(?: (?:at|as of) (?:the )?time of (?:publication|writing|"
            r"going to press|press))?\W*$",
        ),
        (
            ("review copy", "review code", "review unit", "review sample"),
            r"\breview (?:copy|code|unit|sample)\b[^.;]{0,40}\b(?:was |were )?(?:provided|supplied|"
            r"sent|loaned|lent)\b",
        ),
        # A markets story's price box: "Market data: Harlow Foods (HFG) 212p, up 4p (+1.9%);
        # Brenton Mills (BMX) 98p, down 1p."  A ticker, a price and its move, label first:
        # the exchange's table, not a sentence of the story.
        (
            ("market data", "share prices", "closing prices", "stock prices"),
            r"^\W*(?:market data|share prices|closing prices|stock prices)\s*:\s*[^;:]{1,60}?"
            r"\([a-z]{2,6}\)\s*[$€£]?\d[\d.,]*\s?(?:p|c|¢|pence|cents)?,?\s(?:up|down|unchanged|"
            r"flat)\b",
        ),
        # Market-data notes: "Market data provided by …", "Data as of 4.30pm AEST.", "All
        # figures in US dollars unless stated.", "…; data delayed 20 minutes."
        (
            ("provided by", "supplied by", "powered by"),
            r"^\W*(?:market |stock |share |price |financial )?(?:data|quotes|prices)"
            r"(?: (?:is|are))? (?:provided|supplied|powered) by\b[^.;]{0,50}\W*$",
        ),
        (
            ("as of", "as at", " at the"),
            r"^\W*(?:[\w-]+ ){0,2}(?:prices|data|figures|values|quotes|rates|levels)(?: are)? "
            r"(?:as of|as at|at) [^.;]{0,30}?\b(?:\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)"
            r"|close|market close|closing|midday|noon)\b(?: [a-z]{2,4})?(?: close)?"
            r"(?:;|,? (?:data |prices |quotes )?delayed\b[^.;]{0,30}\W*$|\W*$)",
        ),
        # A film's release line: "The Quiet Harbour opens in cinemas on Friday."
        (
            ("cinemas", "theaters", "theatres"),
            r"^\W*[^.,;:]{2,60} (?:opens|open|arrives|arrive|(?:is|are) released|comes out|"
            r"come out|lands|premieres|debuts) (?:in|at) (?:uk |us |irish |select |selected )?"
            r"(?:cinemas|theaters|theatres)(?: nationwide| across the (?:uk|us|country))?"
            r"(?: (?:on|from) [^.;,]{1,25})?\W*$",
        ),
        (("delayed",), r";\s*(?:data|prices|quotes) (?:is |are )?delayed\b[^.;]{0,30}\W*$"),
        (
            ("unless",),
            r"^\W*(?:all )?(?:figures|amounts|prices|values|data)\b[^.;]{0,40}\bunless "
            r"(?:otherwise )?(?:stated|noted|specified|indicated)\W*$",
        ),
        # Instructions to letter writers: "Letters should be sent to …", "Letters may be edited
        # for length.", "Letters must be under 200 words …".
        (
            ("letters", "submissions"),
            r"^\W*(?:all )?(?:letters|submissions)(?: to the editor)? (?:should|must|may|can) "
            r"(?:be (?:sent|e-?mailed|addressed|submitted) to \S+@|be (?:edited|shortened|cut|"
            r"condensed)\b|(?:not exceed|be (?:under|no (?:more|longer) than|fewer than|up to|a "
            r"maximum of)) \d+ words|[^.;]{0,60}\binclude (?:a |the |your |full )?(?:[\w'’-]+ )"
            r"{0,3}(?:names?|address|telephone|phone))",
        ),
        # A stamp of when the page changed, with what: "Updated at 10.15am with new figures."
        (
            ("updated", "amended"),
            r"^\W*(?:updated|amended|corrected)(?: at| on)? \d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|"
            r"a\.m\.|p\.m\.)(?: [a-z]{2,4})?"
            r"(?:,? (?:with|to (?:add|include|reflect))\b[^.;]{0,60})?\W*$",
        ),
        # Whose view a leader is: "This is the view of the Ledger's editorial board."
        (
            ("this is the", "reflects the"),
            r"^\W*this (?:is the|(?:article|piece|column|editorial|essay) (?:reflects|represents) "
            r"the) (?:views?|opinions?|position) of\b",
        ),
        # The writer's bio in the third person, with what they do: "The author teaches law at
        # …", "The writer, a retired judge, lives in Kochi.", "About the author: …".
        (
            ("the author", "the writer", "the columnist"),
            r"^\W*the (?:authors?|writers?|columnist)(?:, [^,]{2,60},)? (?:(?:is|are) (?:a|an|the|"
            r"former|also|currently|now|based)\b|(?:is|are) (?![a-z]+ed\b)[a-z]+ (?:of|at|in|"
            r"with|for)\b|(?:teaches|writes|works|lives|heads|leads|runs|chairs|directs|covers|"
            r"researches|studies)\b(?! that\b))"
            r"(?![^;]*\b(?:said|says|told|shows?|according|found|finds)\b)[^;]{0,120}$",
        ),
        (("about the author", "about the writer"), r"^\W*about the (?:authors?|writers?)\b"),
        # The reporter's own contact line: "Reach Ana Ruiz at aruiz@example.com or 555-0143."
        (
            ("reach ", "contact ", "email ", "write to "),
            rf"^\W*(?:reach|contact|email|e-mail|write to) [^.;@]{{2,50}}? (?:at|on|via) \S+@\S+?"
            rf"(?: or (?:at |on |by phone at )?(?:{_WHERE}|\+?\d[\d() .-]{{6,}}\d))?\W*$",
        ),
        # The help line under a story of harm: "If you have been affected by any of the
        # issues in this article, support is available from …", "If you or someone you know
        # is struggling, call …".
        (
            ("affected by", "someone you know"),
            r"^\W*if you(?: or someone you know)? (?:have been|are|were|is|has been) (?:affected|"
            r"struggling|worried|concerned)\b[^;]{0,80}?,? (?:(?:help|support|advice|information)"
            r"(?: and (?:help|support|advice|information))? (?:is|are) available\b|(?:you can )?"
            r"(?:call|contact|text|visit|speak to|talk to)\b)",
        ),
        # The loan under a test: "Nuvra lent me the ring for this column; I have returned it."
        (
            ("for this ", "for the review", "for review"),
            r"\b(?:lent|loaned|supplied|provided|sent|gave) (?:me|us|the (?:writer|author|"
            r"reviewer|reporter)) (?:[\w’'-]+ ){0,4}for (?:this|the|our) (?:column|review|article|"
            r"piece|test|feature)\b|\b(?:lent|loaned|supplied|provided) for review\b",
        ),
    )
)


# Whole paragraphs that are furniture even when a title inside them splits into "sentences".
# A correction note takes its paragraph with it: "Correction: an earlier version of this
# article said … He lives in Eccles." (the corrected sentence is the page's, not news).
_BOILERPLATE_PARAGRAPH_START = re.compile(
    r"\s*the post .{1,300} appeared first on\b|\s*(?:copyright|©)"
    r"|\W*(?:corrections?|clarifications?|editor[’']s note)(?:,? [^:\n\d]{0,24}\d[^:\n]{0,16})?\s*:"
    r"|\W*an earlier version of this (?:article|story|report|piece)\b",
    re.IGNORECASE,
)
_BOILERPLATE_PARAGRAPH_END = Folded(r"all rights reserved\W*$")
_CREDIT = re.compile(
    r"^[\s(\[]*(?:photo(?:graph)?s?|images?|illustration|credit|video)\b.{0,80}"
    r"(?:getty|images|ap|reuters|afp|shutterstock|unsplash|courtesy|staff)[\s)\].]*$",
    re.IGNORECASE,
)


# Every pattern above contains one of these; checking them first skips the regexes for the
# great majority of sentences, which mention none.
_CUES = (
    "post",
    "send us",
    "send in",
    "in touch",
    "uncertainties",
    "contact",
    "enquiries",
    "inquiries",
    "relations",
    "sign up",
    "subscribe",
    "newsletter",
    "let us",
    "let me",
    "letter to the editor",
    "read",
    "see",
    "watch",
    "listen",
    "related",
    "more",
    "share",
    "tweet",
    "email",
    "print",
    "follow",
    "copyright",
    "©",
    "(c)",
    "rights reserved",
    "photo",
    "image",
    "illustration",
    "video",
    "credit",
    "click",
    "tap",
    "advertisement",
    "sponsored",
    "this article",
    "this story",
    "contact",
    "e-mail",
    "terms of",
    "privacy",
    "cookie",
    "condensed",
    "with inputs",
    "published",
    "posted",
    "modified",
    "syndicated",
    "not been edited",
    "download ",
    "catch all",
    "the author",
    "the writer",
    "the columnist",
    "views",
    "comments",
    "abridged",
    "column ",
    "podcast ",
    "blog ",
    "strip ",
    "tag",
    "filed under",
    "topic",
    "(",
    "[",
    "information",
    "forward-looking",
    "graphic",
    "chart",
    "map",
    "infographic",
    "interactive",
    "table",
    "source",
    "data",
    "reporting",
    "writing",
    "editing",
    "edited",
    "compiled",
    "standards",
    "expressed",
    "necessarily",
    "advice",
    "live",
    "updated",
    "caption",
    "earlier version",
    "columnist",
    "contributor",
    "contributing",
    "editor",
    "dear sir",
    "dear madam",
    "dear editor",
    "this column",
    "this piece",
    "this essay",
    "ticket",
    "quoting",
    *_ASKED_TO_CALL,
    "visit ",
    "call ",
    "phone ",
    "text ",
    "go to ",
    "delayed",
    "posed",
    "correction",
    "clarification",
    "disclosure",
    "declaration",
    "conflict",
    "can ",
    "open ",
    "booking",
    "reservation",
    "remarks",
    "transcript",
    "book ",
    *_RELEASED,
    # Whatever a phrase needs is a cue: the phrase cannot match a sentence without it.
    *(word for needs, _ in _ANYWHERE for word in needs),
)
_ANY_CUE = re.compile(any_of(_CUES))


def has_cue(text: str) -> bool:
    """Whether the first 600 characters hold a cue: without one, nothing here is furniture.

    A stretch of text inside another's first 600 characters has a cue only if that one
    does, so a paragraph's answer settles its early sentences.
    """
    return _ANY_CUE.search(text[:600].lower()) is not None


def cue_finder(text: str) -> Callable[[int, int], bool]:
    """`has_cue(text[start:end])` for any span of `text`, lower-casing `text` only once."""
    low = text.lower()
    if len(low) != len(text):  # some letter lower-cases to two: offsets would drift
        return lambda start, end: has_cue(text[start:end])
    search = _ANY_CUE.search
    # The extractor asks for a paragraph, then for its sentences in order: what the last
    # search found (or that it found nothing) often settles a span inside the one it read.
    # Its match is the cue starting first in that window, so a span starting before the
    # match holds no cue that ends before the match starts, and holds the match itself if
    # it reaches the match's end.
    last = [0, -1, -1, -1]  # the window read (lo, hi) and its match's (start, end)

    def cue_at(start: int, end: int) -> bool:
        hi = end if end < start + 600 else start + 600
        lo, seen, found_start, found_end = last
        if lo <= start and hi <= seen:
            if found_start < 0:
                return False  # nothing in the larger window
            if found_start >= start:
                if found_end <= hi:
                    return True
                if hi <= found_start:
                    return False
        match = search(low, start, hi)
        if match is None:
            last[:] = start, hi, -1, -1
            return False
        last[:] = start, hi, match.start(), match.end()
        return True

    return cue_at


def is_boilerplate(sentence: str, cue: bool | None = None) -> bool:
    """True when a sentence is page furniture (a sign-up line, a credit), not the story.

    `cue` is `has_cue(sentence)` when the caller already knows it.
    """
    if not (has_cue(sentence) if cue is None else cue):
        return is_credit_block_line(sentence)
    return bool(
        _BOILERPLATE_START.match(sentence)
        or _furniture_phrase(sentence)
        or _CREDIT.match(sentence)
        or is_credit_block_line(sentence)
    )


# The words some pattern of _ANYWHERE needs, found at every position of a lower-cased
# sentence in one pass: each branch lists its longest words first, so a match is the
# longest word starting there, and the words starting there are its prefixes among them
# (_NEED_PREFIXES).  That settles which patterns can match without a substring test per
# word (a sentence with a cue held one of 79 patterns' words, tested one by one).
_NEEDS = tuple(dict.fromkeys(word for needs, _ in _ANYWHERE for word in needs))
_NEED_AT = re.compile(
    "(?=(" + any_of(sorted(_NEEDS, key=lambda word: (word[0], -len(word)))) + "))"
)
_NEED_PREFIXES = {
    word: frozenset(shorter for shorter in _NEEDS if word.startswith(shorter)) for word in _NEEDS
}


def _furniture_phrase(sentence: str) -> bool:
    low = lowered(sentence)
    if low is None:  # re's case folding matches more than these words: try every pattern
        return any(pattern.ignorecase.search(sentence) for _, pattern in _ANYWHERE)
    present: set[str] = set()
    for found in _NEED_AT.finditer(low):
        present |= _NEED_PREFIXES[found[1]]
    if not present:  # most sentences hold none of the words
        return False
    return any(
        not present.isdisjoint(needs) and pattern.lower.search(low) for needs, pattern in _ANYWHERE
    )


# The writer's bio under a piece: "Maria Ocampo writes about education for the Courier.",
# "Dan Mercer is the Post’s chief sports writer.", "Jo Ruiz, a Democrat, represents the 14th
# District."  A name, maybe an aside, then what the writer does; only at a piece's end.
_BIO_LINE = re.compile(
    r"\W*[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}(?:, [^,]{2,60},)? "
    r"(?:(?:is|was) (?:a|an|the)\b[^.;:]{0,80}\b(?:writer|columnist|editor|correspondent|"
    r"reporter|critic|author|journalist|professor|lecturer|fellow|researcher|analyst|"
    r"commentator|broadcaster|novelist|historian|economist|column|blog|newsletter|podcast)"
    r"|(?:writes|reports) (?:about|on|for)\b|covers\b|represents\b|teaches\b"
    r"|writes (?:a|the) (?:[\w-]+ ){0,2}(?:column|newsletter|blog)\b"
    # An interview's credit: "Ana Ruiz was speaking to Tom Hale." (names on both sides).
    r"|(?:was|were) (?:speaking|talking) to [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}\W*$)"
    r"[^.;:]{0,100}\W*$"
)


# The listing under a review: "The Keeper is at the Orchard Theatre until 18 January."
_LISTING = re.compile(
    r"\W*[A-Z][^.;:]{1,60} (?:is|are|runs|plays|continues) (?:on )?(?:at|in) (?:the )?"
    r"[A-Z][^.;:]{1,60} (?:until|till|through|to)\b[^.;:]{1,40}\W*$"
)


# The address under a review: "Sarnia, 61 Stokes Croft, Bristol."  A name, a street number
# and street, a town, and nothing else.
_ADDRESS = re.compile(
    r"\W*[A-Z][\w.'’&-]*(?: [\w.'’&-]+){0,4}, \d{1,4}[A-Za-z]?(?:-\d{1,4})? "
    r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?:, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}){1,2}"
    r"(?: [A-Z]{1,2}\d[\dA-Z]? ?\d[A-Z]{2})?\W*$"
)


# The release line under a review: "The Monsoon Ledger is published by Fourth Estate at
# £18.99.", "The Long Field is released by Northlight Pictures on 14 March."
_RELEASE = re.compile(
    r"\W*[A-Z][^.;:]{1,60} (?:is|are) (?:published|released) (?:by|on) "
    r"(?![^;:]*\b(?:said|says|told|according)\b)(?:[A-Z]|\d{1,2}(?:st|nd|rd|th)? [A-Z])"
    r"[^;:]{1,80}\W*$"
)


# Where the act or the show goes next, under a review or an interview: "Ferrow tour the UK in
# June, starting at the Caird Hall on 3 June.", "Ana Ruiz plays the Barbican, London EC2, on
# 3 March.", "It also screens at the IFI on Sat., Oct. 18, at 6.30pm."  A name, a date.
_APPEARANCE = re.compile(
    r"\W*[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,4} (?:also |then )?(?:plays?|tours?|is touring|"
    r"are touring|screens?|is screening|performs?|appears?|opens?|comes to|come to|visits?) "
    r"(?:at |in )?(?:the )?[A-Z][^;:]{1,100}?\b(?:on|from|until|in|through) "
    r"(?:[A-Z][a-z]{2}\.?,? )?"
    r"(?:\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.? \d{1,2}\b|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b)(?![^;:]*\b(?:said|says|told|according|after|because|when)\b)[^;:]{0,60}\W*$"
)


def signed_by(sentence: str) -> int:
    """How strongly a line at a piece's end marks a column or a review: 2 for the writer's
    own bio (_BIO_LINE, not an interview's credit, "Ana Ruiz was speaking to Tom Hale."),
    1 for a listing, an address or a release line (news about a show can end on one too),
    else 0."""
    if _BIO_LINE.match(sentence):
        return 0 if " speaking to " in sentence or " talking to " in sentence else 2
    if (
        _LISTING.match(sentence)
        or _ADDRESS.match(sentence)
        or _RELEASE.match(sentence)
        or _APPEARANCE.match(sentence)
    ):
        return 1
    return 0


def is_bio_line(sentence: str) -> bool:
    """Whether a sentence at a piece's end is furniture: the writer's bio (see _BIO_LINE),
    a review's listing of where and until when the show runs (_LISTING), its address, its
    release line (_RELEASE) or where it plays next (_APPEARANCE)."""
    return bool(
        _BIO_LINE.match(sentence)
        or _LISTING.match(sentence)
        or _ADDRESS.match(sentence)
        or _RELEASE.match(sentence)
        or _APPEARANCE.match(sentence)
    )


def is_boilerplate_paragraph(paragraph: str, cue: bool | None = None) -> bool:
    """True for a paragraph that is furniture as a whole, however its sentences split."""
    if not (has_cue(paragraph) if cue is None else cue):
        return False
    return bool(
        _BOILERPLATE_PARAGRAPH_START.match(paragraph)
        or _BOILERPLATE_PARAGRAPH_END.search(paragraph, lowered(paragraph))
    )


# A photo caption: a name (or "The …") and a participle, and no finite verb after it: "Jo
# Reyes arriving at the court in May.", "Protesters gathering outside the town hall."  A
# sentence has a finite verb; a caption only says who is shown doing what.
_CAPTION = re.compile(
    r"\W*(?:The )?(?!(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our|My|Some|Many|"
    r"Most|All|Every|Each)\b)[A-Z][\w.'’-]+(?: (?:of |the |de |van |von |and )?[A-Z][\w.'’-]+)"
    r"{0,4}(?:, \d{1,3},)? "
    r"(?!(?:bring|sing|ring|spring|string|swing|sting|cling|fling|sling|wring|thing|king|"
    r"wing|nothing|something|anything|everything|morning|evening|including|according)\b)"
    r"[a-z]{2,}ing (?:at|in|on|outside|inside|into|from|to|with|after|before|during|near|"
    r"for|by|through|past|the|a|an|his|her|their|its|[A-Z])"
)
_FINITE_VERB = (
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|"
    r"did|does|do|said|says|told|tells|went|goes|came|comes|took|takes|made|makes|got|gets|"
    r"saw|sees|left|found|gave|became|began|won|lost|ran|sat|stood|held|kept|met|paid|put|"
    r"set|brought|thought|knew|wrote|spoke|sold|bought|spent|fell|rose|grew)\b"
    r"|(?<!being )(?<!been )\b[a-z]{2,}ed\b"
)
_FINITE = re.compile(_FINITE_VERB + r"|[“”\"]|[;:?!]")


def is_caption(sentence: str) -> bool:
    """Whether a sentence is shaped as a photo caption (see _CAPTION).  The extractor asks
    only of a paragraph's first sentence, in a paragraph of two at most (the caption and
    its credit): a caption stands apart from the story's paragraphs."""
    found = _CAPTION.match(sentence)
    return (
        found is not None
        and sentence.count(" ") < 25
        and _FINITE.search(sentence, found.end()) is None
    )


# A picture's bare credit: "Photograph: Lee Orme/PA", "Photo by Ana Ruiz / City Athletics",
# "Photograph: Rui Costa for the Review",
# "Picture: Getty Images" (names only: "Photo: Fans leave the ground." is a caption).
_PICTURE_CREDIT = re.compile(
    r"\s*[(\[]?\s*(?i:photo(?:graph)?|picture|image|illustration)s?"
    r"(?:\s*(?i:credit)?\s*:\s*|\s+(?i:by)\s+)"
    r"[A-Z][\w.'’-]*(?:\s*(?:/|&|,|\band\b|\bfor(?: the)?\b|\bvia\b|\bof(?: the)?\b)?\s*"
    r"[A-Z][\w.'’-]*){0,6}"
    r"[\s.)\]]*$"
)


def is_picture_credit(sentence: str) -> bool:
    """Whether a line is a picture's bare credit (see _PICTURE_CREDIT).  The line before a
    credit is the picture's caption, whatever its grammar ("The emergency department at St
    Mary's, Leeds."): the extractor drops both."""
    # Asked of most paragraphs' first sentences: a credit opens on "P", "I" or a bracket.
    if sentence.lstrip()[:1] not in _CREDIT_OPENINGS:
        return False
    return _PICTURE_CREDIT.match(sentence) is not None


_CREDIT_OPENINGS = frozenset("PpIi([")


# -- credit blocks -------------------------------------------------------------------------
#
# The block under a review, a picture or a wire story names, rates, prices or dates a work
# and says nothing happened: "Directed by Maria Lindqvist.", "Starring Ben Ade and Ruth
# Oyelaran.", "Rated 12A.", "118 minutes.", "Until 14 June at the Lyric Theatre.", "Fourth
# Estate, 320 pages, $28."  Each shape below is a line of names, figures and dates with no
# finite verb; a sentence with one ("The film, directed by …, took $12 million") is news.
_NAME = r"[A-ZÀ-ÖØ-ÞŁŚŠŽŹŻČĆŘŐŰ][\w.'’&-]*"
# A name, maybe with a model number: "Fourth Estate", "Brio Pro 5".
_NAMES = (
    rf"(?:[Tt]he )?{_NAME}(?: (?:(?:of |de |da |van |von |al-|bin |the |& )?{_NAME}|\d[\w.-]*))*"
)
_NAME_LIST = rf"{_NAMES}(?:(?:,| and| &|, and) {_NAMES})*"
_PRICE = r"(?:£|\$|€|₹|A\$|US\$|Rs\.? ?|INR ?)\d[\d,.]*(?:\s*[-–]\s*(?:£|\$|€|₹)?\d[\d,.]*)?"
_PAGES = r"\d{2,4} ?(?:pp|pages)"
_DURATION = (
    r"(?:\d{1,3}|one|two|three|four|five) ?(?:hours?|hrs?|h|minutes?|mins?|m)\b"
    r"(?:,? (?:and )?\d{1,2} ?(?:minutes?|mins?|m)\b)?"
)
_DATE = (
    r"(?:\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?"
    r"|[A-Z][a-z]+day)(?:,? \d{4})?"
)
# Who made it: "Written by Ana Silva, edited by Joe Bloggs.", "Story by Joe Bloggs; photos
# by Ana Silva.", "Screenplay by Joe Bloggs, based on the novel by Ana Silva.", "As told to
# Priya Raman.", "Published by Fourth Estate, £18.99."  One or more "<work> by <names>".
# A credit has no subject and no auxiliary: "The set was designed by Ana Silva." is news.
# A team credited as one: "the Ledger's data team", "our foreign desk".
_DESK = (
    r"(?:the [A-Z][\w'’]*[’']s|our) (?:[a-z-]+ ){0,2}(?:team|desk|staff|unit|department|"
    r"reporters|correspondents|writers|editors)"
)
_NO_SUBJECT = r"(?!(?:The|A|An|This|That|These|Those|It|He|She|They|We|His|Her|Their|Its|Our)\b)"
_BY = (
    r"(?: (?!(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|may|might|"
    rf"must|should|shall)\b)[a-z]+){{0,4}} (?:by|to) (?:{_NAME_LIST}|{_DESK})"
    # and who they are to the page: "Tested by Ana Silva, our consumer editor."
    r"(?:, (?:our|the [A-Z][\w'’]*[’']s|[A-Z][\w'’]*[’']s) (?:[\w-]+ ){0,4}[\w-]+)?"
)
_BY_CREDIT = re.compile(
    rf"\W*{_NO_SUBJECT}[A-Z][a-z]*{_BY}(?:(?:[,;.]| and|, and| with) (?:[A-Za-z][a-z]*{_BY}"
    rf"|(?:[Ss]tarring|[Ww]ith|[Ff]eaturing) {_NAME_LIST}))*"
    rf"(?:, (?:{_PRICE}|{_PAGES}|\d{{4}}))*\W*$"
)
# A contributor's credit, whoever and from wherever: "Samira Haddad contributed reporting
# from Beirut.", "The Associated Press contributed to this report.", "Aditi Rao in New
# Delhi and Mark Chen in Hong Kong also contributed."  Names, maybe with their role and town.
_CONTRIBUTOR = rf"(?:{_NAME} )*(?:[a-z]+ ){{0,2}}{_NAMES}(?: (?:in|from) {_NAMES})?"
_CONTRIBUTED = re.compile(
    rf"\W*{_CONTRIBUTOR}(?:(?:,| and|, and) {_CONTRIBUTOR})* (?:also )?contributed"
    r"(?: (?:reporting|research|additional reporting))?"
    r"(?: (?:to|for) (?:this|the) (?:report|article|story|piece|coverage))?"
    rf"(?: (?:from|in) {_NAMES}(?:, {_NAMES})?)?"
    # and others, each from their own town: "… from Mumbai and Sarah Kim from Seoul."
    rf"(?:(?:,| and|, and) {_NAMES} (?:from|in) {_NAMES})*\W*$"
)
# Who is in it: "Starring Ben Ade and Ruth Oyelaran.", "With Ben Ade, Ruth Oyelaran and Tom
# Hale.", "Left to right: Ana Silva, Joe Bloggs and Mei Chen."
_NAMES_ONLY = re.compile(
    rf"\W*(?:Starring|With|Featuring|Also starring|(?:From )?[Ll]eft to right|L-R|"
    rf"Clockwise from (?:top )?left)\s*:? {_NAME_LIST}\W*$"
)
# What it is rated and how long it runs: "Rated 12A.", "Rated R for language.", "Cert 15,
# 104 mins.", "Running time: two hours 40 minutes, with one interval."
_RATED = re.compile(
    r"\W*(?:(?:(?:Rated|Cert(?:ificate)?\.?|Classification|Classified)\s*:?\s*[A-Z0-9][\w/+-]{0,5}"
    r"|[A-Z0-9][\w/+-]{0,5} (?:cert(?:ificate)?|rating)\.?)"
    rf"(?: for [a-z][^.;:]{{0,60}})?(?:, {_DURATION})?"
    rf"|(?:(?:Approximately|About|Around|Roughly|Approx\.?|Running time|Run ?time|Duration|"
    rf"Length)\s*:?\s*)?(?:[A-Z0-9][\w/+-]{{0,5}}, )?{_DURATION}"
    rf"(?:,? (?:with|including|plus|without|no)\b[^.;:]{{0,40}})?)\W*$",
    re.IGNORECASE,
)
# Where and until when: "Until 14 June at the Lyric Theatre, Hammersmith.", "At the Lyric
# Theatre, Hammersmith, until 14 June.", "Through Dec. 15 at the Public Theater, Manhattan."
_RUN = rf"(?:[Uu]ntil|[Tt]ill|[Tt]hrough|[Tt]hru|[Tt]o|[Ff]rom) {_DATE}"
_VENUE = rf"(?:at|in) {_NAMES}(?:, {_NAMES})*"
_LISTING_LINE = re.compile(
    rf"\W*(?:{_RUN}(?:,? {_VENUE})?|[Aa]t {_NAMES}(?:, {_NAMES})*,? {_RUN}"
    rf"|(?:(?:[Nn]ow )?(?:[Ii]n|[Aa]t) (?:select(?:ed)? )?(?:cinemas|theaters|theatres|bookshops|"
    rf"bookstores)|(?:[Nn]ow )?(?:[Ss]treaming|[Ss]howing|[Pp]laying|[Ss]creening) (?:on|at|in) "
    rf"{_NAMES}|(?:Released|Published|Out)(?: now)? (?:on|by|in|via) {_NAMES})"
    rf"(?: (?:on |from |until |in )?{_DATE}| nationwide| now)*)\W*$"
)
# A publisher's or a seller's line: "Fourth Estate, 320 pages, $28.", "The Monsoon Ledger by
# Ana Silva (Fourth Estate, £18.99, 320pp)", "Tickets from £12 at the box office."
_ITEM = rf"(?:{_PRICE}|{_PAGES}|\d{{4}})"
_SOLD = rf"(?:{_PRICE}|{_PAGES})"
_SELLER = rf"(?:{_NAMES}|[\w-]+(?:\.[\w-]+)+)"
_PUBLISHER_LINE = re.compile(
    rf"\W*(?:{_NAMES}(?:, {_NAMES})*(?:, {_ITEM})*, {_SOLD}(?:, {_ITEM})*"
    rf"(?:,? (?:from|at|via) {_SELLER}(?:(?:,| and| or|, and) {_SELLER})*)?"
    rf"|(?P<work>[A-Z][^()]{{1,80}}) \((?:{_NAMES}, )?(?:{_ITEM}, )*{_SOLD}(?:, {_ITEM})*\))\W*$"
)
# A label and its value in a credit block: "Director: Maria Lindqvist.", "Price when
# reviewed: £249.", "Platforms: PS5, Xbox Series X, PC.", "Box office: 020 7123 4567."
_CREDIT_LABEL = re.compile(
    r"\W*(?:director|directors|directed by|starring|stars|cast|featuring|writers?|written by|"
    r"screenplay|script|music|composer|producers?|produced by|label|publisher|published by|"
    r"developer|platforms?|formats?|genre|"
    r"price(?: (?:when|as|at) (?:reviewed|tested|review|testing))?|"
    r"rrp|runtime|running time|duration|length|certificate|cert|classification|rating|"
    r"verdict|score|pages|isbn|tested by|reviewed by|reviewed on|box office|tickets?|venue|"
    r"dates|where|when|additional reporting|research|reporting|editing|words|photographs?|"
    # a travel piece's and a match report's boxes: "Where to stay: …", "Referee: …"
    r"where to (?:stay|eat|drink|sleep|go)|getting there|getting around|opening hours|hours|"
    r"address|referee|referees|assistant referees?|umpires?|match officials|att|attendance|"
    r"key tracks|track ?list(?:ing)?|tracklisting|"
    r"photos?|pictures?|pics?|images?|illustrations?|graphics?|design|produced|edited)"
    r"\s*:\s*",
    re.IGNORECASE,
)
# A caption's label: "Pictured: residents queue for water.", "Top image: a protester …".
_CAPTION_LABEL = re.compile(
    r"\W*(?:pictured(?: (?:above|below|left|right|here|top|main))?|(?:top|main|header|lead|"
    r"cover|inset|hero|featured|above|below) (?:image|photo(?:graph)?|picture|pic)|above|"
    r"below|in (?:the|this) (?:picture|photo|image))\s*:\s*\S",
    re.IGNORECASE,
)
# A picture's source, with no verb: "Image courtesy of the city council.", "Image supplied.",
# "File photo of the Supreme Court.", "Reviewed on PS5.", "Tickets start at Rs 499 on …".
_SOURCE_LINE = re.compile(
    r"\W*(?:(?:(?:photo(?:graph)?|image|picture|pic|illustration|video|footage)s? )?courtesy\b"
    r"|(?:photo(?:graph)?|image|picture|pic)s?:? (?:supplied|handout|provided)\b"
    r"|(?:supplied|file|handout|representational|representative|stock) (?:photo(?:graph)?|"
    r"image|picture|pic)s?\b"
    r"|(?:reviewed|tested|played|previewed) (?:on|using|with)\b"
    r"|tickets?\b)",
    re.IGNORECASE,
)
_VERB = re.compile(_FINITE_VERB)
# The service box under a review, a travel piece or a fixture, field by field: "Saltmarrow,
# 214 North Street, Bristol BS3 1JU; 0117 496 0213; saltmarrow.co.uk.", "Small plates
# £6.50–£19, desserts £8.", "Somerset v Surrey, County Ground, Tuesday to Friday, 10.30am;
# tickets £22, under-16s free.", "Until 22 March, Royal Lyceum Theatre, Edinburgh, then
# Pitlochry Festival Theatre, 2–17 May."  Each field a name, an address, a number to call, a
# web address, a time, a day or a run of dates, or a thing and its price; no verb.
_CLOCK = r"\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|noon|midnight"
_DAYS = (
    r"(?:Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)(?:day)?s?\.?|(?:Mon|Tues|Wednes|Thurs|Fri|"
    r"Satur|Sun)days?"
)
_SERVICE_ITEM = (
    rf"(?:{_CLOCK})(?:\s*[-–]\s*(?:{_CLOCK}))?"
    rf"|(?:{_DAYS})(?:\s*(?:[-–]|to)\s*(?:{_DAYS}))?(?: (?:{_CLOCK})(?:\s*[-–]\s*(?:{_CLOCK}))?)?"
    rf"|(?:[a-zA-Z][\w-]*(?: [a-z][\w-]*){{0,2}} )?(?:from )?{_PRICE}"
    rf"|\d{{1,2}}\s*[-–]\s*{_DATE}"
    r"|\+?\d[\d() -]{6,}\d"
    r"|(?:https?://|www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}(?:/\S*)?"
)
_SERVICE_FIELD = re.compile(
    rf"(?:{_SERVICE_ITEM}|{_RUN}|(?:then )?{_NAMES}(?: v {_NAMES})?"
    rf"|\d{{1,4}}[A-Za-z]? {_NAMES}|[\w-]+ free)\W*"
)
_SERVICE_MARK = re.compile(
    rf"{_CLOCK}|{_PRICE}|\d{{6,}}|\d{{3}}[ -]\d{{3,4}}|\.[a-z]{{2,6}}\b|\d{{1,2}}\s*[-–]\s*{_DATE}"
)
_FIELD_BREAK = re.compile(r"[;,] ")
# A labelled list of titles, numbered: "Tracklisting: 1. Quay Lights 2. Gannet 3. Ebb",
# "Running order: 1. Overture 2. …".  Names only (a verb is checked by the caller).
_NUMBERED_LIST = re.compile(
    r"\W*[A-Z][\w’' -]{1,30}: 1\. [^\d.;:]{1,60}(?: \d{1,2}\. [^\d.;:]{1,60}){2,}\W*$"
)
# A match report's team sheet: "Hallowfield Town (4-3-3): Fennimore-Birt; Ssali, Drummond;
# Bramall (Mbatha-Lowe 71), Quayle." The side, its formation, then only players' names and
# the minutes of their substitutes.  Players are parted by their marks: with the mark
# optional, a run of capitalised words could be parted into players in every way, and a
# line that is no team sheet took time doubling with each word.
_PLAYER = rf"{_NAMES}(?: \({_NAMES} \d{{1,3}}\))?"
_TEAM_SHEET = re.compile(rf"\W*{_NAMES} \(\d(?:-\d){{1,4}}\):(?: {_PLAYER}[;,])* {_PLAYER}\W*$")
# What a credit never says: a change in per cent, or "I" and "we" (a transcript's label).
_SPOKEN = re.compile(r"\b(?:per ?cent|I|I'm|we|you|my|our|us)\b", re.IGNORECASE)
# A participle opening a sentence whose subject follows: "Tested on 400 patients, the drug …".
_MAIN_CLAUSE = re.compile(r", (?:the|a|an|its|his|her|their|it|he|she|they|we|this)\b")


def _verbless(rest: str) -> bool:
    return (
        _VERB.search(rest) is None
        and _MAIN_CLAUSE.search(rest) is None
        and rest.count(" ") < 20
        and not any(mark in rest for mark in '“”"?!%')
        and _SPOKEN.search(rest) is None
    )


_CREDIT_LINE_MAX = 160
# One search for a digit, not a substring test per digit through a generator (this runs on
# every short sentence).
_ASCII_DIGIT = re.compile(r"[0-9]")
# A review's star rating, after the work's title: "★★★☆☆", "★★★★".
_STARS = re.compile(r"[★☆]{2,5}\s*")


def is_credit_block_line(sentence: str) -> bool:
    """Whether a sentence is a line of a credit block (see the shapes above): it names,
    rates, prices or dates a work, a picture or a story, and has no finite verb."""
    if "):" in sentence and _TEAM_SHEET.match(sentence):  # a team sheet runs long
        return True
    if ": 1. " in sentence and _NUMBERED_LIST.match(sentence):  # and so does a track list
        return _VERB.search(sentence) is None

    if len(sentence) > _CREDIT_LINE_MAX:  # a line of a credit block is short
        return False
    # Each shape needs a mark cheaper to look for than the shape: a label's colon, a credit's
    # "by", a price's or a running time's digit.
    stars = _STARS.search(sentence) if "★" in sentence or "☆" in sentence else None
    if stars is not None:  # "The Quiet Harbour ★★★★☆ Directed by Ana Silva."
        rest = sentence[stars.end() :]
        return _verbless(sentence[: stars.start()]) and (
            not rest.strip(" .") or is_credit_block_line(rest)
        )
    labelled = ":" in sentence
    if labelled and _CAPTION_LABEL.match(sentence):
        return sentence.count(" ") < 30 and not any(mark in sentence for mark in '“”"')
    figures = _ASCII_DIGIT.search(sentence) is not None
    if (
        ((" by " in sentence or " to " in sentence) and _BY_CREDIT.match(sentence))
        or ("contributed" in sentence and _CONTRIBUTED.match(sentence))
        or _NAMES_ONLY.match(sentence)
        or _RATED.match(sentence)
        or _LISTING_LINE.match(sentence)
    ):
        return True
    if figures and ("," in sentence or "(" in sentence or ";" in sentence):
        if _is_service_box(sentence):
            return True
        sold = _PUBLISHER_LINE.match(sentence)
        if sold is not None and (sold["work"] is None or _verbless(sold["work"])):
            return True
    for shape in (_CREDIT_LABEL, _SOURCE_LINE) if labelled else (_SOURCE_LINE,):
        found = shape.match(sentence)
        if found is not None and _verbless(sentence[found.end() :]):
            return True
    return False


def _is_service_box(sentence: str) -> bool:
    """Whether a line is a service box's (see _SERVICE_FIELD): two fields or more, each a
    service field, one a time, a price, a telephone or a web address."""
    line = sentence.strip().rstrip(".")
    if _VERB.search(line) is not None:  # most sentences with a figure and a comma: a verb
        return False
    fields = _FIELD_BREAK.split(line)
    return (
        len(fields) >= 2
        and _SERVICE_MARK.search(line) is not None
        and "%" not in line
        and all(_SERVICE_FIELD.fullmatch(field) for field in fields)
    )
